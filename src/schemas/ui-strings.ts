import { z } from 'astro/zod';

/** `{name}` placeholders in a string, sorted, for comparing languages. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/**
 * The schema every strings file follows: exactly the keys of the source
 * language's file, each a non-empty string with the same `{placeholders}`.
 * The English file defines the keys; a key added there is missing, and so a
 * build error, in every other language until it is translated.
 */
export function uiStringsSchema(reference: Record<string, string>) {
  const shape = Object.fromEntries(
    Object.entries(reference).map(([key, english]) => [
      key,
      z
        .string({ error: 'is missing' })
        .min(1, { error: 'is empty' })
        .refine((text) => placeholders(text).join() === placeholders(english).join(), {
          error: `must use the placeholders ${placeholders(english).map((name) => `{${name}}`).join(', ') || '(none)'}, as in English`,
        }),
    ]),
  );
  return z.object(shape).strict();
}

/**
 * Checks one language's strings; throws one message naming the file and
 * every key that is missing, empty, unknown or has other placeholders.
 */
export function checkUiStrings(file: string, strings: unknown, reference: Record<string, string>): Record<string, string> {
  const result = uiStringsSchema(reference).safeParse(strings);
  if (result.success) return result.data as Record<string, string>;
  const problems = result.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    return `key "${issue.path.join('.')}" ${issue.message}`;
  });
  throw new Error(`${file}: ${problems.join('; ')}`);
}
