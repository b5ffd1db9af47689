import type { SearchTerms } from '../report/glossary-terms';

/** The parts of Pagefind's browser API this site uses. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
}

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: PagefindAnchor;
  weighted_locations?: Array<{ balanced_score: number }>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's indexed text, which excerpts are made from. */
  content: string;
  anchors: PagefindAnchor[];
  meta: { title?: string; contentNote?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}

let loading: Promise<PagefindApi> | undefined;
let loaded = false;

/** Whether the index is ready, so a search can answer at once. */
export function pagefindLoaded(): boolean {
  return loaded;
}

/**
 * Loads Pagefind once, from this site. The path is computed at run time so
 * the bundler leaves the import alone (the index only exists after the build).
 */
export function loadPagefind(base: string): Promise<PagefindApi> {
  loading ??= (async () => {
    const url = `${base}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Result links get their ?highlight= words from the search page (highlight-terms.ts), not from Pagefind.
    // No worker: on a slow phone its script is one more 13 KB download and
    // round trip before the first result, and searching this small index on
    // the page's own thread takes milliseconds.
    // The build's tag makes Pagefind ask for the entry file the search page preloaded.
    const metaCacheTag = document.body.dataset['searchTag'];
    await api.options({ excerptLength: 36, noWorker: true, ...(metaCacheTag ? { metaCacheTag } : {}) });
    loaded = true;
    return api;
  })();
  return loading;
}

let terms: Promise<SearchTerms> | undefined;

/** The glossary's names and the sections' titles (see `search-terms.json`). */
export function loadSearchTerms(base: string): Promise<SearchTerms> {
  const none: SearchTerms = { terms: {}, sections: [] };
  terms ??= fetch(`${base}search-terms.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchTerms>) : none))
    .catch(() => none);
  return terms;
}
