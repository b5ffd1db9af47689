/**
 * `npm run pdf`: prints the single-page edition (/print/) to PDF with
 * Chromium. Writes public/report.pdf, which the next build publishes and
 * links from the site. Run after `npm run build`; `npm run pdf` does both.
 */
import { chromium } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseBasePath } from '../config/site.ts';
import { serveDist } from '../../tests/support/static-server.ts';
import { chromiumLaunchOptions } from './chromium.ts';

/** Prints a page to an A4 PDF file, with page numbers in the footer. */
export async function printToPdf(url: string, output: string): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
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
  await mkdir(join(root, 'public'), { recursive: true });
  const output = join(root, 'public', 'report.pdf');
  try {
    await printToPdf(`${server.url}print/`, output);
  } finally {
    await server.close();
  }
  console.log(`wrote ${output}; build again to publish it`);
}
