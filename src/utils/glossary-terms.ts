/**
 * The glossary as a lookup from every name of a term to the section that
 * explains it. Built into `search-terms.json`; search uses it to put that
 * section first when a query is exactly one of those names.
 */
export type GlossaryTerms = Record<string, string>;

/** Case, width and spacing do not matter when matching a query to a term. */
export function termKey(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en').replace(/[\s\-–—]+/g, ' ').trim();
}

export function glossaryTerms(
  entries: ReadonlyArray<{ term: string; aliases: readonly string[]; see: string }>,
  base: string,
): GlossaryTerms {
  const terms: GlossaryTerms = {};
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases]) {
      terms[termKey(name)] ??= `${base}${entry.see}`;
    }
  }
  return terms;
}
