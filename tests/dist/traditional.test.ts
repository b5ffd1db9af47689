/**
 * The Traditional edition is the Simplified one converted: no Simplified
 * character may be left on its pages, except in the article's own Chinese
 * words, which every edition quotes exactly as the article gives them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';

const dist = 'dist';
const pages = readdirSync(join(dist, 'zh-hant'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
// Characters only Simplified uses, frequent in this report (这 為 are 這 為 in Taiwan).
const simplifiedOnly = /[这们诈骗园区国为说报护时对会发经济关于从过还没与东间门问题实现务让认识贩卖债钱团侦缉边网电赌远带贸组织级统计观劳动权调将并选专业]/gu;

/** The Chinese the article itself gives: the embassy's warning, the memorandum's title, the article's title. */
const articleChinese = ['远离网赌电诈集团', '中华人民共和国与柬埔寨王国共同推进“一带一路”建设合作规划纲要', '一带一路的后遗症：柬埔寨的人口贩卖问题'];

/** The text a reader sees, attributes a reader hears included, without the verbatim quotations. */
function readerText(html: string): { text: string; verbatim: string[] } {
  const $ = cheerio.load(html);
  const verbatim = $('[data-verbatim]').map((_, element) => $(element).text()).get();
  // Text marked as Simplified is exempt: the verbatim quotations, and the
  // name of the Simplified edition in the language switcher.
  $('[lang="zh-Hans"], script, style').remove();
  const attributes = $('[aria-label], [alt], [title], meta[content]')
    .map((_, element) => ['aria-label', 'alt', 'title', 'content'].map((name) => $(element).attr(name) ?? '').join(' '))
    .get()
    .join(' ');
  // Previews and other plain-text copies carry the quotations without their markup.
  const text = articleChinese.reduce((all, words) => all.split(words).join(' '), `${$('title').text()} ${$('body').text()} ${attributes}`);
  return { text, verbatim };
}

describe('the Traditional edition', () => {
  it('has every page the Simplified edition has', () => {
    const simplified = readdirSync(join(dist, 'zh'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
    expect(pages.sort()).toEqual(simplified.sort());
  });

  for (const file of pages) {
    it(`/zh-hant/${file.replace(/index\.html$/, '')}: no Simplified characters outside the article's verbatim quotations`, () => {
      const html = readFileSync(join(dist, 'zh-hant', file), 'utf8');
      expect(html).toMatch(/<html lang="zh-Hant"/);
      const { text, verbatim } = readerText(html);
      expect([...new Set(text.match(simplifiedOnly) ?? [])]).toEqual([]);
      // Only the article's own Chinese words are exempt, exactly as the article gives them.
      for (const quotation of verbatim) expect(articleChinese.some((words) => words.includes(quotation)), quotation).toBe(true);
    });
  }

  it('says on every page, near the top, that software converted it, linking the same page in Simplified and English', () => {
    const base = normaliseBasePath(process.env['BASE_PATH']);
    for (const file of pages) {
      const $ = cheerio.load(readFileSync(join(dist, 'zh-hant', file), 'utf8'));
      const notice = $('main > .converted-notice');
      expect(notice.length, file).toBe(1);
      // Before anything else the page says.
      expect($('main').children().first().is(notice), file).toBe(true);
      expect(notice.text(), file).toBe('本頁由簡體中文版經軟體自動轉換為繁體中文，內容如與英文版有出入，以英文版為準。');
      // The same page, or for a share page the section it previews: where its canonical link points.
      const canonical = new URL($('link[rel="canonical"]').attr('href')!);
      const page = `${canonical.pathname}${canonical.hash}`.slice(`${base}zh-hant/`.length);
      const links = notice.find('a').map((_, link) => $(link).attr('href')).get();
      expect(links, file).toEqual([`${base}zh/${page}`, `${base}${page}`]);
    }
  });

  it('uses Taiwan’s words, not the mainland’s, in what a reader sees', () => {
    const mainland = ['連線金邊', '連線西哈努克港', '物件', '專案', '人口販賣和', '人口販賣問題的讀者', '團伙', '團夥', '時間線', '攝像頭', '觸屏', '搜索', '記憶體', '支援', '釋出', '賬號', '社交媒體', '抓捕', '身份', '更正記錄', '網站導航', '紳士化', '強姦', '活動人士'];
    const found = new Map<string, string[]>();
    for (const file of pages) {
      const { text } = readerText(readFileSync(join(dist, 'zh-hant', file), 'utf8'));
      for (const word of mainland.filter((word) => text.includes(word))) found.set(word, [...(found.get(word) ?? []), file]);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });

  it('heads its own pages and cites itself with the report’s title in Traditional characters, keeping the title’s words', () => {
    const $ = cheerio.load(readFileSync(join(dist, 'zh-hant', 'index.html'), 'utf8'));
    expect($('h1').text()).toBe('一帶一路的後遺症：柬埔寨的人口販賣問題');
    expect($('h1').attr('lang')).toBeUndefined();
    const cite = cheerio.load(readFileSync(join(dist, 'zh-hant', 'cite', 'index.html'), 'utf8'));
    expect(cite('pre').first().text()).toContain('中國勞工觀察. 一帶一路的後遺症：柬埔寨的人口販賣問題[EB/OL]. 繁體中文網路版');
  });

  it('quotes the article’s Chinese exactly as the article gives it, marked as Simplified', () => {
    const html = readFileSync(join(dist, 'zh-hant', 'chapters', 'casinos-to-scam-compounds', 'index.html'), 'utf8');
    expect(html).toMatch(/<span lang="zh-Hans" data-verbatim(?:="[^"]*")?>远离网赌电诈集团<\/span>/);
    const belt = readFileSync(join(dist, 'zh-hant', 'chapters', 'belt-and-road', 'index.html'), 'utf8');
    expect(belt).toMatch(/<span lang="zh-Hans" data-verbatim(?:="[^"]*")?>中华人民共和国与柬埔寨王国共同推进“一带一路”建设合作规划纲要<\/span>/);
  });

  it('sets quotations the Taiwan way, 「 」, in its text (citation formats keep their own style)', () => {
    for (const page of ['chapters/casinos-to-scam-compounds/', 'chapters/trafficking-and-recruitment/', 'glossary/', 'timeline/']) {
      const $ = cheerio.load(readFileSync(join(dist, 'zh-hant', page, 'index.html'), 'utf8'));
      $('[lang="zh-Hans"], [lang="en"], pre, script').remove();
      const text = $('main').text();
      expect(text, page).toContain('「');
      expect(text, page).not.toMatch(/[“”]/);
    }
  });
});
