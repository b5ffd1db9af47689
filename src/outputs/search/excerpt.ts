/**
 * Result excerpts made from the page's own text: whole sentences where they
 * fit, cut at word breaks where they do not (Chinese included, by the
 * browser's `Intl.Segmenter`), with the matched words marked whole. Pagefind's
 * own excerpt is a window of a fixed number of words, which starts and stops
 * mid-sentence and can fall inside text that exists only in the index.
 */
import { addedWordsClose, addedWordsOpen } from '../../text/han-and-khmer';
import { wholeWordMatches } from './highlight-terms';

/** A heading Pagefind recorded on the page, in page order. */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
}

/**
 * Whether a text is written in Han characters without spaces (Chinese) rather
 * than in spaced words: decided by the text itself, so any edition's
 * language works without naming it.
 */
function hanWriting(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const latin = text.match(/\p{L}/gu)?.length ?? 0;
  return han > (latin - han) / 2;
}

/** Longest excerpt, in characters: about two lines on a phone. Han characters each carry more. */
function longest(text: string): number {
  return hanWriting(text) ? 90 : 220;
}

/**
 * The page's text as the reader sees it: without the words added for the
 * index (bracketed) and without the zero-width spaces Pagefind puts between
 * Chinese words.
 */
export function readableText(content: string): string {
  const added = new RegExp(`${addedWordsOpen}[^${addedWordsClose}]*${addedWordsClose}\\s*`, 'g');
  return content.replace(/\u200b/g, '').replace(added, '').replace(/\s+/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Where a heading stands in the page text: its words on their own, after a
 * space and followed by the ". " Pagefind adds, so a heading's words quoted
 * earlier in a paragraph ("only as “Mr. Tong”") are not taken for it.
 */
function headingAt(text: string, title: string, from: number): number {
  // Pagefind ends a heading with "." unless it already ends with a stop.
  const stop = /[.?!。？！]$/.test(title) ? '\\.?' : '\\.';
  const pattern = new RegExp(`(?:^|\\s)(${escapeRegExp(title)})${stop}(?=\\s|$)`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index + match[0].indexOf(match[1]!) : -1;
}

/**
 * The text of one section: from its heading to the next heading Pagefind
 * split the page at. Headings end with ". " in Pagefind's page text.
 */
export function sectionText(content: string, anchors: readonly PageAnchor[], id: string | undefined): string {
  const text = readableText(content);
  const headings = anchors.filter((anchor) => /^h[1-6]$/.test(anchor.element) && anchor.text.trim() !== '');
  const starts: Array<{ id: string; at: number; end: number }> = [];
  let from = 0;
  for (const heading of headings) {
    const title = readableText(heading.text).trim();
    const at = headingAt(text, title, from);
    if (at === -1) continue;
    starts.push({ id: heading.id, at, end: at + title.length });
    from = at + title.length;
  }
  const index = starts.findIndex((start) => start.id === id);
  if (index === -1) return text.slice(starts[0]?.end ?? 0, starts[1]?.at ?? text.length).replace(/^[.\s]+/, '');
  return text.slice(starts[index]!.end, starts[index + 1]?.at ?? text.length).replace(/^[.\s]+/, '').trim();
}

function segments(text: string, lang: string, granularity: 'sentence' | 'word'): Array<{ index: number; segment: string }> {
  return [...new Intl.Segmenter(lang, { granularity }).segment(text)].map(({ index, segment }) => ({ index, segment }));
}

/** A sentence the segmenter ended at an abbreviation ("Mr.", "U.S."), which the next one continues. */
const endsWithAbbreviation = /(?:^|[\s“"‘'(（])(?:[A-Z][a-z]{0,2}|[A-Z](?:\.[A-Z])+)\.\s*$/;

/** Sentences, with those the segmenter split after an abbreviation joined again. */
function sentences(text: string, lang: string): Array<{ index: number; segment: string }> {
  const joined: Array<{ index: number; segment: string }> = [];
  for (const sentence of segments(text, lang, 'sentence')) {
    const previous = joined.at(-1);
    if (previous && endsWithAbbreviation.test(previous.segment)) previous.segment += sentence.segment;
    else joined.push({ ...sentence });
  }
  return joined;
}

/**
 * Where a passage may be cut: between words. In Chinese, at any word break;
 * in other languages, only at a space, so a Chinese or Khmer name inside an
 * English sentence is never cut in two.
 */
function wordBreaks(text: string, lang: string): number[] {
  const breaks = segments(text, lang, 'word').flatMap(({ index, segment }) => [index, index + segment.length]);
  if (hanWriting(text)) return breaks;
  return breaks.filter((point) => point === 0 || point === text.length || /\s/.test(text[point - 1]!) || /\s/.test(text[point]!));
}

/** The last word break at or before `at` (or, `after`, the first at or after it). */
function wordBreak(text: string, lang: string, at: number, after: boolean): number {
  const fitting = wordBreaks(text, lang).filter((point) => (after ? point >= at : point <= at));
  if (fitting.length === 0) return after ? text.length : 0;
  return after ? Math.min(...fitting) : Math.max(...fitting);
}

/**
 * The passage to show: the sentence holding the first match (or the
 * section's first sentence), joined by the next ones while they fit; a
 * sentence too long to fit is cut at word breaks around the match, with "…"
 * where text was left out.
 */
export function excerptText(text: string, terms: readonly string[], lang: string): { text: string; before: boolean; after: boolean } {
  const max = longest(text);
  const all = sentences(text, lang);
  if (all.length === 0) return { text: '', before: false, after: false };
  const match = wholeWordMatches(text, terms)[0];
  const at = match?.index ?? 0;
  const first = Math.max(0, all.findIndex(({ index, segment }) => at >= index && at < index + segment.length));
  let last = first;
  const endOf = (position: number) => all[position]!.index + all[position]!.segment.length;
  while (last + 1 < all.length && endOf(last + 1) - all[first]!.index <= max) last++;
  const start = all[first]!.index;
  const end = endOf(last);
  if (end - start <= max) return { text: text.slice(start, end).trim(), before: false, after: false };
  // One sentence longer than fits: a window around the match, at word breaks.
  const matchEnd = at + (match?.text.length ?? 0);
  let from = Math.max(start, Math.min(at - Math.floor(max / 3), end - max));
  from = from <= start ? start : wordBreak(text, lang, from, true);
  let to = Math.min(end, Math.max(from + max, matchEnd));
  to = to >= end ? end : wordBreak(text, lang, to, false);
  return { text: text.slice(from, to).trim(), before: from > start, after: to < end };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The excerpt as HTML: escaped text, the terms marked whole, "…" where a sentence was cut. */
export function excerptHtml(text: string, terms: readonly string[], lang: string): string {
  const passage = excerptText(text, terms, lang);
  let html = '';
  let at = 0;
  for (const match of wholeWordMatches(passage.text, terms)) {
    html += `${escapeHtml(passage.text.slice(at, match.index))}<mark>${escapeHtml(match.text)}</mark>`;
    at = match.index + match.text.length;
  }
  html += escapeHtml(passage.text.slice(at));
  return `${passage.before ? '…' : ''}${html}${passage.after ? '…' : ''}`;
}
