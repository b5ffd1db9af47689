/**
 * The Traditional Chinese edition is never written by hand: it is the
 * Simplified edition converted with OpenCC (Taiwan standard, with Taiwan
 * phrases: 软件 → 軟體), quotation marks set as Taiwan sets them (「 」).
 * The article's own Chinese words, marked `data-verbatim`, stay exactly as
 * the article gives them (Simplified) in every edition.
 */
import { Converter } from 'opencc-js/cn2t';

const convert = Converter({ from: 'cn', to: 'twp' });

/** Taiwan's quotation marks: 「 」 outside, 『 』 inside. */
function taiwanQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Plain Simplified text → Traditional (Taiwan). */
export function toTraditional(text: string): string {
  return taiwanQuotes(convert(text));
}

/** The article's Chinese, quoted word for word: never converted. */
const verbatim = /<span lang="zh-Hans" data-verbatim>[\s\S]*?<\/span>/g;

/**
 * A Simplified MDX or HTML source → Traditional, leaving the verbatim
 * quotations (and their `lang="zh-Hans"`) exactly as they are.
 */
export function toTraditionalSource(source: string): string {
  let converted = '';
  let last = 0;
  for (const match of source.matchAll(verbatim)) {
    converted += toTraditional(source.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return converted + toTraditional(source.slice(last));
}
