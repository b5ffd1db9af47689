import type { AstroIntegration } from 'astro';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { basePathOf, fillDownloadSizes } from './build-files';
import { getLocale, localeCodes, type LocaleCode } from '../editions/locales';
import { fillPdfSize, pdfFileName, pdfSizeMarker, pdfsPlannedVariable } from '../outputs/pdf/pdf-file';
import { printToPdf } from '../outputs/pdf/print-report';
import { serveDist } from '../serve/static-server';
import { chooseChromium, describeChromium, launchOptionsFor } from '../cli/chromium';
import { whyNoPdfs } from '../outputs/pdf/pdf-plan';
import { chromium } from '@playwright/test';

/**
 * Each edition's PDF, made by the build whenever a browser is at hand: after
 * the pages are written, dist/ is served and each edition's /print/ page is
 * printed to `dist/<prefix>report.pdf` (src/outputs/pdf/print-report.ts);
 * then the size of each file is written into its edition's links to it
 * (src/components/PdfLink.astro). Where no Chromium is found (see
 * src/cli/chromium.ts), or REPORT_PDFS=off, the build says once why it
 * skipped the PDFs, and no page links one; with REPORT_PDFS=required (the
 * deploy workflow) a missing browser fails the build instead.
 *
 * Runs before everything that reads the pages' HTML after the build (the
 * search index, the offline copies' sizes and build id, the check of dist/),
 * so what those compute is computed from the final pages, sizes filled in.
 */
export function reportPdfs(): AstroIntegration {
  let base = '/';
  let siteUrl = '';
  let skipped: string | undefined;
  return {
    name: 'report-pdfs',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        skipped = whyNoPdfs(process.env['REPORT_PDFS'], chooseChromium);
        // Read by the pages as they render (src/outputs/pdf/pdf-file.ts): link the PDF only when it will exist.
        if (skipped) delete process.env[pdfsPlannedVariable];
        else process.env[pdfsPlannedVariable] = '1';
      },
      'astro:config:done': ({ config }) => {
        base = basePathOf(config);
        siteUrl = config.site ?? '';
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (skipped) {
          logger.warn(`skipped the PDFs: ${skipped}`);
          return;
        }
        const outDir = fileURLToPath(dir);
        const started = Date.now();
        const choice = chooseChromium();
        logger.info(describeChromium(choice));
        const sizes = new Map<LocaleCode, number>();
        const server = await serveDist(outDir, base);
        const browser = await chromium.launch(launchOptionsFor(choice));
        try {
          for (const code of localeCodes) {
            const edition = getLocale(code);
            const output = join(outDir, edition.prefix, pdfFileName);
            await printToPdf(browser, `${server.url}${edition.prefix}print/`, output, { scripts: edition.cjkFonts, siteUrl });
            sizes.set(code, (await stat(output)).size);
          }
        } finally {
          await browser.close();
          await server.close();
        }

        // Each page's links to its edition's PDF get the file's size, in the edition's way of writing numbers.
        await fillDownloadSizes(outDir, pdfSizeMarker, sizes, fillPdfSize);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        const list = localeCodes.map((code) => `${getLocale(code).prefix}${pdfFileName} (${(sizes.get(code)! / 1e6).toFixed(1)} MB)`).join(', ');
        logger.info(`printed ${list} in ${seconds} s`);
      },
    },
  };
}
