import { parseTextDirective } from '../outputs/citations/text-fragment';

/**
 * Finds the passage a `#:~:text=` link quotes in the page's main text and
 * scrolls to it, for browsers that do not (see enhance.ts): quote links then
 * work in every browser that runs scripts.
 */
export function scrollToQuotedText(hash: string): void {
  const wanted = parseTextDirective(hash);
  const main = document.querySelector('main');
  if (!wanted || !main) return;
  const normalise = (text: string) => text.replace(/\s+/g, ' ');
  const candidates = main.querySelectorAll<HTMLElement>('p, li, blockquote, td, h2, h3');
  for (const element of candidates) {
    const text = normalise(element.textContent ?? '');
    const at = text.indexOf(wanted.start);
    if (at !== -1 && (!wanted.end || text.indexOf(wanted.end, at) !== -1)) {
      element.scrollIntoView({ block: 'center' });
      return;
    }
  }
}
