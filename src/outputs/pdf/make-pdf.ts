/**
 * `npm run pdf`: prints each edition's single-page version (/print/,
 * /zh/print/, /zh-hant/print/) to PDF with Chromium. Writes
 * public/report.pdf, public/zh/report.pdf and public/zh-hant/report.pdf,
 * which the next build publishes and links from each edition. Run after
 * `npm run build`; `npm run pdf` does both.
 *
 * Chinese must print on a machine with no Chinese fonts: for a Chinese page
 * the printer adds Noto Sans SC or TC from npm, subset to the page's
 * characters (src/outputs/cjk-fonts.ts). Only the PDF gets it; the site never
 * loads a web font.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseBasePath } from '../../config/site.ts';
import { serveDist } from '../../../tests/support/static-server.ts';
import { chromiumLaunchOptions } from '../../cli/chromium.ts';
import { chineseFaces, chineseFamily, fontFaceCss, type ChineseScript } from '../cjk-fonts.ts';
import { getLocale, localeCodes, locales } from '../../editions/locales.ts';

/** Gives a page of an edition that needs Chinese fonts (registry: `cjkFonts`) those fonts from npm, subset to its text, ahead of any system font. */
async function addChineseFont(page: import('@playwright/test').Page, scripts: readonly ChineseScript[]): Promise<void> {
  const [script, ...quoted] = scripts;
  if (!script) return;
  const text = await page.evaluate(() => `${document.title}${document.body.innerText}`);
  const faces = [...(await chineseFaces(text, script, 400, 'woff2')), ...(await chineseFaces(text, script, 700, 'woff2'))];
  const family = `Report ${chineseFamily[script]}`;
  // A script the edition quotes (the Traditional edition quotes the article's Simplified words): one weight of it.
  const fallbacks = await Promise.all(quoted.map(async (other) => ({ family: `Report ${chineseFamily[other]}`, faces: await chineseFaces(text, other, 400, 'woff2') })));
  await page.addStyleTag({
    content: [fontFaceCss(faces, family), ...fallbacks.map((fallback) => fontFaceCss(fallback.faces, fallback.family))].join('\n') +
      `\n:root { --font-cjk: ${[family, ...fallbacks.map((fallback) => fallback.family)].map((name) => `'${name}'`).join(', ')}, sans-serif !important; }`,
  });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}

/** Prints a page to an A4 PDF file, with page numbers in the footer. */
export async function printToPdf(url: string, output: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // The printer adds a font to the page, which the page's own policy would refuse.
    const context = await browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    // The page's language names its edition, and the edition the fonts it needs.
    const lang = await page.locator('html').getAttribute('lang');
    const edition = localeCodes.map(getLocale).find((locale) => locale.lang === lang);
    await addChineseFont(page, edition?.cjkFonts ?? []);
    await page.pdf({
      path: output,
      format: 'A4',
      margin: { top: '18mm', bottom: '20mm', left: '16mm', right: '16mm' },
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#555"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = join(import.meta.dirname, '..', '..', '..');
  const base = normaliseBasePath(process.env['BASE_PATH']);
  const server = await serveDist(join(root, 'dist'), base);
  try {
    for (const code of localeCodes) {
      const prefix = locales[code].prefix;
      await mkdir(join(root, 'public', prefix), { recursive: true });
      const output = join(root, 'public', prefix, 'report.pdf');
      await printToPdf(`${server.url}${prefix}print/`, output);
      console.log(`wrote ${output}`);
    }
  } finally {
    await server.close();
  }
  console.log('build again to publish them');
}
