import type { GlossaryEntry } from '../schemas/glossary';

/** Splits `chapters/slug/#id` into the page path and the section id. */
export function splitSectionRef(see: string): { page: string; id: string } {
  const [page = '', id = ''] = see.split('#');
  return { page, id };
}

/** The sentence added to the index after a section's heading. */
export function aliasSentence(entries: readonly GlossaryEntry[]): string {
  const names = entries.flatMap((entry) => [entry.term, ...entry.aliases]);
  return `Glossary: ${[...new Set(names)].join('; ')}.`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Adds each glossary entry's names right after the heading of the section that
 * explains it, weighted like a heading, so a search for any alias ranks that
 * section first. Throws, naming the entry, when the section does not exist.
 */
export function addGlossaryToPage(
  html: string,
  pagePath: string,
  entries: readonly GlossaryEntry[],
  sourceFile: string,
): string {
  const bySection = new Map<string, GlossaryEntry[]>();
  for (const entry of entries) {
    const { page, id } = splitSectionRef(entry.see);
    if (page !== pagePath) continue;
    bySection.set(id, [...(bySection.get(id) ?? []), entry]);
  }
  let out = html;
  for (const [id, sectionEntries] of bySection) {
    const heading = new RegExp(`(<(h[1-6])\\b[^>]*\\sid="${id}"[^>]*>[\\s\\S]*?</\\2>)`);
    if (!heading.test(out)) {
      const names = sectionEntries.map((entry) => entry.id).join(', ');
      throw new Error(
        `${sourceFile}: entry "${names}", field "see": there is no heading with id "${id}" on ${pagePath}`,
      );
    }
    out = out.replace(
      heading,
      `$1<p data-pagefind-weight="7">${escapeHtml(aliasSentence(sectionEntries))}</p>`,
    );
  }
  return out;
}
