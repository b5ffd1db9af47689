/**
 * Each edition's EPUB identifier: the package's `dc:identifier` (its
 * `unique-identifier`), one constant UUID per edition.
 *
 * Never change one, and never reuse one for another edition. Reading
 * systems and libraries (Apple Books, Calibre, Thorium, Kobo …) recognise a
 * book by this identifier: a rebuilt EPUB with the same identifier is a new
 * version of the book a reader already has, which replaces it and keeps
 * their reading position, highlights and notes; a new identifier makes every
 * rebuild a different book, a duplicate in their library. The build writes
 * the date it made the file into `dcterms:modified`, which is what tells
 * versions apart. A new edition gets a new UUID here (`crypto.randomUUID()`,
 * once), and the type below makes the build fail until it has one.
 */
import type { LocaleCode } from '../../editions/locales';

export const epubIdentifiers = {
  en: 'urn:uuid:5da73f64-b7f3-43b5-a32f-472f3af32c63',
  'zh-hans': 'urn:uuid:f3fdcf07-7dc2-4b5c-95b9-5a295296181a',
  'zh-hant': 'urn:uuid:bbb10d14-5ba9-4d64-a0a3-3d23d0ec4af8',
} as const satisfies Record<LocaleCode, `urn:uuid:${string}`>;

/** The identifier of an edition's EPUB; a clear error for an edition without one. */
export function epubIdentifier(code: string): string {
  const identifier = (epubIdentifiers as Record<string, string>)[code];
  if (!identifier) throw new Error(`src/outputs/epub/identifiers.ts: the ${code} edition has no EPUB identifier; add one (urn:uuid:, made once with crypto.randomUUID()) and never change it`);
  return identifier;
}
