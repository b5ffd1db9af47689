/**
 * The Chinese editions translate every quotation the article gives in
 * English, and say after it whose words they are (../design rules, About
 * this report): words the article quotes from others (the ambassador, the
 * four charges) get one marker, CLW's own words another; one marker per
 * quotation or per list, never one per item.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toTraditional } from '../../src/editions/traditional';

const othersMarker = '（据中国劳工观察英文报道转译，非原话）';
const clwMarker = '（译自中国劳工观察英文原文）';

/** Quotations of CLW's own words, by a phrase of each: they carry CLW's marker. */
const clwWords = ['赌场之都', '无可辩驳', '未能独立核实', '骗人', '难辞其咎'];
/** Quotations of others' words the article relays in English: the ambassador's and the court's. */
const othersWords = ['唐人街', '洁身自好', '专门针对中国人的博彩业', '煽动歧视', '虚假申报', '非法干预公职履行', '非法使用职业证书'];

/** Every Simplified text of the edition, by file. */
function simplifiedFiles(): Array<[file: string, text: string]> {
  const folders = ['content/chapters/zh-hans', 'content/pages/zh-hans'];
  const files = folders.flatMap((folder) => readdirSync(folder).map((name) => join(folder, name)));
  return [...files, 'src/editions/zh-hans.json', 'content/glossary.yaml', 'content/figures.ts', 'content/timeline.ts', 'content/map.ts'].map((file) => [
    file,
    readFileSync(file, 'utf8'),
  ]);
}

/** Each marker with the quotation it follows, skipping a marker that is itself quoted (About names them). */
function markedQuotations(text: string, marker: string): Array<{ quotation: string; at: number }> {
  const found: Array<{ quotation: string; at: number }> = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) {
    if (text[at - 1] === '“') continue;
    const before = text.slice(0, at).replace(/[。；，]?$/, '');
    const open = before.lastIndexOf('“');
    found.push({ quotation: before.endsWith('”') && open !== -1 ? before.slice(open + 1, -1) : '', at });
  }
  return found;
}

describe('quotation markers in the Chinese editions', () => {
  const files = simplifiedFiles();

  it('use only the two markers, word for word', () => {
    for (const [file, text] of files) {
      const markers = text.match(/（(?:据|译自)中国劳工观察[^）]*）/g) ?? [];
      expect(markers.filter((marker) => marker !== othersMarker && marker !== clwMarker), file).toEqual([]);
    }
  });

  it('put each marker right after a quotation (or after the last item of a quoted list)', () => {
    for (const [file, text] of files) {
      for (const marker of [othersMarker, clwMarker]) {
        for (const { quotation, at } of markedQuotations(text, marker)) {
          expect(quotation, `${file}: ${text.slice(Math.max(0, at - 30), at + 5)}`).not.toBe('');
        }
      }
    }
  });

  it('mark CLW’s own words as CLW’s, and others’ words as relayed by CLW', () => {
    for (const [file, text] of files) {
      for (const { quotation } of markedQuotations(text, othersMarker)) {
        expect(clwWords.filter((words) => quotation.includes(words)), `${file}: “${quotation}”`).toEqual([]);
      }
      for (const { quotation } of markedQuotations(text, clwMarker)) {
        expect(othersWords.filter((words) => quotation.includes(words)), `${file}: “${quotation}”`).toEqual([]);
      }
    }
  });

  it('mark a quoted list once, after it, never each item', () => {
    for (const [file, text] of files) {
      // Runs of consecutive Markdown list items that are each a quotation alone: a quoted list, like the four charges.
      const quotedItem = /^- “[^”]*”[。；，]?(?:（[^）]*）)?\s*$/;
      const lists = (text.match(/(?:^- .*\n?)+/gm) ?? []).filter((list) => list.trim().split('\n').every((item) => quotedItem.test(item)));
      if (file.endsWith('06-victims-treated-as-criminals.mdx')) expect(lists.length, file).toBe(1);
      for (const list of lists) {
        const count = list.split(othersMarker).length - 1 + list.split(clwMarker).length - 1;
        expect(count, `${file}: ${list.slice(0, 60)}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('give every quotation of the ambassador and of the charges the relayed-words marker', () => {
    const chapters = files.filter(([file]) => file.startsWith('content/chapters/zh-hans')).map(([, text]) => text).join('\n');
    const relayed = markedQuotations(chapters, othersMarker).map(({ quotation }) => quotation).join(' ');
    for (const words of ['唐人街', '洁身自好', '非法使用职业证书']) expect(relayed, words).toContain(words);
    const own = markedQuotations(chapters, clwMarker).map(({ quotation }) => quotation).join(' ');
    for (const words of ['赌场之都', '无可辩驳', '骗人', '未能独立核实']) expect(own, words).toContain(words);
  });

  it('keep both markers distinct in the Traditional edition', () => {
    expect(toTraditional(othersMarker)).toBe('（據中國勞工觀察英文報導轉譯，非原話）');
    expect(toTraditional(clwMarker)).toBe('（譯自中國勞工觀察英文原文）');
  });
});
