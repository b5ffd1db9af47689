import { answersQuery, highlightTerms, highlightUrl } from '../outputs/search/highlight-terms';
import { cleanIndexText, markLanguages } from '../text/han-and-khmer';
import type { PagefindApi, PagefindResultData, PagefindSubResult } from './pagefind';
import { ui, uiSentence } from './ui-strings';

export interface SearchLinks {
  glossary: string;
  chapters: string;
}

function sectionScore(sub: PagefindSubResult): number {
  return (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0);
}

/** Sections that match best come first; Pagefind lists them in page order. */
function bySectionScore(a: PagefindSubResult, b: PagefindSubResult): number {
  return sectionScore(b) - sectionScore(a);
}

/**
 * Pages ordered by their best section, so the section that explains a term
 * (where the glossary adds its names, weighted like a heading) outranks a
 * page that only mentions it many times.
 */
export function byBestSection(results: PagefindResultData[]): PagefindResultData[] {
  const best = (result: PagefindResultData) => Math.max(0, ...result.sub_results.map(sectionScore));
  return results
    .map((result, index) => ({ result, index, score: best(result) }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map(({ result }) => ({ ...result, sub_results: [...result.sub_results].sort(bySectionScore) }));
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A paragraph with links to the glossary and the chapter list: where to go next. */
function fallbackLinks(links: SearchLinks): HTMLParagraphElement {
  const paragraph = element('p');
  paragraph.append(
    ...uiSentence('try', {
      glossary: element('a', { href: links.glossary }, ui('tryGlossary')),
      chapters: element('a', { href: links.chapters }, ui('tryChapters')),
    }),
  );
  return paragraph;
}

/**
 * Marks what is shown as out of date while a newer query is pending: it stays
 * in view, but inert, so arrow keys, Tab and clicks cannot land on links that
 * the next render removes (which would drop focus and close the panel).
 */
export function markPending(container: HTMLElement): void {
  container.inert = true;
  container.setAttribute('aria-busy', 'true');
}

/** Shows new content in one step and makes it usable again. */
function show(container: HTMLElement, ...content: HTMLElement[]): void {
  container.replaceChildren(...content);
  container.inert = false;
  container.removeAttribute('aria-busy');
}

/** While the search index is still on its way: says so, rather than an empty box or "No results". */
export function showLoading(container: HTMLElement): void {
  container.replaceChildren(element('p', { class: 'search-loading', role: 'status' }, ui('searchLoading')));
  container.setAttribute('aria-busy', 'true');
}

/** Replaces the container's content with a message and the fallback links. */
export function showMessage(container: HTMLElement, message: string, links: SearchLinks, role = 'status'): void {
  const box = element('div', { class: 'search-message', role });
  box.append(element('p', {}, message), fallbackLinks(links));
  show(container, box);
}

/** Renders results: each page, then its best-matching sections with excerpts. */
export function renderResults(
  container: HTMLElement,
  query: string,
  results: PagefindResultData[],
  links: SearchLinks,
): void {
  if (results.length === 0) {
    showMessage(container, ui('searchNone', { query }), links);
    return;
  }
  const status = element(
    'p',
    { class: 'search-count', role: 'status' },
    ui(results.length === 1 ? 'searchCountOne' : 'searchCountOther', { count: results.length, query }),
  );
  const list = element('ol', { class: 'search-results' });
  for (const result of results) {
    const item = element('li');
    // Titles are plain text: set as text, with only the index-only words removed.
    const pageTerms = highlightTerms(cleanIndexText(result.excerpt, query), query);
    const chapter = element('a', { href: highlightUrl(result.url, pageTerms), class: 'search-page' }, cleanIndexText(result.meta.title ?? result.url, ''));
    item.append(chapter);
    // A chapter behind a content note says so before any of its excerpts.
    if (result.meta.contentNote) item.append(' ', element('span', { class: 'search-note note-label' }, result.meta.contentNote));
    const sections = result.sub_results
      .filter((sub) => sub.url !== result.url || result.sub_results.length === 1)
      .slice(0, 3);
    const sectionList = element('ul');
    for (const sub of sections) {
      const sectionItem = element('li');
      // The reader sees only the page's own text: the words added for the index are dropped.
      const shown = cleanIndexText(sub.excerpt, query);
      // The link asks the page to mark what Pagefind matched, whole words only.
      const link = element('a', { href: highlightUrl(sub.url, highlightTerms(shown, query)) }, cleanIndexText(sub.title, ''));
      const excerpt = element('p', { class: 'search-excerpt' });
      // Pagefind escapes the page text in excerpts and adds only <mark>.
      excerpt.innerHTML = markLanguages(shown);
      sectionItem.append(link, excerpt);
      sectionList.append(sectionItem);
    }
    item.append(sectionList);
    list.append(item);
  }
  show(container, status, list);
}

/**
 * When the query is a glossary name, the section the glossary points to goes
 * first, and its page with it.
 */
export function promoteDefinition(results: PagefindResultData[], target: string | undefined): PagefindResultData[] {
  if (!target) return results;
  const [page = '', id = ''] = target.split('#');
  const pathOf = (url: string) => url.split(/[?#]/)[0];
  const index = results.findIndex((result) => pathOf(result.url) === page);
  if (index === -1) return results;
  const defining = results[index]!;
  const isTarget = (sub: PagefindSubResult) => pathOf(sub.url) === page && sub.url.endsWith(`#${id}`);
  const promoted = {
    ...defining,
    sub_results: [...defining.sub_results.filter(isTarget), ...defining.sub_results.filter((sub) => !isTarget(sub))],
  };
  return [promoted, ...results.slice(0, index), ...results.slice(index + 1)];
}

/** Runs a search and returns each result's data, best first. */
export async function runSearch(
  api: PagefindApi,
  query: string,
  chapter: string | undefined,
  definition: string | undefined,
): Promise<PagefindResultData[]> {
  const response = await api.search(query, chapter ? { filters: { chapter } } : {});
  if (!response) return [];
  const results = (await Promise.all(response.results.slice(0, 10).map((result) => result.data()))).filter((result) =>
    answersQuery([result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)], query),
  );
  return promoteDefinition(byBestSection(results), definition);
}

/**
 * Arrow keys move between the result links, Escape leaves the list.
 * Returns true when the key was handled.
 */
export function moveFocus(container: HTMLElement, key: string, fromInput: boolean): boolean {
  if (container.inert) return false;
  const links = [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];
  if (links.length === 0) return false;
  const current = links.indexOf(document.activeElement as HTMLAnchorElement);
  if (key === 'ArrowDown') {
    links[fromInput ? 0 : Math.min(current + 1, links.length - 1)]!.focus();
    return true;
  }
  if (key === 'ArrowUp' && !fromInput) {
    if (current <= 0) return false;
    links[current - 1]!.focus();
    return true;
  }
  return false;
}
