/** The parts of Pagefind's browser API this site uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations?: Array<{ balanced_score: number }>;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; contentNote?: string };
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    query: string,
    options?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<PagefindResultData> }> } | null>;
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
    await api.options({ excerptLength: 36 });
    loaded = true;
    return api;
  })();
  return loading;
}

let terms: Promise<Record<string, string>> | undefined;

/** The glossary's names and their sections (see `search-terms.json`). */
export function loadGlossaryTerms(base: string): Promise<Record<string, string>> {
  terms ??= fetch(`${base}search-terms.json`)
    .then((response) => (response.ok ? (response.json() as Promise<Record<string, string>>) : {}))
    .catch(() => ({}));
  return terms;
}
