/**
 * What a first visit to a built page costs, in gzip-compressed bytes, read
 * from dist/ (deterministic, unlike timings): the HTML, its stylesheets, the
 * scripts it loads before any interaction (and their static imports), and
 * its images.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  images: number;
  total: number;
  jsFiles: string[];
}

const gzipped = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** A site URL (`/report/_astro/x.js`) as a file in dist. */
function fileFor(dist: string, basePath: string, url: string): string {
  return join(dist, url.startsWith(basePath) ? url.slice(basePath.length) : url.replace(/^\//, ''));
}

/** Static `import` targets of a built module: chunks that load with it. */
function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:^|[;}\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g)].map((match) => match[1]!);
}

export function pageWeight(dist: string, basePath: string, page: string): PageWeight {
  const htmlText = readFileSync(join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
  const $ = cheerio.load(htmlText);
  const css = $('link[rel="stylesheet"]')
    .map((_, link) => gzipped(readFileSync(fileFor(dist, basePath, $(link).attr('href')!))))
    .get()
    .reduce((sum, size) => sum + size, 0);
  const jsFiles = new Set<string>();
  const visit = (url: string) => {
    if (jsFiles.has(url)) return;
    jsFiles.add(url);
    const code = readFileSync(fileFor(dist, basePath, url), 'utf8');
    for (const target of staticImports(code)) visit(posix.join(posix.dirname(url), target));
  };
  $('script[src]').each((_, script) => visit($(script).attr('src')!));
  const js = [...jsFiles].map((url) => gzipped(readFileSync(fileFor(dist, basePath, url)))).reduce((a, b) => a + b, 0);
  const imageUrls = [
    ...$('img[src]').map((_, img) => $(img).attr('src')!).get(),
    ...$('link[rel="icon"]').map((_, link) => $(link).attr('href')!).get(),
  ];
  const images = imageUrls.map((url) => gzipped(readFileSync(fileFor(dist, basePath, url)))).reduce((a, b) => a + b, 0);
  const html = gzipped(htmlText);
  return { html, css, js, images, total: html + css + js + images, jsFiles: [...jsFiles] };
}

/**
 * The stylesheets a page links that hold up its first paint: all of them but
 * those for another medium (`media="print"`).
 */
export function renderBlockingStylesheets(dist: string, page: string): string[] {
  const $ = cheerio.load(readFileSync(join(dist, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8'));
  return $('link[rel="stylesheet"]')
    .filter((_, link) => ['', 'all', 'screen'].includes(($(link).attr('media') ?? '').trim()))
    .map((_, link) => $(link).attr('href')!)
    .get();
}

/** The budgets, in bytes, and where the README explains them. */
export const budgets = {
  /** A chapter's HTML and CSS fit in the first round trip (about 14 KB). */
  chapterHtmlAndCss: 14 * 1024,
  /** Script loaded before any interaction, on any page: 2.5 KB since the switcher keeps the paragraph and Escape closes the menu (2.1 KB today). */
  initialJs: 2.5 * 1024,
  /** Everything a page needs before interaction, images included. */
  total: 100 * 1024,
};
