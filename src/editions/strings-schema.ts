import { z } from 'astro/zod';

/** `{name}` placeholders in a string, sorted, for comparing languages. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!).sort();
}

/**
 * What is wrong with a translation's placeholders, compared with the English
 * string's: `{report} is missing; {reprot} is not in English`; undefined when
 * they match (the same names, each as many times).
 */
export function placeholderMismatch(text: string, english: string): string | undefined {
  const often = (times: number) => (times === 1 ? 'once' : `${times} times`);
  const count = (names: string[]) => names.reduce((counts, name) => counts.set(name, (counts.get(name) ?? 0) + 1), new Map<string, number>());
  const ours = count(placeholders(text));
  const theirs = count(placeholders(english));
  const problems = [
    ...[...theirs.keys()].filter((name) => !ours.has(name)).map((name) => `{${name}} is missing`),
    ...[...ours.keys()].filter((name) => !theirs.has(name)).map((name) => `{${name}} is not in English`),
    ...[...ours]
      .filter(([name, times]) => theirs.has(name) && theirs.get(name) !== times)
      .map(([name, times]) => `{${name}} appears ${often(times)}, in English ${often(theirs.get(name)!)}`),
  ];
  return problems.length > 0 ? problems.join('; ') : undefined;
}

/**
 * The schema every strings file follows: exactly the keys of the source
 * language's file, each a non-empty string with the same `{placeholders}`.
 * The English file defines the keys; a key added there is missing, and so a
 * build error, in every other language until it is translated. A placeholder
 * can stand for a value or for an element the page renders inside a whole
 * sentence (src/components/Sentence.astro): either way every language has it.
 */
export function uiStringsSchema(reference: Record<string, string>) {
  const shape = Object.fromEntries(
    Object.entries(reference).map(([key, english]) => [
      key,
      z
        .string({ error: 'is missing' })
        .min(1, { error: 'is empty' })
        .superRefine((text, context) => {
          const mismatch = placeholderMismatch(text, english);
          if (mismatch === undefined) return;
          const expected = placeholders(english).map((name) => `{${name}}`).join(', ') || '(none)';
          context.addIssue({ code: 'custom', message: `must use the placeholders ${expected}, as in English: ${mismatch}` });
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
