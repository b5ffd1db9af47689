import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as cheerio from 'cheerio';
import { basePathOf, fillDownloadSizes } from './build-files';
import { conversionOf, editionStrings, getLocale, localeCodes, type LocaleCode } from '../editions/locales';
import { site } from '../config/site';
import { bookFromPrintPage, imageMediaType } from '../outputs/epub/book';
import { epubFileName, epubSizeMarker, fillEpubSize } from '../outputs/epub/epub-file';
import { epubIdentifier } from '../outputs/epub/identifiers';
import { epubArchive, type BookMetadata } from '../outputs/epub/package';

/**
 * Each edition's EPUB 3, made by every build (it needs no browser): after
 * the pages (and the PDFs) are written, each edition's built /print/ page is
 * read into one XHTML file per chapter, a cover and a navigation document
 * (src/outputs/epub/book.ts), packaged and zipped to `dist/<prefix>report.epub`
 * (src/outputs/epub/package.ts); then the size of each file is written into
 * its edition's links to it (src/components/EpubLink.astro).
 *
 * Runs before everything that reads the pages' HTML after the build (the
 * search index, the offline copies' sizes and build id, the check of dist/),
 * so what those compute is computed from the final pages, sizes filled in,
 * and the links to the EPUBs are checked like any other.
 */
export function reportEpubs(): AstroIntegration {
  let base = '/';
  let root = '';
  let siteUrl = '';
  return {
    name: 'report-epubs',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
        root = fileURLToPath(config.root);
        siteUrl = config.site ?? site.url;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const modified = new Date();
        const sizes = new Map<LocaleCode, number>();
        for (const code of localeCodes) {
          const edition = getLocale(code);
          const strings = stringsOf(root, code);
          const printFile = join(edition.prefix, 'print', 'index.html');
          const html = await readFile(join(outDir, printFile), 'utf8').catch(() => {
            throw new Error(`dist/${printFile}: missing; each edition's EPUB is made from its print page`);
          });
          const book = bookFromPrintPage(html, { file: `dist/${printFile}`, basePath: base, prefix: edition.prefix, siteUrl });
          const images = new Map<string, Uint8Array>();
          for (const image of book.images) {
            const bytes = await readFile(join(outDir, image.sitePath)).catch(() => undefined);
            if (bytes) images.set(image.sitePath, bytes);
          }
          const missing = book.images.filter((image) => !images.has(image.sitePath));
          if (missing.length > 0) {
            // A broken image is the check of dist/'s to report: it names the chapter's file and line, and fails the build.
            logger.warn(`skipped ${edition.prefix}${epubFileName}: ${missing.map((image) => `${base}${image.sitePath}`).join(', ')}, shown on dist/${printFile}, is not in dist/`);
            continue;
          }
          const { identifier, pinned } = epubIdentifier(code);
          if (!pinned) logger.warn(`the ${edition.englishName} edition (${code}) has no EPUB identifier in src/outputs/epub/identifiers.ts; this build used ${identifier}, derived from its code. Add one there (made once with crypto.randomUUID()) before publishing, and never change it`);
          const metadata: BookMetadata = {
            identifier,
            // This text is the web edition's restatement: its maker is the web edition, not the original's author.
            creator: site.publisher ?? strings('site.name'),
            publisher: site.publisher,
            source: site.original.url,
            published: site.published,
            modified,
            accessibilitySummary: strings('epub.accessibilitySummary'),
            landmarks: { heading: strings('epub.landmarks'), cover: strings('epub.cover'), start: strings('epub.start') },
            coverImage: await coverImageOf(outDir, edition.prefix, base),
          };
          const output = join(outDir, edition.prefix, epubFileName);
          const bytes = epubArchive(book, metadata, images);
          await writeFile(output, bytes);
          sizes.set(code, bytes.length);
        }

        // Each page's links to its edition's EPUB get the file's size, in the edition's way of writing numbers.
        await fillDownloadSizes(outDir, epubSizeMarker, sizes, fillEpubSize);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const list = [...sizes].map(([code, bytes]) => `${getLocale(code).prefix}${epubFileName} (${(bytes / 1e6).toFixed(2)} MB)`).join(', ');
        if (list) logger.info(`made ${list} in ${seconds} s`);
      },
    },
  };
}

/**
 * An edition's interface strings, read as the site reads them
 * (src/editions/translate.ts reads the files through Vite, which a build step
 * does not have); a missing one names the file a person edits.
 */
function stringsOf(root: string, code: LocaleCode): (key: string) => string {
  const file = `src/editions/${conversionOf(code)?.from ?? code}.json`;
  const table = editionStrings(code, (written) => JSON.parse(readFileSync(join(root, `src/editions/${written}.json`), 'utf8')) as Record<string, string>);
  return (key) => {
    const text = table[key];
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`${file}: "${key}" is missing or empty; the EPUB needs it`);
    return text;
  };
}

/** The edition's link-preview picture (its home page's og:image), as the book's cover image, if it is a file in dist/. */
async function coverImageOf(outDir: string, prefix: string, base: string): Promise<BookMetadata['coverImage']> {
  const home = await readFile(join(outDir, prefix, 'index.html'), 'utf8').catch(() => undefined);
  if (!home) return undefined;
  const address = cheerio.load(home)('meta[property="og:image"]').attr('content');
  if (!address) return undefined;
  const path = decodeURIComponent(new URL(address, 'http://site.invalid/').pathname);
  if (!path.startsWith(base)) return undefined;
  const sitePath = path.slice(base.length);
  const mediaType = imageMediaType(sitePath);
  const bytes = await readFile(join(outDir, sitePath)).catch(() => undefined);
  if (!mediaType || mediaType === 'image/svg+xml' || !bytes) return undefined;
  return { href: `images/cover${sitePath.slice(sitePath.lastIndexOf('.'))}`, mediaType, bytes };
}
