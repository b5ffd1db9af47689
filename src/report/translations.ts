/**
 * A translation must keep its English original's anchors, so that an
 * advocate can swap the language of a link: the same findings, the same
 * sections and, section by section, the same number of paragraphs (which
 * take the English paragraphs' ids by their order).
 */

/** One section of an MDX body: its id ('' before the first heading) and its paragraph count. */
export interface SectionShape {
  id: string;
  paragraphs: number;
}

/** Blocks that are not paragraphs: headings, list items, components, quotes, tables. */
const notParagraph = /^(?:#{1,6}\s|[-*+]\s|\d+\.\s|<[A-Z/]|>|\||\{\/\*)/;

/** The sections of an MDX body and how many paragraphs each holds. */
export function sectionShapes(body: string): SectionShape[] {
  const shapes: SectionShape[] = [{ id: '', paragraphs: 0 }];
  for (const raw of body.split(/\n\s*\n/)) {
    const block = raw.trim();
    if (block === '') continue;
    const heading = /^#{2,6}\s+.+?\s*\{#([a-z0-9-]+)\}$/.exec(block);
    if (heading) shapes.push({ id: heading[1]!, paragraphs: 0 });
    else if (!notParagraph.test(block)) shapes.at(-1)!.paragraphs += 1;
  }
  return shapes;
}

export interface TranslationPair {
  /** The translation's file, for messages: `content/chapters/zh-hans/01-sihanoukville.mdx`. */
  file: string;
  english: { findingIds: string[]; hasContentNote: boolean; body: string };
  translation: { findingIds: string[]; hasContentNote: boolean; body: string };
  /** Pages may add sections of their own (About's note on the translation); chapters may not. */
  extraSectionsAllowed?: boolean;
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
  const theirs = sectionShapes(english.body);
  const ours = sectionShapes(translation.body);
  const ourIds = new Set(ours.map((shape) => shape.id));
  const theirIds = new Set(theirs.map((shape) => shape.id));
  for (const shape of theirs) {
    if (!ourIds.has(shape.id)) problems.push(`${file}: section "${shape.id}" of the English original is missing`);
  }
  if (!pair.extraSectionsAllowed) {
    for (const shape of ours) {
      if (!theirIds.has(shape.id)) problems.push(`${file}: section "${shape.id}" is not in the English original`);
    }
  }
  for (const shape of theirs) {
    const match = ours.find((candidate) => candidate.id === shape.id);
    if (match && match.paragraphs !== shape.paragraphs) {
      const where = shape.id === '' ? 'the opening, before the first heading,' : `section "${shape.id}"`;
      problems.push(
        `${file}: ${where} has ${match.paragraphs} paragraph${match.paragraphs === 1 ? '' : 's'}, its English original ${shape.paragraphs}; ` +
          'paragraphs take their ids from the English ones by order, so translate each paragraph as one',
      );
    }
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
