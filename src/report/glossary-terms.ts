/**
 * The glossary as a lookup from every name of a term to the section that
 * explains it. Built into `search-terms.json`; search uses it to put that
 * section first when a query names a term.
 */
import { commonWords } from '../outputs/search/search-query';

export type GlossaryTerms = Record<string, string>;

/** A section a query can name by its title: its address, its chapter's title and its own. */
export type TitledSection = [url: string, chapter: string, title: string];

/**
 * The small file search reads before its index (`search-terms.json`): every
 * glossary name with its section, and every section's title, so a reader
 * gets a first link while the index is still on its way.
 */
export interface SearchTerms {
  terms: GlossaryTerms;
  sections: TitledSection[];
}

/** Case, width and spacing do not matter when matching a query to a term. */
export function termKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\-–—]+/g, ' ').trim();
}

export function glossaryTerms(
  entries: ReadonlyArray<{ term: string; aliases: readonly string[]; searchAliases?: readonly string[]; see: string }>,
  base: string,
): GlossaryTerms {
  const terms: GlossaryTerms = {};
  for (const entry of entries) {
    for (const name of [entry.term, ...entry.aliases, ...(entry.searchAliases ?? [])].flatMap(nameForms)) {
      terms[termKey(name)] ??= `${base}${entry.see}`;
    }
  }
  return terms;
}


/**
 * A name as readers type it: whole, and without its bracketed short form,
 * which is a name too: 西哈努克港经济特区（SSEZ） is also 西哈努克港经济特区 and SSEZ.
 */
export function nameForms(name: string): string[] {
  const bracketed = /\s*[（(]([^）)]+)[）)]\s*/g;
  const inner = [...name.matchAll(bracketed)].map((match) => match[1]!.trim());
  const bare = name.replace(bracketed, ' ').trim();
  return [...new Set([name, bare, ...inner].filter((form) => form !== ''))];
}

/** The words of a name or query that tell it apart, singular (snakeheads → snakehead). */
function contentWords(text: string): string[] {
  return termKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !commonWords.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/**
 * The section that explains what a query names: the term it is, or else the
 * one term whose name holds every word of a query of two words or more
 * ("China Road and Bridge", "online gambling permits"), the closest fit
 * winning. Undefined when nothing fits, or when two terms fit equally well.
 */
export function definitionFor(terms: GlossaryTerms, query: string): string | undefined {
  const exact = terms[termKey(query)];
  if (exact) return exact;
  const words = contentWords(query);
  if (words.length < 2) return undefined;
  const fits = Object.entries(terms)
    .map(([name, target]) => ({ name: contentWords(name), target }))
    .filter(({ name }) => words.every((word) => name.includes(word)))
    .map(({ name, target }) => ({ target, fit: words.length / name.length }))
    .sort((a, b) => b.fit - a.fit);
  const [best, second] = fits;
  if (!best) return undefined;
  return second && second.fit === best.fit && second.target !== best.target ? undefined : best.target;
}

/**
 * The sections to offer at once, before the index is in: the one the
 * glossary says explains the query, then those whose title holds every word
 * of it (or, in Chinese, the whole query), at most `limit`.
 */
export function instantSections(file: SearchTerms, query: string, limit = 3): TitledSection[] {
  const definition = definitionFor(file.terms, query);
  const key = termKey(query);
  const words = contentWords(query);
  const titled = file.sections.filter(([, , title]) => {
    const titleKey = termKey(title);
    if (/\p{Script=Han}/u.test(key)) return titleKey.includes(key);
    const titleWords = contentWords(title);
    return words.length > 0 && words.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)));
  });
  const defining = file.sections.filter(([url]) => url === definition);
  return [...new Map([...defining, ...titled].map((section) => [section[0], section])).values()].slice(0, limit);
}
