/**
 * The PDF the build prints for each edition (src/integrations/report-pdfs.ts),
 * read back as a reader's software reads it: its text layer and bookmarks
 * with PDF.js, its fonts and catalog with pdf-lib. A missing PDF fails here:
 * the build makes them wherever a browser is found, and CI always has one.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString, decodePDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import { getLocale, localeCodes, type LocaleCode } from '../../src/editions/locales';
import { formatFileSize } from '../../src/outputs/file-size';
import { pdfFileName, pdfSizeMarker } from '../../src/outputs/pdf/pdf-file';

const dist = 'dist';
const basePath = normaliseBasePath(process.env['BASE_PATH']);

/** Words each edition's PDF must hold as text, as printed. */
const promisedWords: Record<LocaleCode, string[]> = {
  en: ['snakehead', 'Sihanoukville'],
  'zh-hans': ['诈骗'],
  'zh-hant': ['詐騙'],
};

/** Kangxi radicals and the CJK radicals supplement: what a system font's text layer can give for 金 and others. */
const radical = /[\u2E80-\u2EFF\u2F00-\u2FDF]/u;
const han = /[\u2E80-\u9FFF\uF900-\uFAFF\u{20000}-\u{3FFFF}]/u;

/** Text with every space and line break taken out: PDF text runs join lines without one. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

interface FontInfo {
  name: string;
  subtype: string;
  embedded: boolean;
  /** The characters its ToUnicode map gives. */
  characters: string;
}

/** Every font dictionary in the file, with where its glyphs come from and what text they stand for. */
function fontsOf(pdf: PDFDocument): FontInfo[] {
  const fonts: FontInfo[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type'))?.toString() !== '/Font') continue;
    const subtype = object.get(PDFName.of('Subtype'))?.toString() ?? '';
    if (subtype === '/CIDFontType0' || subtype === '/CIDFontType2') continue; // Read through their Type 0 parent.
    const described = subtype === '/Type0' ? object.lookup(PDFName.of('DescendantFonts'), PDFArray).lookup(0, PDFDict) : object;
    const descriptor = described.lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const embedded = !!descriptor && ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor.has(PDFName.of(key)));
    const toUnicode = object.lookup(PDFName.of('ToUnicode'));
    fonts.push({
      name: object.get(PDFName.of('BaseFont'))?.toString() ?? '(no name)',
      subtype,
      embedded,
      characters: toUnicode instanceof PDFRawStream ? unicodeOf(Buffer.from(decodePDFRawStream(toUnicode).decode()).toString('latin1')) : '',
    });
  }
  return fonts;
}

/** The characters a ToUnicode CMap maps to (bfchar targets and bfrange starts and ends). */
function unicodeOf(cmap: string): string {
  const targets = [...cmap.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>(?:\s*<([0-9A-Fa-f]+)>)?/g)].map((match) => match[3] ?? match[2]!);
  return targets
    .map((hex) => {
      const units = hex.match(/.{4}/g) ?? [];
      return String.fromCharCode(...units.map((unit) => parseInt(unit, 16)));
    })
    .join('');
}

interface Outline {
  title: string;
  dest: unknown;
  items: Outline[];
}

