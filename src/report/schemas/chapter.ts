import { z } from 'astro/zod';
import { calendarDate } from './calendar-date';
import { locales, sourceLocale } from '../../editions/locales';

/** Lowercase words joined by hyphens: the shape of every id an author writes. */
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One or two sentences for search results and link previews, as long as the source edition's limits allow (src/editions/locales.ts). */
const [descriptionMin, descriptionMax] = locales[sourceLocale].limits.description;
const descriptionField = z
  .string({ error: 'is required: one or two sentences for search results and link previews' })
  .min(descriptionMin, { error: `must be at least ${descriptionMin} characters` })
  .max(descriptionMax, { error: `must be at most ${descriptionMax} characters` });

/** One key finding: a short statement shown on the landing page and the chapter. */
export const keyFindingSchema = z.object({
  /** Stable anchor, e.g. `finding-snakeheads-sell-people`. Never reuse or rename one that is published. */
  id: z
    .string({ error: 'is required: a stable anchor such as finding-snakeheads-sell-people' })
    .regex(/^finding-/, { error: 'must start with "finding-"' })
    .regex(kebabCase, { error: 'must be lowercase words joined by hyphens' }),
  /** The finding itself, one sentence a reader can take away. */
  text: z
    .string({ error: 'is required: the finding as one sentence' })
    .min(20, { error: 'must be at least 20 characters' })
    .max(450, { error: 'must be at most 450 characters' }),
  /** The id of the section of this chapter that holds the evidence: where "read more" leads. */
  section: z
    .string({ error: 'is required: the id of the section that holds the evidence, such as sale-and-debt' })
    .regex(kebabCase, { error: 'must be a section id: lowercase words joined by hyphens' }),
  /** Shown on the home page; at most eight findings in the whole report carry it. */
  headline: z.boolean().default(false),
  /** Describes violence: shown only after a content note, wherever it appears. */
  describesViolence: z.boolean().default(false),
  /**
   * CLW's own conclusion, in its quoted words: shown on the home page under
   * its own heading, so that a reader of that page alone meets it. At most
   * one finding in the report carries it.
   */
  conclusion: z.boolean().default(false),
})
  // A finding is one sentence a reader takes away; the conclusion, quoted, may run longer.
  .refine((finding) => finding.conclusion || finding.text.length <= 260, {
    error: 'must be at most 260 characters',
    path: ['text'],
  });

/** Frontmatter of a chapter in `content/chapters/`. */
export const chapterSchema = z
  .object({
    /** The chapter's title, shown as its h1 and in navigation. */
    title: z.string({ error: 'is required' }).min(3, { error: 'must be at least 3 characters' }),
    /** One or two sentences for search results, link previews and the chapter header. */
    description: descriptionField,
    /** Position in the report, starting at 1; must be unique. */
    order: z.number({ error: 'is required: a whole number giving the chapter position, from 1' }).int().positive(),
    /** Date of the last substantive change, `YYYY-MM-DD`. */
    updated: calendarDate('is required: a date written YYYY-MM-DD'),
    /** One to four key findings, each with its own stable id. */
    keyFindings: z
      .array(keyFindingSchema, { error: 'is required: a list of findings, each with id and text' })
      .min(1, { error: 'needs at least one finding' })
      .max(4, { error: 'has at most four findings' }),
    /** Optional warning shown before the text, for chapters describing violence. */
    contentNote: z.string().min(20, { error: 'must be at least 20 characters' }).optional(),
  })
  .strict()
  .refine((chapter) => chapter.contentNote !== undefined || !chapter.keyFindings.some((finding) => finding.describesViolence), {
    error: 'a key finding that describes violence needs the chapter to have a contentNote',
    path: ['contentNote'],
  });

/** Frontmatter of a stand-alone page in `content/pages/`. */
export const pageSchema = z
  .object({
    /** The page's title, shown as its h1. */
    title: z.string({ error: 'is required' }).min(3, { error: 'must be at least 3 characters' }),
    /** One or two sentences for search results and link previews. */
    description: descriptionField,
    /** Date of the last substantive change, `YYYY-MM-DD`. */
    updated: calendarDate('is required: a date written YYYY-MM-DD'),
  })
  .strict();

export type Chapter = z.infer<typeof chapterSchema>;
export type KeyFinding = z.infer<typeof keyFindingSchema>;

/**
 * A translation's description. Its length limits are its edition's (Chinese
 * carries as much in fewer characters): src/editions/locales.ts sets them, and
 * src/report/model.ts checks them, naming the file and the field.
 */
const translatedDescription = z
  .string({ error: 'is required: one or two sentences for search results and link previews' })
  .min(1, { error: 'cannot be empty' });

/** The English `updated` date a translation follows: when English is newer, the page says so. */
const translatesField = calendarDate('is required: the `updated` date (YYYY-MM-DD) of the English text this translates');

/**
 * Fingerprints of the English text the translation follows, one per section
 * (`_opening` for the text before the first heading), written by
 * `npm run translations:record`: when the English section's text changes,
 * the translated page says so at that section (src/rendering/english-first.ts).
 */
const sourcesField = z
  .record(
    z.string(),
    z.string({ error: 'must be a fingerprint written by npm run translations:record' }).regex(/^[0-9a-f]{10}$/, { error: 'must be a fingerprint written by npm run translations:record (10 hex digits)' }),
    { error: 'must map section ids to fingerprints; run npm run translations:record' },
  )
  .optional();

/**
 * Frontmatter of a translated chapter, `content/chapters/<language>/<same file name>.mdx`.
 * Order, sections of findings and their flags come from the English chapter,
 * so the editions cannot drift apart on facts.
 */
export const translatedChapterSchema = z
  .object({
    title: z.string({ error: 'is required' }).min(2, { error: 'must be at least 2 characters' }),
    description: translatedDescription,
    translates: translatesField,
    /** The English chapter's findings, same ids in the same order, translated. */
    keyFindings: z
      .array(
        z
          .object({
            id: z.string({ error: 'is required: the id of the English finding this translates' }),
            text: z
              .string({ error: 'is required: the finding, translated' })
              // Its edition's length limit is checked with the description's.
              .min(1, { error: 'cannot be empty' }),
          })
          .strict(),
        { error: 'is required: the English findings, translated, with the same ids' },
      )
      .min(1, { error: 'needs the English findings' }),
    contentNote: z.string().min(10, { error: 'must be at least 10 characters' }).optional(),
    sources: sourcesField,
  })
  .strict();

/** Frontmatter of a translated page, `content/pages/<language>/<same file name>.mdx`. */
export const translatedPageSchema = z
  .object({
    title: z.string({ error: 'is required' }).min(2, { error: 'must be at least 2 characters' }),
    description: translatedDescription,
    translates: translatesField,
    sources: sourcesField,
  })
  .strict();

export type TranslatedChapter = z.infer<typeof translatedChapterSchema>;
