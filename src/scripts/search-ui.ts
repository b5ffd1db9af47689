import { normaliseQuery, isSearchable } from '../outputs/search/search-query';
import { loadPagefind, loadSearchTerms, pagefindLoaded } from './pagefind';
import { definitionFor, instantSections } from '../report/glossary-terms';
import { markPending, moveFocus, renderResults, runSearch, showLoading, showMessage, type SearchLinks } from './search-results';

import { editionBase, ui } from './ui-strings';

// Pagefind's files serve every edition from the site's root; it picks the index of the page's language.
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
const links = (): SearchLinks => ({ glossary: `${editionBase()}glossary/`, chapters: `${editionBase()}#chapters` });

/** Searches and renders, ignoring answers that arrive after a newer query. */
function searcher(container: HTMLElement, chapter: () => string | undefined) {
  let latest = 0;
  return async (raw: string): Promise<void> => {
    const query = normaliseQuery(raw);
    const ticket = ++latest;
    if (!isSearchable(query)) {
      showMessage(container, query === '' ? ui('searchEmpty') : ui('searchNone', { query }), links());
      return;
    }
    // Only a first search waits for the index; later ones answer at once.
    const waitsForIndex = !pagefindLoaded();
    if (waitsForIndex) showLoading(container);
    // Set once results or an error are shown: the first links must not replace them.
    let settled = false;
    try {
      const terms = loadSearchTerms(editionBase());
      // The small terms file arrives long before the index on a slow line: its links come first.
      void terms.then((file) => {
        const instant = instantSections(file, query);
        if (waitsForIndex && ticket === latest && !settled && instant.length > 0) showLoading(container, instant);
      });
      const [api, file] = await Promise.all([loadPagefind(base), terms]);
      const outcome = await runSearch(api, query, chapter(), definitionFor(file.terms, query));
      settled = true;
      if (ticket === latest) renderResults(container, query, outcome, links());
    } catch {
      settled = true;
      if (ticket === latest) {
        showMessage(container, ui('searchUnavailable'), links(), 'alert');
      }
    }
  };
}

function debounce<T extends unknown[]>(run: (...args: T) => void, wait: number): (...args: T) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: T) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), wait);
  };
}

/** Keyboard in a results list: arrows move, Escape returns to the field. */
function wireKeyboard(input: HTMLInputElement, container: HTMLElement, onEscape: () => void): void {
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      onEscape();
    } else if (moveFocus(container, event.key, true)) {
      event.preventDefault();
    }
  });
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
      input.focus();
    } else if (moveFocus(container, event.key, false)) {
      event.preventDefault();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      input.focus();
    }
  });
}

/** The header field: live results in a panel under it, as the reader types. */
export function attachHeaderSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLElement>('[data-search-panel]')!;
  const search = searcher(panel, () => undefined);
  const close = () => {
    panel.hidden = true;
  };
  const update = debounce((value: string) => {
    if (normaliseQuery(value) === '') {
      close();
      return;
    }
    panel.hidden = false;
    void search(value);
  }, 120);
  input.addEventListener('input', () => {
    markPending(panel);
    update(input.value);
  });
  wireKeyboard(input, panel, close);
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  void loadPagefind(base).catch(() => undefined);
  if (input.value) update(input.value);
}

/** The search page: reads `?q=` and `?chapter=`, and keeps the URL in step. */
export function attachSearchPage(form: HTMLFormElement, container: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const filter = form.querySelector<HTMLSelectElement>('select[name="chapter"]')!;
  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  filter.value = [...filter.options].some((option) => option.value === params.get('chapter'))
    ? (params.get('chapter') ?? '')
    : '';
  const search = searcher(container, () => filter.value || undefined);
  const update = () => {
    const url = new URL(window.location.href);
    url.searchParams.set('q', normaliseQuery(input.value));
    if (filter.value) url.searchParams.set('chapter', filter.value);
    else url.searchParams.delete('chapter');
    history.replaceState(null, '', url);
    void search(input.value);
  };
  const typed = debounce(update, 120);
  input.addEventListener('input', () => {
    markPending(container);
    typed();
  });
  filter.addEventListener('change', () => {
    markPending(container);
    update();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  wireKeyboard(input, container, () => input.select());
  void search(input.value);
}