for (const code of localeCodes) {
  const edition = getLocale(code);
  const file = join(dist, edition.prefix, pdfFileName);

  describe(`${edition.englishName}: /${edition.prefix}${pdfFileName}`, () => {
    let doc: PDFDocumentProxy;
    let pdf: PDFDocument;
    let pages: string[];
    const printPage = cheerio.load(readFileSync(join(dist, edition.prefix, 'print', 'index.html'), 'utf8'));

    beforeAll(async () => {
      if (!existsSync(file)) throw new Error(`${file} is missing: the build prints it when it finds a browser (see the build's "skipped the PDFs" line)`);
      const bytes = new Uint8Array(readFileSync(file));
      doc = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
      pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      pages = [];
      for (let number = 1; number <= doc.numPages; number += 1) {
        const content = await (await doc.getPage(number)).getTextContent();
        pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
      }
    });

    it('holds the text as printed: the promised words, and no radical standing in for a character', () => {
      const text = pages.join('\n');
      for (const word of promisedWords[code]) expect(squeeze(text), word).toContain(word);
      const radicals = [...new Set([...text].filter((character) => radical.test(character)))];
      expect(radicals, 'Kangxi radicals or CJK radicals in the text layer').toEqual([]);
    });

    it('embeds every font, none of them Type 3, and sets Chinese only in the Noto Sans subsets', () => {
      const fonts = fontsOf(pdf);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.filter((font) => font.subtype === '/Type3').map((font) => font.name), 'Type 3 fonts').toEqual([]);
      expect(fonts.filter((font) => !font.embedded).map((font) => font.name), 'fonts not embedded').toEqual([]);
      const chineseInOtherFonts = fonts.filter((font) => han.test(font.characters) && !/\+NotoSans(SC|TC)/.test(font.name));
      expect(chineseInOtherFonts.map((font) => font.name), 'Chinese set in a system font').toEqual([]);
      // Every edition prints Chinese words (English quotes them too), and the check above read them.
      expect(fonts.some((font) => han.test(font.characters) && /\+NotoSans(SC|TC)/.test(font.name))).toBe(true);
    });

    it('opens with the cover: whose text it is, the edition and its build date, and the address', () => {
      const cover = printPage('[data-cover]');
      const first = squeeze(pages[0]!);
      expect(cover.length).toBe(1);
      for (const part of ['.kicker', 'h1', '.whose']) expect(first, part).toContain(squeeze(cover.find(part).first().text()));
      const built = cover.find('time').first();
      expect(built.attr('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(first).toContain(squeeze(built.text()));
      expect(first).toContain(squeeze(edition.name));
      const home = printPage('link[rel="canonical"]').attr('href')!.replace(/print\/$/, '');
      expect(first).toContain(home);
      // The original's author is named as its author, not as this text's.
      expect(first).toContain(squeeze(printPage('.whose a').attr('href')!));
    });

    it('has a bookmark per chapter, in order, each leading to its page', async () => {
      const outline = ((await doc.getOutline()) ?? []) as Outline[];
      const top = outline.length === 1 ? outline[0]!.items : outline;
      const contents = printPage('#contents-heading').text();
      const chapters = printPage('article.print-chapter h2.chapter-title').map((_, heading) => printPage(heading).text()).get();
      expect(chapters.length).toBeGreaterThan(0);
      // Titles as written, spaces included (Chromium drops the one where a heading's line wraps, unless the printer keeps it).
      const asWritten = (text: string) => text.replace(/\s+/g, ' ').trim();
      expect(top.map((entry) => asWritten(entry.title))).toEqual([contents, ...chapters].map(asWritten));
      let previous = -1;
      for (const entry of top.slice(1)) {
        expect(entry.items.length, entry.title).toBeGreaterThan(0);
        const dest = (typeof entry.dest === 'string' ? await doc.getDestination(entry.dest) : entry.dest) as unknown[] | null;
        const page = await doc.getPageIndex(dest![0] as { num: number; gen: number });
        expect(page, entry.title).toBeGreaterThan(previous);
        previous = page;
      }
    });

    it('links its table of contents to the pages within it', async () => {
      // The contents follow the cover; their links go to places in the file, not to the web.
      const annotations = await (await doc.getPage(2)).getAnnotations();
      const internal = annotations.filter((annotation) => annotation.subtype === 'Link' && annotation.dest);
      expect(internal.length).toBeGreaterThanOrEqual(printPage('nav.contents a').length / 2);
    });

    it('leads its links to other pages to the address readers use, not to the server the build printed from', async () => {
      const origin = new URL(printPage('link[rel="canonical"]').attr('href')!).origin;
      const urls: URL[] = [];
      for (let number = 1; number <= doc.numPages; number += 1) {
        for (const annotation of await (await doc.getPage(number)).getAnnotations()) {
          if (annotation.subtype === 'Link' && annotation.url) urls.push(new URL(annotation.url));
        }
      }
      const site = urls.filter((url) => url.origin === origin);
      expect(site.length).toBeGreaterThan(0);
      for (const url of site) expect(url.pathname.startsWith(basePath), url.href).toBe(true);
      const local = urls.filter((url) => url.origin !== origin && ['127.0.0.1', 'localhost'].includes(url.hostname));
      expect(local.map((url) => url.href)).toEqual([]);
    });

    it('is tagged, in the edition\'s language', () => {
      const markInfo = pdf.catalog.lookupMaybe(PDFName.of('MarkInfo'), PDFDict);
      expect(markInfo?.get(PDFName.of('Marked'))?.toString()).toBe('true');
      expect(pdf.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)).toBeDefined();
      const lang = pdf.catalog.lookup(PDFName.of('Lang'));
      expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toBe(edition.lang);
    });
  });

  describe(`${edition.englishName}: links to the PDF`, () => {
    for (const page of ['', 'print/', 'about/']) {
      it(`/${edition.prefix}${page} links it with its size`, () => {
        const $ = cheerio.load(readFileSync(join(dist, edition.prefix, page, 'index.html'), 'utf8'));
        const links = $(`a[href="${basePath}${edition.prefix}${pdfFileName}"]`);
        expect(links.length).toBeGreaterThan(0);
        const size = formatFileSize(statSync(file).size, edition.intl);
        links.each((_, link) => {
          expect($(link).find('[data-pdf-size]').text()).toBe(size);
        });
        expect($.html()).not.toContain(pdfSizeMarker);
      });
    }
  });
}
