/**
 * `npm run pdf`: prints each edition's single-page version (/print/,
 * /zh/print/, /zh-hant/print/) to PDF with Chromium. Writes
 * public/report.pdf, public/zh/report.pdf and public/zh-hant/report.pdf,
 * which the next build publishes and links from each edition. Run after
 * `npm run build`; `npm run pdf` does both.
 *
 * Chinese must print on a machine with no Chinese fonts: for a Chinese page
 * the printer adds Noto Sans SC or TC from npm, subset to the page's
 * characters (src/utils/cjk-fonts.ts). Only the PDF gets it; the site never
 * loads a web font.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseBasePath } from '../config/site.ts';
import { serveDist } from '../../tests/support/static-server.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { chineseFaces, chineseFamily, fontFaceCss } from '../utils/cjk-fonts.ts';
import { localeCodes, locales } from '../i18n/locales.ts';

/** Gives a Chinese page a Chinese font from npm, subset to its text, ahead of any system font. */
async function addChineseFont(page: import('@playwright/test').Page): Promise<void> {
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  if (!lang.startsWith('zh')) return;
  const script = lang === 'zh-Hant' ? 'tc' : 'sc';
  const text = await page.evaluate(() => `${document.title}${document.body.innerText}`);
  const faces = [...(await chineseFaces(text, script, 400, 'woff2')), ...(await chineseFaces(text, script, 700, 'woff2'))];
  const family = `Report ${chineseFamily[script]}`;
  // The Traditional edition quotes the article's Simplified words: a Simplified face as well.
  const simplified = script === 'tc' ? await chineseFaces(text, 'sc', 400, 'woff2') : [];
  const fallback = `Report ${chineseFamily.sc}`;
  await page.addStyleTag({
    content: `${fontFaceCss(faces, family)}\n${fontFaceCss(simplified, fallback)}\n:root { --font-cjk: '${family}', '${fallback}', sans-serif !important; }`,
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
    await addChineseFont(page);
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
  const root = join(import.meta.dirname, '..', '..');
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
