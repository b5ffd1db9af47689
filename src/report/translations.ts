/**
 * A translation must keep its English original's anchors, so that an
 * advocate can swap the language of a link: the same findings, in the same
 * order, and the same content note. Its sections may lag behind English: a
 * section it lacks, or whose paragraphs (which take the English paragraphs'
 * ids by their order) do not match, is shown from English while it renders,
 * with a warning (src/rendering/english-first.ts).
 */

export interface TranslationPair {
  /** The translation's file, for messages: `content/chapters/zh-hans/01-sihanoukville.mdx`. */
  file: string;
  english: { findingIds: string[]; hasContentNote: boolean };
  translation: { findingIds: string[]; hasContentNote: boolean };
}

/** Everything that keeps a translation from matching its original, each naming the file and the id. */
export function translationProblems(pair: TranslationPair): string[] {
  const { file, english, translation } = pair;
  const problems: string[] = [];
  for (const id of english.findingIds.filter((id) => !translation.findingIds.includes(id))) {
    problems.push(`${file}: key finding "${id}" of the English chapter is missing`);
  }
  for (const id of translation.findingIds.filter((id) => !english.findingIds.includes(id))) {
    problems.push(`${file}: key finding "${id}" is not a finding of the English chapter`);
  }
  if (problems.length === 0 && english.findingIds.join() !== translation.findingIds.join()) {
    problems.push(`${file}: field "keyFindings" must list the findings in the English order: ${english.findingIds.join(', ')}`);
  }
  if (english.hasContentNote !== translation.hasContentNote) {
    problems.push(`${file}: field "contentNote" ${english.hasContentNote ? 'is missing; the English chapter has one' : 'is set, but the English chapter has none'}`);
  }
  return problems;
}

/** A translation's written fields against its edition's length limits (src/editions/locales.ts), each problem naming the file and the field. */
export function lengthProblems(
  file: string,
  limits: { description: readonly [number, number]; finding: number },
  fields: { description: string; findings?: ReadonlyArray<{ id: string; text: string }> },
): string[] {
  const problems: string[] = [];
  const [min, max] = limits.description;
  const length = [...fields.description].length;
  if (length < min) problems.push(`${file}: field "description" must be at least ${min} characters in this edition (it has ${length})`);
  if (length > max) problems.push(`${file}: field "description" must be at most ${max} characters in this edition (it has ${length})`);
  for (const finding of fields.findings ?? []) {
    const size = [...finding.text].length;
    if (size > limits.finding) problems.push(`${file}: key finding "${finding.id}", field "text" must be at most ${limits.finding} characters in this edition (it has ${size})`);
  }
  return problems;
}
