/** Longest query sent to the index; anything longer is cut, not rejected. */
export const maxQueryLength = 200;

/** Trims, collapses spaces and caps a raw query from the field or from `?q=`. */
export function normaliseQuery(raw: string | null | undefined): string {
  const collapsed = (raw ?? '').replace(/\s+/g, ' ').trim();
  return [...collapsed].slice(0, maxQueryLength).join('').trim();
}

/** Words too common to mark on a page, or to tell one glossary term from another. */
export const commonWords: ReadonlySet<string> = new Set(['a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'of', 'on', 'or', 'that', 'the', 'to', 'was', 'with']);

/** Whether a query has anything Pagefind could match: a letter or a digit. */
export function isSearchable(query: string): boolean {
  return /[\p{L}\p{N}]/u.test(query);
}
