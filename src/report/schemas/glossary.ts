import { z } from 'astro/zod';
import { conversionOf, translationCodes, writtenCodes, sourceLocale, type LocaleCode } from '../../editions/locales';

/** `chapters/slug/#heading-id` or `about/#heading-id`: a page path and a section id. */
export const sectionRef = /^(?:[a-z0-9-]+\/)+#[a-z0-9-]+$/;

/** An entry's words in a translated edition: the same facts, in that language. */
const glossaryTranslation = z
  .object({
    term: z.string({ error: 'is required' }).min(1, { error: 'cannot be empty' }),
    /** Other names, shown as "Also:" in that edition (names in other scripts included). */
    aliases: z.array(z.string().min(1, { error: 'an alias cannot be empty' })).default([]),
    /**
     * Words readers of that language type that are not names of the term,
     * the press's short forms and slang the report does not use (卖猪仔):
     * indexed, never shown.
     */
    searchAliases: z.array(z.string().min(1, { error: 'a search alias cannot be empty' })).default([]),
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
    /**
     * An entry readers only search for, never shown on the glossary page: a
     * page of this edition's own, such as Getting help, that a query about
     * help (求助, 报警, 救援) should open.
     */
    searchOnly: z.boolean().default(false),
    /** The section that explains the term: `chapters/slug/#heading-id`. */
    see: z.string({ error: 'is required' }).regex(sectionRef, {
      error: 'must be a page path and a section id, like chapters/sihanoukville/#city-and-province',
    }),
    // Then, under each written translation's code (`zh-hans:`), the entry in
    // that edition; the build requires it there.
    ...Object.fromEntries(writtenCodes.filter((code) => code !== sourceLocale).map((code) => [code, glossaryTranslation.optional()])),
  })
  .strict();

type GlossaryTranslation = z.infer<typeof glossaryTranslation>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema> & { [code: string]: unknown };

/** An entry's words in a translated edition, if it has them; a converted edition converts its source's. */
export function glossaryTranslationOf(entry: GlossaryEntry, code: string): GlossaryTranslation | undefined {
  const conversion = conversionOf(code as LocaleCode);
  const words = entry[conversion?.from ?? code] as GlossaryTranslation | undefined;
  if (!conversion || !words) return words;
  const convert = conversion.text;
  const converted = { term: convert(words.term), aliases: words.aliases.map(convert), searchAliases: words.searchAliases.map(convert), definition: convert(words.definition) };
  return words.note ? { ...converted, note: convert(words.note) } : converted;
}

/**
 * An entry as an edition's search knows it: that edition's names first,
 * then every other language's, so a reader can search in the words they
 * know and stay in their edition (西港 on the English edition, SSEZ on a
 * Chinese one). Every translation's names count, so Chinese names come in both scripts.
 */
export function glossaryEntryIn(entry: GlossaryEntry, code: string): GlossaryEntry {
  const translated = translationCodes.map((other) => glossaryTranslationOf(entry, other)).filter((words) => words !== undefined);
  const own = glossaryTranslationOf(entry, code);
  const names = [
    ...(own ? [own.term, ...own.aliases] : []),
    entry.term,
    ...entry.aliases,
    ...translated.flatMap((words) => [words.term, ...words.aliases]),
  ];
  const searchAliases = [...entry.searchAliases, ...translated.flatMap((words) => words.searchAliases)];
  const [term = entry.term, ...aliases] = [...new Set(names)];
  return { ...entry, term, aliases, searchAliases: [...new Set(searchAliases)] };
}
