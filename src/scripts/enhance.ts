/**
 * The one script every page loads: a few listeners that fetch the real code
 * only when a reader asks for it (search, copying a link, quoting a passage,
 * or arriving from a search result). Pages read fully without it.
 */
const searchForm = document.querySelector<HTMLFormElement>('[data-search-form]');
const searchInput = searchForm?.querySelector<HTMLInputElement>('input[name="q"]');
const searchPageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');

if (searchForm && searchInput && !searchPageInput) {
  const load = () => void import('./search-ui').then((ui) => ui.attachHeaderSearch(searchForm));
  searchInput.addEventListener('focus', load, { once: true });
}

document.addEventListener('keydown', (event) => {
  // Escape closes the open Chapters menu and returns to its button, as a menu should.
  const menu = (event.target as HTMLElement).closest('details.chapter-menu[open]');
  if (event.key === 'Escape' && menu) {
    menu.removeAttribute('open');
    menu.querySelector('summary')?.focus();
    return;
  }
  const typing = (event.target as HTMLElement).closest('input, textarea, select, [contenteditable="true"]');
  if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
    event.preventDefault();
    (searchPageInput ?? searchInput)?.focus();
  }
});

// A quote link (`#:~:text=`). Browsers hide the directive from location, but
// not from the navigation entry. Some that hide it do not scroll to the
// words, so the page does; where the browser did, this lands on the same passage.
const arrivedAt = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.name ?? '';
if (arrivedAt.includes('#:~:')) {
  void import('./text-fragment').then((module) => module.scrollToQuotedText(arrivedAt.slice(arrivedAt.indexOf('#'))));
}

if (new URLSearchParams(window.location.search).has('highlight')) {
  void import('./highlight').then((module) => module.highlightSearchTerms());
}

// Copy buttons only work with a script, so they stay hidden without one.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-page], button[data-copy-target]')) {
  button.hidden = false;
}

// Each section's and each key finding's link tools become one Tab stop (src/scripts/link-tools.ts).
if (document.querySelector('.section-tools, .finding-tools')) void import('./link-tools').then((tools) => tools.attachLinkTools());

// One loader for the sharing code, however it is asked for.
const share = () => import('./share');

document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const citation = target.closest<HTMLElement>('[data-copy-target]');
  const sharePage = target.closest<HTMLElement>('[data-copy-page]');
  const control = target.closest<HTMLElement>('[data-copy], .para-link');
  if (citation) void share().then((module) => module.copyCitation(citation));
  else if (sharePage) void share().then((module) => module.copyPage(sharePage, sharePage.dataset['copyPage']!));
  else if (control) {
    event.preventDefault();
    const hash = control.dataset['copy'] ?? control.getAttribute('href')!;
    void share().then((module) => module.copyAnchor(control, hash));
  }
});

if (document.querySelector('.prose')) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let offered = false;
  document.addEventListener('selectionchange', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // Load the quoting code only once a passage is selected (typing in a field selects nothing).
      const selected = (document.getSelection()?.toString().trim().length ?? 0) >= 3;
      if (!selected && !offered) return;
      offered = true;
      void share().then((module) => module.offerQuoteLink());
    }, 250);
  });
}

// Saving for offline reading: shown where the browser can keep a copy and a
// build wrote the size (not `astro dev`); its code loads when a button is
// pressed, or at once on a page the worker serves, to say what is saved.
const offline = document.querySelector<HTMLElement>('[data-offline]');
const bytes = Number(offline?.dataset['offlineBytes']);
if (offline && bytes > 0 && 'serviceWorker' in navigator && 'caches' in window) {
  const load = () => import('./offline');
  offline.querySelector('[data-offline-size]')!.textContent = new Intl.NumberFormat(document.documentElement.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  offline.hidden = false;
  if (navigator.serviceWorker.controller) void load().then((module) => module.showState(offline));
  offline.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest('button');
    if (button) void load().then((module) => module.act(offline, button));
  });
}

/**
 * Every edition uses the same ids (headings and paragraphs `p-…`), so switching
 * language keeps the reader's place: each switcher link carries the id of the
 * paragraph or heading a link opened, or, once the reader scrolls, the one at
 * the top of the reading area. The place is kept while the reader is above the
 * text (scrolled up to the header), so reaching the switcher does not lose it.
 * Without a script the link opens the same page at its top.
 */
// What counts as a place: a paragraph, a section, a glossary term, a chapter's
// findings on /findings/, a figure.
const places = '.prose :is([id^="p-"], h2[id], h3[id]), .glossary .entry[id], main > section > h2[id], main figure[id]';
const switchers = document.querySelectorAll<HTMLAnchorElement>('a[data-switch-language]');
let linked: Element | null | undefined;
let resting: ReturnType<typeof setTimeout> | undefined;

function carry(place: Element | null | undefined): void {
  for (const link of place ? switchers : []) {
    const url = new URL(link.href);
    url.hash = place!.id;
    link.href = url.href;
  }
}

/**
 * The place at the top of the reading area (below any sticky header), or none
 * while the reader is above the text. A linked place the page cannot scroll to
 * the top (it is near the end) stays the place while it is in view.
 */
function placeInView(): Element | undefined {
  const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 1;
  if (linked && atEnd && linked.getBoundingClientRect().bottom > 0) return linked;
  const all = [...document.querySelectorAll(places)];
  return all[0]!.getBoundingClientRect().top <= line ? all.find((place) => place.getBoundingClientRect().bottom > line) : undefined;
}

// Every published id is ASCII (content/anchors.json), so the hash needs no decoding.
function followLink(): void {
  linked = document.getElementById(location.hash.slice(1))?.closest(places);
  carry(linked);
}

if (document.querySelector(places)) {
  followLink();
  addEventListener('hashchange', followLink);
  // The place is taken once scrolling pauses, not at every frame of it.
  addEventListener('scroll', () => {
    clearTimeout(resting);
    resting = setTimeout(() => carry(placeInView()), 200);
  });
}

export {};
