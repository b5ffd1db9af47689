import { z } from 'astro/zod';
import { calendarDate } from './calendar-date';

/** One entry of `content/corrections.yaml`. */
export const correctionSchema = z
  .object({
    /** Stable anchor on the About page, e.g. `/about/#correction-first-publication`. */
    id: z.string({ error: 'is required' }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be lowercase words joined by hyphens',
    }),
    /** When the change was made, `YYYY-MM-DD`. */
    date: calendarDate('is required: a date written YYYY-MM-DD'),
    /** What changed, in a few words. */
    title: z.string({ error: 'is required' }).min(5, { error: 'must be at least 5 characters' }),
    /** What changed and why, in a sentence or two. */
    summary: z.string({ error: 'is required' }).min(20, { error: 'must be at least 20 characters' }),
  })
  .strict();
