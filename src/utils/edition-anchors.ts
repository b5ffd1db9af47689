import type * as cheerio from 'cheerio';

/**
 * Every edition uses the English anchors, so a link can swap its language:
 * a translated paragraph takes the id of the English paragraph in the same
 * place (same section, same position), and a translated page carries exactly
 * the English page's published ids.
 */

/** For each section of a page ('' before the first heading), its paragraphs' ids in order. */
export type ParagraphIds = Map<string, string[]>;

/** The chapter text's paragraphs, grouped by the section they are in. */
function paragraphsBySection($: cheerio.CheerioAPI): Map<string, cheerio.Cheerio<any>[]> {
  const sections = new Map<string, cheerio.Cheerio<any>[]>([['', []]]);
  let current = '';
  $('.prose > *').each((_, element) => {
    const child = $(element);
    if (child.is('h2[id], h3[id]')) {
      current = child.attr('id')!;
      sections.set(current, []);
    } else if (child.is('p')) sections.get(current)!.push(child);
  });
  return sections;
}

export function paragraphIdsBySection($: cheerio.CheerioAPI): ParagraphIds {
  return new Map([...paragraphsBySection($)].map(([section, paragraphs]) => [section, paragraphs.map((p) => p.attr('id') ?? '')]));
}

/**
 * Gives a translated chapter's paragraphs the English ids, by position in
 * their section. Returns what does not match, naming the file and the id.
 */
export function adoptParagraphIds($: cheerio.CheerioAPI, english: ParagraphIds, file: string): string[] {
  const problems: string[] = [];
  for (const [section, paragraphs] of paragraphsBySection($)) {
    const ids = english.get(section);
    const where = section === '' ? 'the opening' : `section "${section}"`;
    if (!ids) {
      if (paragraphs.length > 0) problems.push(`${file}: ${where} is not in the English chapter`);
      continue;
    }
    if (ids.length !== paragraphs.length) {
      problems.push(`${file}: ${where} has ${paragraphs.length} paragraphs, the English ${ids.length} (${ids.join(', ')})`);
      continue;
    }
    paragraphs.forEach((paragraph, index) => paragraph.attr('id', ids[index]!));
  }
  return problems;
}

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
