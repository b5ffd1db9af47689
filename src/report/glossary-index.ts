import type { CheerioAPI } from 'cheerio';
import type { GlossaryEntry } from './schemas/glossary';
import { addedWordsClose, addedWordsOpen } from '../text/han-and-khmer';

/** Splits `chapters/slug/#id` into the page path and the section id. */
export function splitSectionRef(see: string): { page: string; id: string } {
  const [page = '', id = ''] = see.split('#');
  return { page, id };
}

/**
 * The words added to the index after a section's heading: every name of the
 * entries it explains, search-only aliases included. Bracketed like the other
 * index-only words, so result excerpts drop them (cleanIndexText).
 */
export function aliasWords(entries: readonly GlossaryEntry[]): string {
  const names = entries.flatMap((entry) => [entry.term, ...entry.aliases, ...entry.searchAliases]);
  return `${addedWordsOpen} ${[...new Set(names)].join('; ')} ${addedWordsClose}`;
}

/**
 * Adds each glossary entry's names right after the heading of the section that
 * explains it, weighted like a heading, so a search for any alias ranks that
 * section first. Throws, naming the entry, when the section does not exist.
 * Changes the parsed page, which only the index reads.
 */
export function addGlossaryToPage(
  $: CheerioAPI,
  pagePath: string,
  entries: readonly GlossaryEntry[],
  sourceFile: string,
): void {
  const bySection = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const { page, id } = splitSectionRef(entry.see);
    if (page !== pagePath) continue;
    bySection.set(id, [...(bySection.get(id) ?? []), entry]);
  }
  for (const [id, sectionEntries] of bySection) {
    const heading = $(`h1[id="${id}"], h2[id="${id}"], h3[id="${id}"], h4[id="${id}"], h5[id="${id}"], h6[id="${id}"]`);
    if (heading.length === 0) {
      const names = sectionEntries.map((entry) => entry.id).join(', ');
      throw new Error(`${sourceFile}: entry "${names}", field "see": there is no heading with id "${id}" on ${pagePath}`);
    }
    heading.first().after($('<p data-pagefind-weight="7"></p>').text(aliasWords(sectionEntries)));
  }
}
