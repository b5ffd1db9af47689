import { describe, expect, it } from 'vitest';
import { editionFiles, fileUrl, fillSize, offlineManifest, sizeMarker, type BuiltFile, type PagefindEntry } from '../../src/outputs/offline/manifest';
import { cacheName, parseCacheName } from '../../src/outputs/offline/names';

/** A small dist/: every kind of file the build writes, once per edition where it has one. */
const built: BuiltFile[] = [
  { path: '_astro/style.abc.css', bytes: 100 },
  { path: '_astro/enhance.abc.js', bytes: 50 },
  { path: 'favicon.svg', bytes: 5 },
  { path: 'print-links.css', bytes: 7 },
  { path: '404.html', bytes: 30 },
  { path: '_headers', bytes: 9 },
  { path: 'robots.txt', bytes: 9 },
  { path: 'sitemap-0.xml', bytes: 9 },
  { path: 'sitemap-index.xml', bytes: 9 },
  { path: 'corrections.xml', bytes: 9 },
  { path: 'sw.js', bytes: 9 },
  { path: 'offline.json', bytes: 9 },
  { path: 'index.html', bytes: 20 },
  { path: 'chapters/sihanoukville/index.html', bytes: 40 },
  { path: 'cite/sihanoukville/casino-city/index.html', bytes: 15 },
  { path: 'cite/report.bib', bytes: 3 },
  { path: 'map/cambodia.svg', bytes: 60 },
  { path: 'search-terms.json', bytes: 4 },
  { path: 's/sihanoukville/casino-city/index.html', bytes: 11 },
  { path: 'og/report.png', bytes: 900 },
  { path: 'report.pdf', bytes: 5000 },
  { path: 'report.epub', bytes: 700 },
  { path: 'zh/index.html', bytes: 21 },
  { path: 'zh/chapters/sihanoukville/index.html', bytes: 41 },
  { path: 'zh/search-terms.json', bytes: 4 },
  { path: 'zh/offline.json', bytes: 9 },
  { path: 'zh/s/sihanoukville/casino-city/index.html', bytes: 11 },
  { path: 'zh/og/report.png', bytes: 900 },
  { path: 'zh/report.pdf', bytes: 5100 },
  { path: 'zh/report.epub', bytes: 710 },
  { path: 'zh-hant/index.html', bytes: 22 },
  { path: 'pagefind/pagefind.js', bytes: 470 },
  { path: 'pagefind/pagefind-entry.json', bytes: 3 },
  { path: 'pagefind/pagefind-ui.js', bytes: 1200 },
  { path: 'pagefind/pagefind-worker.js', bytes: 400 },
  { path: 'pagefind/wasm.en.pagefind', bytes: 600 },
  { path: 'pagefind/wasm.unknown.pagefind', bytes: 550 },
  { path: 'pagefind/pagefind.en_aaa.pf_meta', bytes: 2 },
  { path: 'pagefind/pagefind.zh-hans_bbb.pf_meta', bytes: 2 },
  { path: 'pagefind/pagefind.zh-hant_ccc.pf_meta', bytes: 2 },
  { path: 'pagefind/index/en_1.pf_index', bytes: 250 },
  { path: 'pagefind/index/zh-hans_1.pf_index', bytes: 380 },
  { path: 'pagefind/index/zh-hant_1.pf_index', bytes: 370 },
  { path: 'pagefind/fragment/en_2.pf_fragment', bytes: 12 },
  { path: 'pagefind/fragment/zh-hans_2.pf_fragment', bytes: 13 },
  { path: 'pagefind/filter/en_3.pf_filter', bytes: 1 },
  { path: 'pagefind/filter/zh-hans_3.pf_filter', bytes: 1 },
];

const entry: PagefindEntry = {
  languages: {
    en: { hash: 'en_aaa', wasm: 'en' },
    'zh-hans': { hash: 'zh-hans_bbb', wasm: null },
    'zh-hant': { hash: 'zh-hant_ccc', wasm: null },
  },
};

const paths = (files: BuiltFile[]) => files.map((file) => file.path);
const siteAssets = ['_astro/style.abc.css', '_astro/enhance.abc.js', 'favicon.svg', 'print-links.css', '404.html'];

