/**
 * The Traditional Chinese edition is never written by hand: it is the
 * Simplified edition converted with OpenCC (Taiwan standard, with Taiwan
 * phrases: 软件 → 軟體), quotation marks set as Taiwan sets them (「 」).
 * The article's own Chinese words, marked `data-verbatim`, stay exactly as
 * the article gives them (Simplified) in every edition.
 */
import { Converter } from 'opencc-js/cn2t';

const convert = Converter({ from: 'cn', to: 'twp' });

/**
 * Where OpenCC's Taiwan phrases change what this report says, the word it
 * should be, found by a bilingual read of the converted text: 支持 ("back")
 * is not 支援 ("send aid"); 园区内存在 is "exists in the compound", not
 * 記憶體 ("computer memory"); 发给 is "sent", not 髮 ("hair"). Each wrong
 * form can only come from the conversion: the Simplified text contains none
 * of them (tests/unit/traditional.test.ts keeps it so).
 */
export const conversionFixes: ReadonlyArray<readonly [wrong: string, right: string]> = [
  ['支援', '支持'],
  ['記憶體在', '內存在'],
  ['檔案', '文件'],
  ['訊息', '消息'],
  ['釋出', '發布'],
  ['高階', '高級'],
  ['聯絡', '聯繫'],
  ['髮', '發'],
  ['併為', '並為'],
  // Taiwan's usual forms, where OpenCC keeps the mainland one.
  ['賬號', '帳號'],
  ['揹負', '背負'],
  ['幫兇', '幫凶'],
  ['團伙', '團夥'],
  ['暴發', '爆發'],
  ['報道', '報導'],
];

/** Taiwan's quotation marks: 「 」 outside, 『 』 inside. */
function taiwanQuotes(text: string): string {
  return text.replace(/“/g, '「').replace(/”/g, '」').replace(/‘/g, '『').replace(/’/g, '』');
}

/** Plain Simplified text → Traditional (Taiwan). */
export function toTraditional(text: string): string {
  const converted = conversionFixes.reduce((text, [wrong, right]) => text.split(wrong).join(right), convert(text));
  return taiwanQuotes(converted);
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
