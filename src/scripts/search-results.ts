import { answeringTerms, answersQuery, highlightUrl, queryWord, unansweredWords } from '../outputs/search/highlight-terms';
import { excerptHtml, sectionText } from '../outputs/search/excerpt';
import { isSearchable } from '../outputs/search/search-query';
import { cleanIndexText, markLanguages } from '../text/han-and-khmer';
import type { PagefindApi, PagefindResult, PagefindResultData, PagefindSubResult } from './pagefind';
import type { TitledSection } from '../report/glossary-terms';
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

/**
 * While the search index is still on its way: says so, rather than an empty
 * box or "No results", and offers at once the sections the small terms file
 * names for the query (the glossary's section for a term, sections titled
 * with the query's words).
 */
export function showLoading(container: HTMLElement, instant: readonly TitledSection[] = []): void {
  const nodes: HTMLElement[] = [element('p', { class: 'search-loading', role: 'status' }, ui('searchLoading'))];
  if (instant.length > 0) {
    const list = element('ul', { class: 'search-instant' });
    for (const [url, chapter, title] of instant) {
      const item = element('li');
      item.append(element('a', { href: url }, title), ' ', element('span', { class: 'search-instant-chapter' }, chapter));
      list.append(item);
    }
    nodes.push(list);
    // These links stay usable while the full results load.
    container.inert = false;
  }
  container.replaceChildren(...nodes);
  container.setAttribute('aria-busy', 'true');
}

/** Replaces the container's content with a message and the fallback links. */
export function showMessage(container: HTMLElement, message: string, links: SearchLinks, role = 'status'): void {
  const box = element('div', { class: 'search-message', role });
  box.append(element('p', {}, message), fallbackLinks(links));
  show(container, box);
}

/** A page as the results list shows it: its link, and its best sections with excerpts. */
export interface ShownPage {
  url: string;
  title: string;
  contentNote?: string;
  sections: Array<{ url: string; title: string; excerptHtml: string }>;
}

/** What a search found, and what is left to show on request. */
export interface SearchOutcome {
  /** What was searched for: the query, or, when some of its words are in no page, the words that are. */
  searched: string;
  /** Words of the query that no page uses, when others were found. */
  missing: string[];
  pages: ShownPage[];
  total: number;
  /** Results not yet fetched: a slow phone fetches only the first few pages' text. */
  rest: PagefindResult[];
}

function pageItem(page: ShownPage): HTMLLIElement {
  const item = element('li');
  item.append(element('a', { href: page.url, class: 'search-page' }, page.title));
  // A chapter behind a content note says so before any of its excerpts.
  if (page.contentNote) item.append(' ', element('span', { class: 'search-note note-label' }, page.contentNote));
  const sectionList = element('ul');
  for (const section of page.sections) {
    const sectionItem = element('li');
    const excerpt = element('p', { class: 'search-excerpt' });
    // Built from escaped page text, with only <mark> added (excerpt.ts).
    excerpt.innerHTML = markLanguages(section.excerptHtml);
    sectionItem.append(element('a', { href: section.url }, section.title), excerpt);
    sectionList.append(sectionItem);
  }
  item.append(sectionList);
  return item;
}

/** The button that fetches the next pages, or nothing when all are shown. */
function moreButton(list: HTMLOListElement, rest: PagefindResult[], searched: string): HTMLButtonElement | undefined {
  if (rest.length === 0) return undefined;
  const next = rest.slice(0, pagesAtFirst);
  const button = element(
    'button',
    { type: 'button', class: 'search-more' },
    rest.length === 1 ? ui('searchMoreOne') : ui('searchMore', { count: rest.length }),
  );
  button.addEventListener('click', async () => {
    button.disabled = true;
    let fetched: PagefindResultData[];
    try {
      fetched = await Promise.all(next.map((result) => result.data()));
    } catch {
      // A dropped connection: the button stays, to try again.
      button.disabled = false;
      return;
    }
    const pages = shownPages(fetched, searched, undefined);
    const items = pages.map(pageItem);
    list.append(...items);
    const following = moreButton(list, rest.slice(next.length), searched);
    if (following) button.replaceWith(following);
    else button.remove();
    // Keyboard and screen reader users continue at the first new result.
    items[0]?.querySelector('a')?.focus();
  });
  return button;
}

