/**
 * The EPUB each edition publishes, as its pages link it: `<prefix>report.epub`,
 * and the size the links show. Pages are written before the EPUBs are made
 * from them, so a link carries `epubSizeMarker`, which the build replaces
 * with the size of the file it wrote (src/integrations/report-epubs.ts).
 */
import { formatFileSize } from '../file-size';

/** The EPUB's name in each edition's folder. */
export const epubFileName = 'report.epub';

/** What a page shows where the EPUB's size will go, until the build has made it. */
export const epubSizeMarker = '[size of report.epub]';

/** A page with every EPUB size marker replaced by the size, written for the edition's language. */
export function fillEpubSize(html: string, bytes: number, intl: string): string {
  return html.replaceAll(epubSizeMarker, formatFileSize(bytes, intl));
}