describe('the files saved for an edition', () => {
  it('English: its pages, citation files, map and search terms, the site assets and the English search index; nothing of the other editions', () => {
    expect(paths(editionFiles(built, { code: 'en', lang: 'en' }, entry))).toEqual([
      ...siteAssets,
      'index.html',
      'chapters/sihanoukville/index.html',
      'cite/sihanoukville/casino-city/index.html',
      'cite/report.bib',
      'map/cambodia.svg',
      'search-terms.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.en.pagefind',
      'pagefind/pagefind.en_aaa.pf_meta',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/filter/en_3.pf_filter',
    ]);
  });

  it('Simplified Chinese: its own pages, the same site assets, and its own index with the WebAssembly for languages without a stemmer', () => {
    expect(paths(editionFiles(built, { code: 'zh-hans', lang: 'zh-Hans' }, entry))).toEqual([
      ...siteAssets,
      'zh/index.html',
      'zh/chapters/sihanoukville/index.html',
      'zh/search-terms.json',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind.zh-hans_bbb.pf_meta',
      'pagefind/index/zh-hans_1.pf_index',
      'pagefind/fragment/zh-hans_2.pf_fragment',
      'pagefind/filter/zh-hans_3.pf_filter',
    ]);
  });

  it('never the share pages, preview images, the PDF, the EPUB, host and crawler files, the feed, the worker, the lists or Pagefind’s own interface', () => {
    const every = ['en', 'zh-hans', 'zh-hant'] as const;
    const langs = { en: 'en', 'zh-hans': 'zh-Hans', 'zh-hant': 'zh-Hant' };
    const saved = new Set(every.flatMap((code) => paths(editionFiles(built, { code, lang: langs[code] }, entry))));
    for (const path of ['s/sihanoukville/casino-city/index.html', 'zh/s/sihanoukville/casino-city/index.html', 'og/report.png', 'zh/og/report.png', 'report.pdf', 'zh/report.pdf', 'report.epub', 'zh/report.epub', '_headers', 'robots.txt', 'sitemap-0.xml', 'sitemap-index.xml', 'corrections.xml', 'sw.js', 'offline.json', 'zh/offline.json', 'pagefind/pagefind-ui.js', 'pagefind/pagefind-worker.js']) {
      expect(saved, path).not.toContain(path);
    }
  });

  it('an edition Pagefind indexed no page of fails, naming the entry file and the languages it has', () => {
    expect(() => editionFiles(built, { code: 'en', lang: 'en' }, { languages: { 'zh-hans': { hash: 'x', wasm: null } } })).toThrow(
      'dist/pagefind/pagefind-entry.json: Pagefind indexed no pages in "en" (it has zh-hans), so that edition\'s search cannot be saved',
    );
  });
});

describe('the manifest', () => {
  it('lists each file at its address under the base path, pages as their folders, and totals the bytes', () => {
    const files = editionFiles(built, { code: 'zh-hans', lang: 'zh-Hans' }, entry);
    const manifest = offlineManifest('b1', 'zh-hans', '/report/', files);
    expect(manifest.build).toBe('b1');
    expect(manifest.edition).toBe('zh-hans');
    expect(manifest.bytes).toBe(100 + 50 + 5 + 7 + 30 + 21 + 41 + 4 + 470 + 3 + 550 + 2 + 380 + 13 + 1);
    expect(manifest.files.slice(5, 8)).toEqual([
      { url: '/report/zh/', bytes: 21 },
      { url: '/report/zh/chapters/sihanoukville/', bytes: 41 },
      { url: '/report/zh/search-terms.json', bytes: 4 },
    ]);
    expect(fileUrl('/', 'index.html')).toBe('/');
    expect(fileUrl('/', '404.html')).toBe('/404.html');
  });

  it('the size written into a page keeps the page the same length', () => {
    const page = `<section data-offline-bytes="${sizeMarker}"></section>`;
    const filled = fillSize(page, 1_497_413);
    expect(filled).toBe('<section data-offline-bytes="0001497413"></section>');
    expect(filled.length).toBe(page.length);
  });
});

describe('cache names', () => {
  it('carry the build and the edition, and other caches are not ours', () => {
    expect(parseCacheName(cacheName('a604c1068d01', 'zh-hant'))).toEqual({ build: 'a604c1068d01', edition: 'zh-hant' });
    expect(parseCacheName('workbox-precache')).toBeUndefined();
    expect(parseCacheName('report-offline:only-build')).toBeUndefined();
  });
});
