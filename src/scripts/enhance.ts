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
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy], button[data-copy-target]')) {
  button.hidden = false;
}

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
 * reader's place: the link gets the id of the section (or finding) at the top
 * of the screen. Without a script the link opens the same page at its top.
 */
function keepPlace(link: HTMLAnchorElement): void {
  const anchors = [...document.querySelectorAll<HTMLElement>('main h2[id], main h3[id], main .findings li[id], main .prose > p[id]')];
  const line = 0.25 * window.innerHeight;
  let current: HTMLElement | undefined;
  for (const anchor of anchors) {
    if (anchor.getBoundingClientRect().top > line) break;
    current = anchor;
  }
  const url = new URL(link.href);
  url.hash = current ? current.id : '';
  link.href = url.href;
}

export {};
