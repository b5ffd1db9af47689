/**
 * Adding an edition is data: an entry in the registry (src/editions/locales.ts),
 * a strings file and a content folder. This builds the fixture site with a
 * fourth, pseudo edition added in exactly those three places, with one of its
 * chapters translated, and reads the pages a reader of it would get: the
 * translated chapter in its words, every other chapter and page in English
 * under a notice in its language, each with the English paragraph ids, and
 * every page of every edition linking to it.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureCopies, type FixtureBuild } from '../support/fixture-site';
import english from '../../src/editions/en.json';

/** Pseudo-localised text: the English, in brackets, so any string not taken from the edition's file shows. */
const pseudo = (text: string) => `[${text}]`;
const name = '[Pseudo]';
const prefix = 'xx/';
const lang = 'en-XA';

const registryEntry = `
  xx: {
    lang: '${lang}',
    dir: 'ltr',
    prefix: '${prefix}',
    name: '${name}',
    englishName: 'Pseudo-English',
    intl: 'en-GB',
    ogLocale: 'en_XA',
    writing: 'spaced',
    citationStyles: ['apa', 'chicago', 'bibtex', 'gbt7714'],
    cjkFonts: [],
    limits: { description: [40, 220], finding: 260 },
  },
`;

const strings = Object.fromEntries(Object.entries(english).map(([key, text]) => [key, pseudo(text)]));

/** The fixture's first chapter, translated: the same sections and paragraphs, in brackets. */
const translatedChapter = `---
title: '[First fixture chapter]'
description: '[A chapter used by the tests to build a small site quickly, with every field filled in.]'
translates: 2026-11-24
keyFindings:
  - id: finding-fixture-one
    text: '[The fixture has a key finding with a stable id.]'
---

[An opening paragraph.]

## [A section] {#a-section}

[Text with a term], <span lang="zh">蛇头</span>.

### [A subsection] {#a-subsection}

| [Column] | [Other] |
| -------- | ------- |
| [one]    | [two]   |

## [The evidence] {#evidence}

[The evidence for the finding.]

[A footnote.][^1] [An autolink]: https://example.org

[^1]: [The footnote text.]
`;

let build: FixtureBuild;
const page = (path: string) => cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The ids of the paragraphs and headings of a page's text, in order. */
const textIds = ($: cheerio.CheerioAPI) => $('.prose [id]').map((_, element) => $(element).attr('id')).get();

/** Every page of the built site, as a site-relative path: `xx/chapters/first/`. */
function builtPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('index.html'))
    .map((file) => relative('.', file).split(sep).join('/').replace(/index\.html$/, ''));
}

const editionPrefixes = ['zh/', 'zh-hant/', prefix];
const isEnglish = (path: string) => !editionPrefixes.some((other) => path.startsWith(other));

// Removing a score of built copies can outlast the default hook timeout on a busy machine.
afterAll(removeFixtureCopies, 120_000);

beforeAll(async () => {
  build = await buildFixture({
    'src/editions/locales.ts': (text) => {
      const end = '} as const satisfies Record<string, EditionRecord>;';
      expect(text).toContain(end);
      return text.replace(end, `${registryEntry.trimStart().replace(/^/, '  ')}${end}`);
    },
    'src/editions/xx.json': () => `${JSON.stringify(strings, null, 2)}\n`,
    'chapters/xx/01-first.mdx': () => translatedChapter,
  });
}, 300_000);