/** Renders results: each page, then its best-matching sections with excerpts. */
export function renderResults(container: HTMLElement, query: string, outcome: SearchOutcome, links: SearchLinks): void {
  if (outcome.pages.length === 0) {
    showMessage(container, ui('searchNone', { query }), links);
    return;
  }
  const count = outcome.total;
  const summary =
    outcome.missing.length > 0
      ? ui(count === 1 ? 'searchPartialOne' : 'searchPartial', { query, found: outcome.searched, count })
      : ui(count === 1 ? 'searchCountOne' : 'searchCountOther', { count, query });
  const status = element('p', { class: 'search-count', role: 'status' }, summary);
  const list = element('ol', { class: 'search-results' });
  list.append(...outcome.pages.map(pageItem));
  const more = moreButton(list, outcome.rest, outcome.searched);
  show(container, status, list, ...(more ? [more] : []));
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

/**
 * How many pages get their text fetched for the first answer: about what a
 * phone shows before scrolling. The rest wait for "Show more".
 */
export const pagesAtFirst = 3;

/** The language of the page's text, for finding sentence and word breaks. */
function pageLanguage(): string {
  return document.documentElement.lang || navigator.language;
}

/** Everything Pagefind marked on a page: its excerpt and its sections'. */
function excerptsOf(result: PagefindResultData): string[] {
  return [result.excerpt, ...result.sub_results.map((sub) => sub.excerpt)];
}

/** A page's link, title and best sections, with excerpts from its own sentences. */
function shownPage(result: PagefindResultData, query: string): ShownPage {
  const pageTerms = answeringTerms(excerptsOf(result), query);
  const sections = result.sub_results.filter((sub) => sub.url !== result.url || result.sub_results.length === 1).slice(0, 3);
  return {
    url: highlightUrl(result.url, pageTerms),
    // Titles are plain text: set as text, with only the index-only words removed.
    title: cleanIndexText(result.meta.title ?? result.url, ''),
    ...(result.meta.contentNote ? { contentNote: result.meta.contentNote } : {}),
    sections: sections.map((sub) => {
      const own = answeringTerms([sub.excerpt], query);
      // The link asks the page to mark what Pagefind matched, whole words only.
      const terms = own.length > 0 ? own : pageTerms;
      const text = sectionText(result.content, result.anchors ?? [], sub.anchor?.id);
      return { url: highlightUrl(sub.url, terms), title: cleanIndexText(sub.title, ''), excerptHtml: excerptHtml(text, terms, pageLanguage()) };
    }),
  };
}

/** Pages that use every word searched for, best first, the defining section's page first. */
function shownPages(results: PagefindResultData[], query: string, definition: string | undefined): ShownPage[] {
  const answering = results.filter((result) => answersQuery(excerptsOf(result), query));
  return promoteDefinition(byBestSection(answering), definition).map((result) => shownPage(result, query));
}

/** The query without the words no page uses ("Prince Group" without "Prince"). */
function withoutWords(query: string, missing: readonly string[]): string {
  return query
    .split(/\s+/)
    .filter((word) => !missing.includes(queryWord(word)))
    .join(' ');
}

/**
 * Runs a search and fetches the first pages' text. A query with a word that
 * no page uses says so, and shows the pages that use its other words,
 * instead of counting pages that matched what Pagefind made of the unknown
 * word ("prince" shortened to "pri", found in "prison").
 */
export async function runSearch(
  api: PagefindApi,
  query: string,
  chapter: string | undefined,
  definition: string | undefined,
): Promise<SearchOutcome> {
  const options = chapter ? { filters: { chapter } } : {};
  const search = async (words: string) => {
    const results = (await api.search(words, options))?.results ?? [];
    return { results, first: await Promise.all(results.slice(0, pagesAtFirst).map((result) => result.data())) };
  };
  let found = await search(query);
  const missing = unansweredWords(found.first.flatMap(excerptsOf), query);
  let searched = query;
  if (missing.length > 0) {
    searched = withoutWords(query, missing);
    if (!isSearchable(searched)) return { searched: query, missing: [], pages: [], total: 0, rest: [] };
    found = await search(searched);
  }
  const pages = shownPages(found.first, searched, definition);
  const dropped = found.first.length - pages.length;
  return {
    searched,
    missing: searched === query ? [] : missing,
    pages,
    total: found.results.length - dropped,
    rest: found.results.slice(pagesAtFirst),
  };
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
