/**
 * Which words to mark on a page opened from a search result, and how to find
 * them. The words are the ones Pagefind matched (its <mark>s in the excerpt,
 * "snakeheads" for a search for snakehead), not pieces of the query, so
 * "Xiong Bo" never marks the "bo" of Cambodia.
 */
import { hanRuns } from '../../text/han-and-khmer';
import { commonWords } from './search-query';

const nonLatinRun = /[\p{Script=Han}\p{Script=Khmer}]+/gu;

function decode(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
}

/** The words Pagefind marked in an excerpt, without the punctuation it marks with them ("Snakeheads:", "Bo’s"). */
function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([\s\S]*?)<\/mark>/g)].map((match) =>
    decode(match[1]!)
      .trim()
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/['’]s$/u, ''),
  );
}

/** The words to mark: those Pagefind marked in the excerpt, and the query's Chinese and Khmer terms. */
export function highlightTerms(excerptHtml: string, query: string): string[] {
  const marked = markedWords(excerptHtml);
  const scripts = query.match(nonLatinRun) ?? [];
  // A single Chinese character (被, 的) is a piece of many words: marking it everywhere helps no one.
  const lone = (term: string) => /^\p{Script=Han}$/u.test(term) && query.trim() !== term;
  const terms = [...marked, ...scripts].filter((term) => term !== '' && !commonWords.has(term.toLowerCase()) && !lone(term));
  return [...new Map(terms.map((term) => [term.toLowerCase(), term])).values()];
}

/** How many letters two words share at their start. */
function sharedStart(a: string, b: string): number {
  let at = 0;
  while (at < a.length && at < b.length && a[at] === b[at]) at++;
  return at;
}

/**
 * Whether what Pagefind marked answers the query. For a word it does not
 * know, Pagefind shortens the word until something matches ("nosuchword"
 * finds "no"); such a match shares only a letter or two with the query. Each
 * Latin word of the query needs a marked word sharing its first four letters
 * (or all of a shorter word): inflections and stems pass, leftovers do not.
 * Chinese and Khmer queries, which Pagefind does not shorten, always pass.
 */
export function answersQuery(excerptsHtml: readonly string[], query: string): boolean {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !commonWords.has(word) && !/[\p{Script=Han}\p{Script=Khmer}]/u.test(word));
  if (words.length === 0) return true;
  // Compared as bare letters and digits: "19,000" answers 19000.
  const marked = excerptsHtml.flatMap(markedWords).map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  return words.some((word) => marked.some((mark) => sharedStart(word, mark) >= Math.min(word.length, 4)));
}

/** A result link carrying the words to mark, encoded whatever their script. */
export function highlightUrl(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const parsed = new URL(url, 'https://site.invalid');
  parsed.searchParams.delete('highlight');
  for (const term of terms) parsed.searchParams.append('highlight', term);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number matches with or without its thousands commas: 19000 and 19,000. */
function numberPattern(term: string): string {
  const digits = term.replace(/,/g, '');
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return groups.join(',?');
}

/**
 * One expression for all the words: whole words for Latin text and numbers
 * (a word may not run on into another letter), the exact run for Chinese and
 * Khmer, which are written without spaces.
 */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const parts = terms
    .map((term) => term.trim())
    .filter((term) => term !== '' && !commonWords.has(term.toLowerCase()))
    .map((term) => {
      if (hanRuns(term).length > 0 || /\p{Script=Khmer}/u.test(term)) return escape(term);
      const body = /^\d[\d,]*$/.test(term) ? numberPattern(term) : escape(term);
      return `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`;
    });
  if (parts.length === 0) return undefined;
  // Longest first, so "19,000" is taken whole before "19".
  parts.sort((a, b) => b.length - a.length);
  return new RegExp(parts.join('|'), 'giu');
}
