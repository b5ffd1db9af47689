import { z } from 'astro/zod';

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Days in a month of a year (1-based month), leap years counted. */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Why `YYYY-MM-DD` or `YYYY-MM` names no day or month of the calendar, or
 * undefined when it does. A JavaScript Date quietly rolls 2026-02-30 over to
 * 2 March, so a slip of the keyboard would otherwise print another date.
 */
export function calendarProblem(text: string): string | undefined {
  const [year, month, day] = text.split('-').map(Number) as [number, number, number | undefined];
  if (month < 1 || month > 12) return `${text} is not a date: there is no month ${month}`;
  if (day === undefined) return undefined;
  const last = daysIn(year, month);
  if (day < 1 || day > last) return `${text} is not a date: ${monthNames[month - 1]} ${year} has ${last} days`;
  return undefined;
}

/**
 * A day written `YYYY-MM-DD` (as the author wrote it: the content loaders
 * keep dates as text, src/report/loaders.ts), checked against the calendar
 * and turned into a Date at midnight UTC.
 */
export function calendarDate(required: string) {
  return z
    .string({ error: required })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: required })
    .superRefine((text, context) => {
      const problem = calendarProblem(text);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    })
    .transform((text) => new Date(`${text}T00:00:00Z`));
}
