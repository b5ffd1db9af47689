import { localeCodes, localeOfPath, localisedPath, sourceLocale, unprefixedPath } from '../editions/locales.ts';

/**
 * The registry of published anchors (`content/anchors.json`), read the same
 * way by the link controls, the check of the built site, the share and cite
 * pages and `npm run anchors:record`.
 *
 * Every edition carries the English page's ids, so a page is registered once,
 * under its English path (`chapters/sihanoukville/`), and that entry holds in
 * every edition: an alias declared there (`"old-id": "new-id"`) lands in all
 * of them. An edition's own path (`zh/about/`) lists only the ids that
 * edition adds (a section a translated page may add), which
 * `npm run anchors:record` writes there by itself.
 */
export type AnchorRegistry = Record<string, Record<string, true | string>>;
export type RegistryEntries = Record<string, true | string>;

/** What holds for one built page (`zh/chapters/x/`): its English page's entries and, for a translation, its own. */
export function entriesOfPage(registry: AnchorRegistry, page: string): RegistryEntries {
  const english = unprefixedPath(page);
  return english === page ? { ...registry[page] } : { ...registry[english], ...registry[page] };
}

/** Whether an id counts as published on a page: listed, or the new place of a renamed one. */
export function isRecorded(entries: RegistryEntries, id: string): boolean {
  return id in entries || Object.values(entries).includes(id);
}

/** Every built page the registry speaks for: each English entry in every edition, and each edition's own. */
export function registeredPages(registry: AnchorRegistry): string[] {
  return Object.keys(registry).flatMap((page) => (localeOfPath(page) === sourceLocale ? localeCodes.map((code) => localisedPath(code, page)) : [page]));
}

/** The renamed ids of a page, old → new. */
export function aliasesOf(entries: RegistryEntries): Array<[string, string]> {
  return Object.entries(entries).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
}

/** The kind of an anchor, read from its id: a link to a paragraph is not renamed to a heading. */
function kindOf(id: string): string {
  return id.startsWith('p-') ? 'paragraph' : id.startsWith('finding-') ? 'finding' : 'other';
}

/** Likeness of two ids: the words they share (`port` and `port-and-shipping`: 1), then the share of letter pairs they have in common. */
function likeness(a: string, b: string): number {
  const words = new Set(a.split('-'));
  return b.split('-').filter((word) => words.delete(word)).length + letterPairLikeness(a, b);
}

/** The share of their letter pairs two ids have in common, 0 to 1 (Dice). */
function letterPairLikeness(a: string, b: string): number {
  const pairs = (text: string) => Array.from({ length: Math.max(text.length - 1, 0) }, (_, i) => text.slice(i, i + 2));
  const left = pairs(a);
  const right = pairs(b);
  if (left.length + right.length === 0) return 0;
  const pool = [...right];
  let shared = 0;
  for (const pair of left) {
    const at = pool.indexOf(pair);
    if (at >= 0) {
      shared++;
      pool.splice(at, 1);
    }
  }
  return (2 * shared) / (left.length + right.length);
}

/**
 * The id a published anchor that has gone most likely became, for the
 * message that asks for an alias: among the page's new (unrecorded) ids of
 * the same kind, the one most like it (a renamed heading, a paragraph whose
 * written id was lost); else the anchor now in its place, the next one of
 * its kind in the registry (which lists a page's anchors in page order) that
 * is still on the page, or the one before it. Undefined when there is none.
 */
export function likelyNewId(gone: string, entries: RegistryEntries, onPage: readonly string[]): string | undefined {
  const kind = kindOf(gone);
  const present = new Set(onPage);
  const fresh = onPage.filter((id) => kindOf(id) === kind && !isRecorded(entries, id));
  if (fresh.length > 0) return fresh.reduce((best, id) => (likeness(gone, id) > likeness(gone, best) ? id : best));
  const listed = Object.keys(entries).filter((id) => entries[id] === true && kindOf(id) === kind);
  const at = listed.indexOf(gone);
  return listed.slice(at + 1).find((id) => present.has(id)) ?? listed.slice(0, Math.max(at, 0)).reverse().find((id) => present.has(id));
}
