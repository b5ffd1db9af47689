import { z } from 'astro/zod';

/** `chapters/slug/#heading-id` or `about/#heading-id`: a page path and a section id. */
export const sectionRef = /^(?:[a-z0-9-]+\/)+#[a-z0-9-]+$/;

/** An entry's words in a translated edition: the same facts, in that language. */
const glossaryTranslation = z
  .object({
    term: z.string({ error: 'is required' }).min(1, { error: 'cannot be empty' }),
    /** Other names, shown as "Also:" in that edition (names in other scripts included). */
    aliases: z.array(z.string().min(1, { error: 'an alias cannot be empty' })).default([]),
    definition: z
      .string({ error: 'is required' })
      .min(10, { error: 'must be at least 10 characters' })
      .max(200, { error: 'must be at most 200 characters' }),
    note: z.string().min(5, { error: 'must be at least 5 characters' }).max(120, { error: 'must be at most 120 characters' }).optional(),
  })
  .strict();

/** One entry of `content/glossary.yaml`. */
export const glossaryEntrySchema = z
  .object({
    /** Stable anchor on the glossary page, e.g. `snakehead` → `/glossary/#snakehead`. */
    id: z.string({ error: 'is required' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be lowercase words joined by hyphens',
    }),
    /** The term as the glossary shows it. */
    term: z.string({ error: 'is required' }).min(2, { error: 'must be at least 2 characters' }),
    /** Other names, spellings and scripts of the term, shown as "Also:" and searched. */
    aliases: z.array(z.string().min(1, { error: 'an alias cannot be empty' })).default([]),
    /**
     * Other words a reader may search for that are not names of the term:
     * related words ("expressway" for the company that built it) and words the
     * report does not use (ransom, for the extortion it describes). Indexed at
     * the section in `see`, never shown on any page.
     */
    searchAliases: z.array(z.string().min(1, { error: 'a search alias cannot be empty' })).default([]),
    /** A sentence or two, in our words, from the report's facts only. */
    definition: z
      .string({ error: 'is required' })
      .min(20, { error: 'must be at least 20 characters' })
      .max(300, { error: 'must be at most 300 characters' }),
    /**
     * An explanation a reader needs that does not come from the report (such
     * as the order of a name), shown apart and labelled as this edition's note.
     */
    note: z
      .string()
      .min(10, { error: 'must be at least 10 characters' })
      .max(200, { error: 'must be at most 200 characters' })
      .optional(),
    /** The section that explains the term: `chapters/slug/#heading-id`. */
    see: z.string({ error: 'is required' }).regex(sectionRef, {
      error: 'must be a page path and a section id, like chapters/sihanoukville/#city-and-province',
    }),
    /** The entry in the Simplified Chinese edition (the build requires it there). */
    'zh-hans': glossaryTranslation.optional(),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

/** An entry's words in a translated edition, if it has them. */
export function glossaryTranslationOf(entry: GlossaryEntry, code: string): z.infer<typeof glossaryTranslation> | undefined {
  return code === 'zh-hans' ? entry['zh-hans'] : undefined;
}

/**
 * An entry as a translated edition's search knows it: that edition's names
 * first, then the English names, which its readers meet in the text too.
 */
export function glossaryEntryIn(entry: GlossaryEntry, code: string): GlossaryEntry {
  const words = glossaryTranslationOf(entry, code);
  return words ? { ...entry, term: words.term, aliases: [...words.aliases, entry.term, ...entry.aliases] } : entry;
}
