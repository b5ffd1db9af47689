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
 * once); until it has one, the build warns and uses a UUID derived from the
 * edition's code (the same at every build, so an edition can be added as
 * data alone, as the README says, and still publish a stable identifier).
 */
import { createHash } from 'node:crypto';

export const epubIdentifiers = {
  en: 'urn:uuid:5da73f64-b7f3-43b5-a32f-472f3af32c63',
  'zh-hans': 'urn:uuid:f3fdcf07-7dc2-4b5c-95b9-5a295296181a',
  'zh-hant': 'urn:uuid:bbb10d14-5ba9-4d64-a0a3-3d23d0ec4af8',
} as const satisfies Record<string, `urn:uuid:${string}`>;

/** The identifier of an edition's EPUB, and whether it is one of those above (else derived from the edition's code). */
export function epubIdentifier(code: string): { identifier: string; pinned: boolean } {
  const pinned = (epubIdentifiers as Record<string, string>)[code];
  return pinned ? { identifier: pinned, pinned: true } : { identifier: `urn:uuid:${nameBasedUuid(`epub:${code}`)}`, pinned: false };
}

/** RFC 9562 version 5 (name-based, SHA-1) UUID of a name in the URL namespace: the same name always gives the same UUID. */
export function nameBasedUuid(name: string): string {
  const namespace = Buffer.from('6ba7b8119dad11d180b400c04fd430c8', 'hex');
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
