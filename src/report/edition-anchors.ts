/**
 * Every edition uses the English anchors, so a link can swap its language:
 * a translated page carries exactly the English page's published ids (its
 * paragraphs take theirs from src/rendering/paragraph-ids.ts).
 */

/** The ids a translated page lacks or adds, compared with its English original. */
export function sameAnchorProblems(english: readonly string[], translated: readonly string[], file: string, options: { extrasAllowed?: boolean } = {}): string[] {
  const ours = new Set(translated);
  const theirs = new Set(english);
  const problems = english.filter((id) => !ours.has(id)).map((id) => `${file}: lacks the id "${id}" of its English original`);
  if (!options.extrasAllowed) {
    problems.push(...translated.filter((id) => !theirs.has(id)).map((id) => `${file}: carries the id "${id}", which its English original does not have`));
  }
  return problems;
}
