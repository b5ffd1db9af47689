import { z } from 'astro/zod';
import { calendarProblem } from './calendar-date';
import { getLocale, sourceLocale, writtenCodes, type WrittenCode } from '../../editions/locales';

/**
 * Words a reader sees, in every edition: one value (a date, a number, a
 * section) carries its labels side by side, so a corrected fact changes in
 * every language at once. A missing language fails the build naming the field.
 */
export function localised(min = 1) {
  return z
    .object(
      Object.fromEntries(
        writtenCodes.map((code) => {
          const missing = `is missing: the ${getLocale(code).englishName} text`;
          // The source text sets the minimum; a translation may be shorter (Chinese is).
          const least = code === sourceLocale ? min : 1;
          return [code, z.string({ error: missing }).min(least, { error: least === 1 ? 'cannot be empty' : `must be at least ${least} characters` })];
        }),
      ) as Record<WrittenCode, z.ZodString>,
    )
    .strict();
}

export type Localised = z.infer<ReturnType<typeof localised>>;

/** A link to the section of the report that discusses something: `chapters/slug/#id`. */
const sectionLink = z.string().regex(/^(?:[a-z0-9-]+\/)+#[a-z0-9-]+$/, {
  error: 'must be a page path and a section id, like chapters/sihanoukville/#city-and-province',
});

/** One dated event of the timeline (`content/timeline.ts`). */
export const timelineEventSchema = z
  .object({
    /** `YYYY` or `YYYY-MM`, as precise as the report is. */
    date: z
      .string()
      .regex(/^\d{4}(?:-\d{2})?$/, { error: 'must be YYYY or YYYY-MM' })
      .superRefine((text, context) => {
        const problem = calendarProblem(text);
        if (problem) context.addIssue({ code: 'custom', message: problem });
      }),
    /** What happened, in a sentence, with the report's attribution. */
    text: localised(15),
    /** Where the report discusses it. */
    section: sectionLink,
  })
  .strict();

/** One number the report gives (`content/figures.ts`). */
const datumSchema = z
  .object({
    /** What the number counts, e.g. "2013". */
    label: localised(1),
    /** The number itself; for a range, the lower end. */
    value: z.number().nonnegative(),
    /** The upper end, for a range such as US$10,000–30,000. */
    upTo: z.number().nonnegative().optional(),
    /** How the number is written in the text, e.g. "US$12.5 billion". */
    display: localised(1),
    /** "over", "around", "more than": the report's own qualifier, if any. */
    qualifier: localised(1).optional(),
  })
  .strict();

export const figureSchema = z
  .object({
    /** Stable anchor, e.g. `figure-arrests`. */
    id: z.string().regex(/^figure-[a-z0-9-]+$/, { error: 'must start with "figure-" and be kebab-case' }),
    title: localised(5),
    /** The unit the values are in, for the data table's heading. */
    unit: localised(1),
    /** `bars` compares values; `range` shows a low–high range; `stats` lists values that should not share a scale. */
    kind: z.enum(['bars', 'range', 'stats']),
    data: z.array(datumSchema).min(1),
    /** The report's statement, in our words, with its attribution. */
    source: localised(20),
    section: sectionLink,
  })
  .strict();

/** A place the report names, shown on the map. */
export const placeSchema = z
  .object({
    name: localised(2),
    /** Longitude and latitude (WGS84) from a public gazetteer, for drawing only. */
    at: z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]),
    /** What the report says about it. */
    note: localised(10),
    section: sectionLink,
    /** Which side of the marker the label goes on. */
    labelSide: z.enum(['left', 'right', 'above', 'below']).default('right'),
  })
  .strict();

/**
 * A recruitment or trafficking route the report describes, drawn as an arrow
 * from a country to Cambodia. Routes name countries, never points: the report
 * gives no towns, crossings or landing places for them.
 */
export const routeSchema = z
  .object({
    /** The country people come from, as a country label of the map; left out where the report does not name it. */
    from: z.string().min(2).optional(),
    /** A country the journey passed through on its way to Cambodia, as a country label of the map. */
    via: z.string().min(2).optional(),
    label: localised(2),
    note: localised(10),
    section: sectionLink,
  })
  .strict()
  .refine((route) => route.from !== undefined || route.via !== undefined, {
    error: 'needs "from" or "via": the country the arrow starts in',
  });

/** Routes join countries the map labels: a name it does not label would draw an arrow from nowhere. */
export function checkRouteCountries(file: string, routes: Route[], labels: Array<{ name: string }>): void {
  const labelled = new Set(labels.map((label) => label.name));
  for (const route of routes) {
    for (const field of ['from', 'via'] as const) {
      const country = route[field];
      if (country !== undefined && !labelled.has(country)) {
        throw new Error(`${file}: item "${route.label[sourceLocale]}": field "${field}" is "${country}", which is not one of the countryLabels`);
      }
    }
  }
}

export type TimelineEvent = z.infer<typeof timelineEventSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Place = z.input<typeof placeSchema>;
export type Route = z.infer<typeof routeSchema>;

/** Every value in `items` that carries words by language (it has the source language's string). */
function wordsIn(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) for (const item of value) wordsIn(item, found);
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record[sourceLocale] === 'string') found.push(record);
    else for (const inner of Object.values(record)) wordsIn(inner, found);
  }
  return found;
}

/**
 * A written edition that has no words at all in a data file (a new edition,
 * published before its visuals are translated) shows that file's English
 * words. Once the file has any of its words, it needs them all: a missing
 * one is a slip, and stops the build.
 */
export function withEnglishForNewEditions<T>(items: T[]): T[] {
  const words = wordsIn(items);
  const absent = writtenCodes.filter((code) => code !== sourceLocale && !words.some((value) => code in value));
  if (absent.length === 0 || words.length === 0) return items;
  const filled = structuredClone(items);
  for (const value of wordsIn(filled)) for (const code of absent) value[code] = value[sourceLocale];
  return filled;
}

/** Parses a list from a data file; errors name the file, the item and the field. */
export function parseData<T extends z.ZodType>(file: string, schema: T, items: unknown[]): Array<z.infer<T>> {
  return withEnglishForNewEditions(items).map((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) return result.data;
    const name = (item as { id?: string; name?: string | { en?: string }; date?: string } | null) ?? {};
    const label = name.id ?? (typeof name.name === 'object' ? name.name?.[sourceLocale] : name.name) ?? name.date ?? `#${index + 1}`;
    const problems = result.error.issues.map((issue) => `field "${issue.path.join('.')}" ${issue.message}`);
    throw new Error(`${file}: item "${label}": ${problems.join('; ')}`);
  });
}
