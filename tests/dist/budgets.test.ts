import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import { budgets, pageWeight, renderBlockingStylesheets } from '../support/page-weight';
import { editions } from '../support/editions';
import { readChapters } from '../support/content';

const dist = 'dist';
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.html'))
  .map((file) => file.split('\\').join('/').replace(/index\.html$/, ''));
// Every edition's chapters: English at the root, translations under their prefix.
const chapterPage = (prefix: string, page: string) => page.startsWith(`${prefix}chapters/`) && /^chapters\/[^/]+\/$/.test(page.slice(prefix.length));
const chapters = pages.filter((page) => editions.some((edition) => chapterPage(edition.prefix, page)));

describe('page budgets (gzip, bytes)', () => {
  it('finds the chapters to measure, in every edition', () => {
    for (const edition of editions) expect(chapters.filter((page) => chapterPage(edition.prefix, page)), edition.code).toHaveLength(readChapters().length);
  });

  for (const page of pages) {
    // Each stylesheet that blocks the first paint is one more round trip before
    // a reader on a slow connection sees anything; the print one does not block.
    it(`/${page}: at most one render-blocking stylesheet`, () => {
      expect(renderBlockingStylesheets(dist, page).length).toBeLessThanOrEqual(1);
    });
  }

  for (const page of chapters) {
    it(`/${page}: HTML and CSS fit in the first round trip (${budgets.chapterHtmlAndCss} bytes)`, () => {
      const weight = pageWeight(dist, basePath, page);
      expect(weight.html + weight.css).toBeLessThanOrEqual(budgets.chapterHtmlAndCss);
    });
  }

  for (const page of pages) {
    // Every page has the header search field, so none is free of controls; the
    // search page loads its search code at once, since searching is its purpose.
    const jsBudget = editions.some((edition) => page === `${edition.prefix}search/`) ? budgets.total : budgets.initialJs;
    it(`/${page}: at most ${jsBudget} bytes of script before interaction, ${budgets.total} in all`, () => {
      const weight = pageWeight(dist, basePath, page);
      expect(weight.js).toBeLessThanOrEqual(jsBudget);
      expect(weight.total).toBeLessThanOrEqual(budgets.total);
    });
  }

  it('search and Pagefind are not among the scripts a chapter loads before interaction', () => {
    const { jsFiles } = pageWeight(dist, basePath, chapters[0]!);
    expect(jsFiles.length).toBeGreaterThan(0);
    expect(jsFiles.filter((file) => /search-ui|pagefind|share|highlight/.test(file))).toEqual([]);
  });
});

describe('search index files (as stored: Pagefind gzips them itself)', () => {
  // A first search fetches the index files that hold its words, after
  // Pagefind's script and WebAssembly (about 73 KB): small files keep it
  // within 105 KiB (English) and 115 KiB (Chinese) on a slow phone.
  const perFile = 6 * 1024;
  const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
  const indexFiles = readdirSync(join(dist, 'pagefind', 'index'));
  const languages = Object.keys(entry.languages);

  it('indexes every edition', () => {
    expect(languages.sort()).toEqual(editions.map((edition) => edition.lang.toLowerCase()).sort());
  });

  for (const language of languages) {
    it(`${language}: the index is split into files of at most ${perFile} bytes`, () => {
      const sizes = indexFiles.filter((file) => file.startsWith(`${language}_`)).map((file) => statSync(join(dist, 'pagefind', 'index', file)).size);
      expect(sizes.length).toBeGreaterThan(1);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(perFile);
    });
  }
});
