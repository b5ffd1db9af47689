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

// Each section's link tools become one Tab stop (src/scripts/link-tools.ts).
if (document.querySelector('.section-tools')) void import('./link-tools').then((tools) => tools.attachLinkTools());

document.addEventListener('click', (event) => {
  const switcher = (event.target as HTMLElement).closest<HTMLAnchorElement>('a[data-switch-language]');
  if (switcher) {
    keepPlace(switcher);
    return;
  }
  const citation = (event.target as HTMLElement).closest<HTMLElement>('[data-copy-target]');
  if (citation) {
    void import('./share').then((share) => share.copyCitation(citation));
    return;
  }
  const sharePage = (event.target as HTMLElement).closest<HTMLElement>('[data-copy-page]');
  if (sharePage) {
    void import('./share').then((share) => share.copyPage(sharePage, sharePage.dataset['copyPage'] ?? ''));
    return;
  }
  const control = (event.target as HTMLElement).closest<HTMLElement>('[data-copy], .para-link');
  if (!control) return;
  event.preventDefault();
  const hash = control.dataset['copy'] ?? control.getAttribute('href') ?? '';
  void import('./share').then((share) => share.copyAnchor(control, hash));
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
      void import('./share').then((share) => share.offerQuoteLink());
    }, 250);
  });
}

/**
 * Every edition uses the same ids, so switching language can keep the
 * reader's place: the switcher's link gets the id of the section the reader
 * was reading. The switcher sits in the header, so the reader scrolls up to
 * reach it: the place is the section that was at the top of the screen when
 * the reader last rested (or the section a link opened), not whatever the
 * scroll passes on the way up. Without a script the link opens the same page
 * at its top.
 */
const restAfter = 1500;
// What counts as a place: a chapter's or page's sections, a glossary term, a
// chapter's findings on /findings/, a figure. Every edition has the same ids.
const places = '.prose h2[id], .prose h3[id], .glossary .entry[id], main > section > h2[id], main figure[id]';
let place = document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.matches(places)
  ? window.location.hash.slice(1)
  : '';
let resting: ReturnType<typeof setTimeout> | undefined;

/** The section whose heading is nearest above the top quarter of the screen, if the reader has scrolled into one. */
function sectionAtTop(): string | undefined {
  const line = 0.25 * window.innerHeight;
  let current: string | undefined;
  for (const heading of document.querySelectorAll<HTMLElement>(places)) {
    if (heading.getBoundingClientRect().top > line) break;
    current = heading.id;
  }
  return current;
}

if (document.querySelector(places)) {
  window.addEventListener(
    'scroll',
    () => {
      clearTimeout(resting);
      resting = setTimeout(() => (place = sectionAtTop() ?? place), restAfter);
    },
    { passive: true },
  );
  window.addEventListener('hashchange', () => (place = sectionAtTop() ?? place));
}

function keepPlace(link: HTMLAnchorElement): void {
  const url = new URL(link.href);
  url.hash = place;
  link.href = url.href;
}

export {};
