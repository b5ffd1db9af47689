/**
 * Whole sentences with placeholders for what a page renders inside them.
 *
 * A string such as `"Research by {author}. This web edition restates {report}
 * in its own words."` is one sentence a translator can reorder freely; the
 * page fills `{author}` and `{report}` with links. This module splits such a
 * string into its text and its placeholders, and checks that what is given
 * to fill them matches the string exactly. It has no imports, so both the
 * build (src/components/Sentence.astro) and the page's scripts
 * (src/scripts/ui-strings.ts) use it.
 */

/** A run of text, or a `{name}` placeholder, in the order the sentence has them. */
export type SentencePart = { text: string } | { name: string };

const placeholder = /\{(\w+)\}/g;

/** Splits `"See {section}."` into `[{ text: 'See ' }, { name: 'section' }, { text: '.' }]`; no empty text parts. */
export function splitSentence(template: string): SentencePart[] {
  const parts: SentencePart[] = [];
  let from = 0;
  for (const match of template.matchAll(placeholder)) {
    if (match.index > from) parts.push({ text: template.slice(from, match.index) });
    parts.push({ name: match[1]! });
    from = match.index + match[0].length;
  }
  if (from < template.length) parts.push({ text: template.slice(from) });
  return parts;
}

/** The placeholder names of a split sentence, each once, in the order they first appear. */
export function placeholderNames(parts: readonly SentencePart[]): string[] {
  return [...new Set(parts.flatMap((part) => ('name' in part ? [part.name] : [])))];
}

/**
 * Throws unless `given` names exactly the sentence's placeholders: one that
 * nothing fills, or a fill the sentence has no place for, is a mistake in the
 * page or in the strings file. `where` names the string (`src/editions/en.json,
 * "footer.credit"`), `kind` what fills a placeholder (`slot`, `node`).
 */
export function checkFills(where: string, parts: readonly SentencePart[], given: readonly string[], kind: string): void {
  const names = placeholderNames(parts);
  const missing = names.filter((name) => !given.includes(name));
  const extra = given.filter((name) => !names.includes(name));
  const problems = [
    ...missing.map((name) => `the placeholder {${name}} has no ${kind} "${name}" to fill it`),
    ...extra.map((name) => `the ${kind} "${name}" has no placeholder {${name}} in the string`),
  ];
  if (problems.length > 0) throw new Error(`${where}: ${problems.join('; ')}`);
}

/**
 * The sentence with each placeholder replaced by `fills[name]`, text parts
 * kept as strings: text and fills, in order. Throws, naming `where` and the
 * placeholder, when a placeholder has no fill or a fill has no placeholder.
 */
export function fillSentence<T>(where: string, parts: readonly SentencePart[], fills: Readonly<Record<string, T>>, kind: string): Array<string | T> {
  checkFills(where, parts, Object.keys(fills), kind);
  return parts.map((part) => ('name' in part ? fills[part.name]! : part.text));
}
