import { wholeWordMatches } from '../outputs/search/highlight-terms';

/**
 * Marks, on a page opened from a search result, the words Pagefind matched
 * (`?highlight=word`, one parameter a word; see highlight-terms.ts). Only the
 * indexed text is marked, never the controls or notes left out of the index.
 * The page does not scroll: the link already lands on the section.
 */
export function highlightSearchTerms(): void {
  const terms = new URLSearchParams(window.location.search).getAll('highlight');
  const body = document.querySelector('[data-pagefind-body]');
  if (terms.length === 0 || !body) return;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('[data-pagefind-ignore], mark, script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  for (const node of nodes) {
    const text = node.data;
    const matches = wholeWordMatches(text, terms);
    if (matches.length === 0) continue;
    const pieces: Array<string | HTMLElement> = [];
    let at = 0;
    for (const match of matches) {
      pieces.push(text.slice(at, match.index));
      const mark = document.createElement('mark');
      mark.className = 'pagefind-highlight';
      mark.textContent = match.text;
      pieces.push(mark);
      at = match.index + match.text.length;
    }
    pieces.push(text.slice(at));
    node.replaceWith(...pieces.filter((piece) => piece !== ''));
  }
}
