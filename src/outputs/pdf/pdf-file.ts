/**
 * The PDF each edition publishes, as its pages link it: `<prefix>report.pdf`,
 * and the size the links show. Pages are written before the PDFs are
 * printed, so a link carries `pdfSizeMarker`, which the build replaces with
 * the size of the file it wrote (src/integrations/report-pdfs.ts). Pure
 * functions, tested without a build.
 */
import { formatFileSize } from '../file-size';

/** The PDF's name in each edition's folder. */
export const pdfFileName = 'report.pdf';

/** Set (to "1") while a build that will print the PDFs renders its pages; the pages link the PDF only then. */
export const pdfsPlannedVariable = 'REPORT_PDFS_PLANNED';

/** Whether the pages being rendered will have PDFs to link. */
export function pdfsPlanned(): boolean {
  return typeof process !== 'undefined' && process.env[pdfsPlannedVariable] === '1';
}

/** What a page shows where the PDF's size will go, until the build has printed it. */
export const pdfSizeMarker = '[size of report.pdf]';

/** A page with every PDF size marker replaced by the size, written for the edition's language. */
export function fillPdfSize(html: string, bytes: number, intl: string): string {
  return html.replaceAll(pdfSizeMarker, formatFileSize(bytes, intl));
}