describe('a fourth edition added as data: a registry entry, a strings file and one translated chapter', () => {
  it('builds, and the anchor check of every page passes', () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    expect(build.output).toMatch(/\[report-dist-check\] checked the links and ids of \d+ pages and \d+ published anchors/);
  });

  it('has every page of the English edition, under its own prefix, in its language', () => {
    const pages = builtPages(build.dist);
    const englishPages = pages.filter(isEnglish);
    expect(englishPages).toContain('chapters/first/');
    expect(englishPages).toContain('chapters/second/');
    expect(englishPages).toContain('about/');
    for (const path of englishPages) {
      expect(existsSync(join(build.dist, prefix, path, 'index.html')), `${prefix}${path}`).toBe(true);
    }
    for (const path of englishPages) {
      expect(page(`${prefix}${path}`)('html').attr('lang')).toBe(lang);
    }
    // Its interface speaks its strings file.
    const $ = page(`${prefix}chapters/`);
    expect(words($('h1').first().text())).toBe(pseudo(english['chapters.title']));
  });

  it('shows the translated chapter in its own words, with no notice', () => {
    const $ = page(`${prefix}chapters/first/`);
    expect(words($('h1').text())).toBe('[First fixture chapter]');
    expect(words($('.prose').text())).toContain('[An opening paragraph.]');
    expect($('.prose').attr('lang')).toBeUndefined();
    expect($('body').text()).not.toContain('has not been translated');
    expect(textIds($)).toEqual(textIds(page('chapters/first/')));
  });

  it('shows an untranslated chapter in English, marked as English, under a notice in its language, with the English ids', () => {
    const $ = page(`${prefix}chapters/second/`);
    const $english = page('chapters/second/');
    const notice = $('[role="note"]').filter((_, element) => $(element).text().includes('translated'));
    expect(words(notice.text())).toBe(pseudo(english['translation.fallback']).replace('{edition}', name));
    expect($('h1').attr('lang')).toBe('en');
    expect(words($('h1').text())).toBe(words($english('h1').text()));
    expect($('.prose').attr('lang')).toBe('en');
    expect(words($('.prose p').first().text())).toBe(words($english('.prose p').first().text()));
    expect(textIds($).length).toBeGreaterThan(0);
    expect(textIds($)).toEqual(textIds($english));
    // The ¶ links around the English text are the edition's controls.
    expect($('.prose .para-link').first().attr('aria-label')).toBe(pseudo(english['anchors.linkParagraph']));
  });

  it('shows an untranslated page in English under the same notice', () => {
    const $ = page(`${prefix}about/`);
    const $english = page('about/');
    expect(words($('[role="note"]').text())).toContain(pseudo(english['translation.fallback']).replace('{edition}', name));
    expect($('.prose').attr('lang')).toBe('en');
    expect(words($('h1').text())).toBe(words($english('h1').text()));
  });

  it('the English edition and the other editions show no notice', () => {
    for (const path of ['chapters/second/', 'zh/chapters/second/', 'zh-hant/chapters/second/', 'zh/about/']) {
      expect(page(path)('[role="note"]').text(), path).not.toMatch(/translated|尚未译成|尚未譯成/);
      expect(page(path)('.prose').attr('lang'), path).toBeUndefined();
    }
  });

  it('every page of every edition names it among its alternates, and the language switcher links to it', () => {
    const pages = builtPages(build.dist);
    let checked = 0;
    for (const path of pages) {
      const $ = page(path);
      if ($('link[rel="alternate"][hreflang="x-default"]').length === 0) continue; // the 404 page stands for no one page
      // The same address as the English alternate, under the edition's prefix.
      const englishHref = new URL($('link[rel="alternate"][hreflang="en"]').attr('href')!);
      const expected = `${englishHref.origin}/${prefix}${englishHref.pathname.slice(1)}${englishHref.hash}`;
      expect($(`link[rel="alternate"][hreflang="${lang}"]`).attr('href'), path).toBe(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    for (const [path, label] of [
      ['chapters/second/', english['switcher.label']],
      ['zh/chapters/second/', undefined],
    ] as const) {
      const $ = page(path);
      const switcher = label ? $(`nav[aria-label="${label}"]`) : $('nav.language-switcher');
      const link = switcher.find(`a[hreflang="${lang}"]`);
      expect(words(link.text()), path).toBe(name);
      expect(link.attr('href'), path).toBe('/xx/chapters/second/');
    }
    // And its own pages link back to the others.
    const own = page(`${prefix}chapters/second/`)(`nav[aria-label="${pseudo(english['switcher.label'])}"] a`);
    expect(own.map((_, element) => cheerio.load(element).text().trim()).get()).toEqual(['English', '简体中文', '繁體中文']);
  });

  it('its glossary shows the English entries it has not translated, marked as English', () => {
    const $ = page(`${prefix}glossary/`);
    const entry = $('#fixture-term');
    expect(entry.attr('lang')).toBe('en');
    expect(words(entry.find('dt').text())).toBe('Fixture term');
  });
});
