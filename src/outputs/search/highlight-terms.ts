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

/** A word as compared: lower case, letters and digits only ("19,000" is 19000, "Bo’s" is bo). */
function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Whether a word Pagefind marked is the query's word, or the same word
 * inflected (snakehead, snakeheads; trafficking, trafficked). For a word it
 * does not know, Pagefind shortens the query word until something matches
 * ("prince" finds "prison", "Bo" finds "both"): such a leftover shares too
 * little. Words under four letters must match whole.
 */
export function markAnswers(queryWord: string, marked: string): boolean {
  const query = bare(queryWord);
  const word = bare(marked);
  if (query === word) return true;
  if (/[\p{Script=Han}\p{Script=Khmer}]/u.test(query)) {
    // A Chinese query is split into words; each word of two characters or more answers it.
    return [...word].length >= 2 && query.includes(word);
  }
  if (query.length < 4 || word.length < 4) return false;
  return sharedStart(query, word) >= Math.max(4, Math.min(query.length, word.length) - 3);
}

/** One word of a query as compared: lower case, without the punctuation around it ("COVID-19" stays whole, as Pagefind marks it). */
export function queryWord(token: string): string {
  return token.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/** The words of a query that must each be found: Latin words, not the common ones. Chinese and Khmer are not shortened by Pagefind. */
export function queryWords(query: string): string[] {
  return query
    .split(/[^\p{L}\p{N}\-'’,.]+/u)
    .map(queryWord)
    .filter((word) => word !== '' && !commonWords.has(word) && !/[\p{Script=Han}\p{Script=Khmer}]/u.test(word));
}

/** The query words that no word marked in these excerpts answers. */
export function unansweredWords(excerptsHtml: readonly string[], query: string): string[] {
  const marked = excerptsHtml.flatMap(markedWords);
  return queryWords(query).filter((word) => !marked.some((mark) => markAnswers(word, mark)));
}

/** Whether every word of the query is answered by a word marked in these excerpts (a page's). */
export function answersQuery(excerptsHtml: readonly string[], query: string): boolean {
  return unansweredWords(excerptsHtml, query).length === 0;
}

/**
 * The words to show marked and to mark on the target page: the marked words
 * that answer the query (never "both" for "Bo"), and the query's Chinese and
 * Khmer runs.
 */
export function answeringTerms(excerptsHtml: readonly string[], query: string): string[] {
  const words = queryWords(query);
  const kept = excerptsHtml.flatMap(markedWords).filter((mark) => {
    if (/[\p{Script=Han}\p{Script=Khmer}]/u.test(mark)) return true;
    return words.some((word) => markAnswers(word, mark));
  });
  // Marking ignores case, so one form of each word is enough (not "passports" and "Passport").
  const forms = kept.map((word) => (/[\p{Script=Han}\p{Script=Khmer}]/u.test(word) ? word : word.toLowerCase()));
  return highlightTerms(forms.map((word) => `<mark>${word}</mark>`).join(' '), query);
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
 * Khmer, which are written without spaces (see `wholeWordMatches` for where a
 * Chinese run counts as a word).
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

// Han text is split by the Chinese word breaker, whatever the page's language (a script, not an edition).
const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });

/** Where words begin and end in a Chinese text, by the browser's own word breaker. */
function chineseBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([0, text.length]);
  for (const { index, segment } of chineseWords.segment(text)) {
    boundaries.add(index);
    boundaries.add(index + segment.length);
  }
  return boundaries;
}

/**
 * The places in a text to mark for these terms, whole words only, in every
 * script: a Latin word never inside a longer one, and a Chinese term only
 * where it starts and ends at word breaks (园区 in 诈骗园区, not in 公园区域).
 */
export function wholeWordMatches(text: string, terms: readonly string[]): Array<{ index: number; text: string }> {
  const pattern = highlightPattern(terms);
  if (!pattern) return [];
  let boundaries: Set<number> | undefined;
  const found: Array<{ index: number; text: string }> = [];
  for (const match of text.matchAll(pattern)) {
    if (/\p{Script=Han}/u.test(match[0])) {
      boundaries ??= chineseBoundaries(text);
      if (!boundaries.has(match.index) || !boundaries.has(match.index + match[0].length)) continue;
    }
    found.push({ index: match.index, text: match[0] });
  }
  return found;
}
