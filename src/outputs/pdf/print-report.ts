/**
 * Prints an edition's single-page version (/print/, /zh/print/,
 * /zh-hant/print/) to a PDF with Chromium: A4, page numbers, a bookmark per
 * heading (each chapter at the top level) and a tagged, accessible text
 * layer in the page's language. The build calls it for every edition
 * (src/integrations/report-pdfs.ts).
 *
 * Chinese must print the same on any machine, whatever fonts it has: every
 * edition (English quotes Chinese words too) gets Noto Sans SC and TC from
 * npm, subset to the page's characters (src/outputs/cjk-fonts.ts), ahead of
 * every font the page names. No system Chinese font is then used: some come
 * out of Chromium as Type 3 fonts, or with their characters read back as
 * Kangxi radicals (⾦ for 金) in the text layer. Only the PDF gets these
 * fonts; the site never loads a web font.
 */
import type { Browser, Page } from '@playwright/test';
import { chineseFaces, chineseFamily, fontFaceCss, type ChineseScript } from '../cjk-fonts.ts';

/** The Chinese scripts a PDF carries fonts for: the edition's own first (registry: `cjkFonts`), then the others. */
export function pdfScripts(editionScripts: readonly ChineseScript[]): ChineseScript[] {
  return [...new Set<ChineseScript>([...editionScripts, 'sc', 'tc'])];
}

/** The family name the printer gives a script's subset, distinct from any installed font. */
const reportFamily = (script: ChineseScript) => `Report ${chineseFamily[script]}`;

/**
 * Adds the Chinese faces, subset to the page's text (hidden parts and the
 * title included), and puts them first in every element's font list. Each
 * face is limited to its characters (`unicode-range`), so Latin text keeps
 * the page's own fonts.
 */
async function addChineseFonts(page: Page, scripts: readonly ChineseScript[]): Promise<void> {
  const text = await page.evaluate(() => `${document.title}${document.body.textContent ?? ''}`);
  const css: string[] = [];
  for (const script of scripts) {
    const faces = [...(await chineseFaces(text, script, 400, 'woff2')), ...(await chineseFaces(text, script, 700, 'woff2'))];
    css.push(fontFaceCss(faces, reportFamily(script)));
  }
  await page.addStyleTag({ content: css.join('\n') });
  const families = scripts.map((script) => `"${reportFamily(script)}"`).join(', ');
  // Print styles first: elements shown only on paper get their fonts too.
  await page.emulateMedia({ media: 'print' });
  await page.evaluate((families) => {
    // In document order, so a child that inherits its parent's fonts is left alone.
    for (const element of document.querySelectorAll<HTMLElement | SVGElement>('body, body *')) {
      const current = getComputedStyle(element).fontFamily;
      if (!current.startsWith(families)) element.style.setProperty('font-family', `${families}, ${current}`, 'important');
    }
  }, families);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/**
 * Puts each SVG image's drawing into the page itself, its alt text as its
 * label: text in an image file is drawn with system fonts only (as Type 3
 * fonts, and in no font at all for Chinese where the machine has none); in
 * the page it takes the fonts added here and prints as real text. Its labels
 * print without their halo (a stroke), which Chromium would draw as Type 3.
 */
async function inlineSvgImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const image of [...document.querySelectorAll('img')].filter((image) => new URL(image.src).pathname.endsWith('.svg'))) {
      const response = await fetch(image.src);
      if (!response.ok) throw new Error(`${image.src}: HTTP ${response.status}`);
      const svg = new DOMParser().parseFromString(await response.text(), 'image/svg+xml').documentElement;
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', image.alt);
      svg.removeAttribute('width');
      svg.removeAttribute('height');
      svg.style.width = '100%';
      svg.style.height = 'auto';
      svg.style.maxWidth = `${image.width}px`;
      // Chromium prints outlined (stroked) text as Type 3 glyphs: labels lose their halo on paper, and stay text.
      for (const text of svg.querySelectorAll<SVGElement>('text, tspan')) text.style.setProperty('stroke', 'none', 'important');
      image.replaceWith(document.importNode(svg, true));
    }
  });
}

/**
 * Chromium names each bookmark after its heading's text as laid out, and
 * drops the space where a line wraps ("Sihanoukville and itsspecial economic
 * zone"). Headings whose spaces are kept at line ends (`pre-wrap`, their
 * runs of white space made single first) give bookmarks with every space.
 */
async function keepSpacesInBookmarks(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const heading of document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      const texts: Text[] = [];
      while (walker.nextNode()) texts.push(walker.currentNode as Text);
      for (const text of texts) text.data = text.data.replace(/\s+/g, ' ');
      if (texts[0]) texts[0].data = texts[0].data.trimStart();
      if (texts.at(-1)) texts.at(-1)!.data = texts.at(-1)!.data.trimEnd();
      heading.style.whiteSpace = 'pre-wrap';
    }
  });
}

/**
 * Links to other pages of the site lead, in the file, to the address readers
 * use (SITE_URL), not to the short-lived server the build prints from. Links
 * within the page stay as they are: Chromium makes them links within the file.
 */
async function linkToSite(page: Page, siteUrl: string): Promise<void> {
  await page.evaluate((siteUrl) => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      if (link.origin !== location.origin || link.pathname === location.pathname) continue;
      link.href = new URL(`${link.pathname}${link.search}${link.hash}`, siteUrl).href;
    }
  }, siteUrl);
}

/** Prints a page to an A4 PDF file, with page numbers in the footer, bookmarks and tags. */
export async function printToPdf(browser: Browser, url: string, output: string, options: { scripts: readonly ChineseScript[]; siteUrl: string }): Promise<void> {
  // The printer adds fonts to the page, which the page's own policy would refuse.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    const page = await context.newPage();
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'}`);
    await linkToSite(page, options.siteUrl);
    await inlineSvgImages(page);
    await keepSpacesInBookmarks(page);
    await addChineseFonts(page, pdfScripts(options.scripts));
    await page.pdf({
      path: output,
      format: 'A4',
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      tagged: true,
      outline: true,
    });
  } finally {
    await context.close();
  }
}
