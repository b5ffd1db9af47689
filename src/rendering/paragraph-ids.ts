import { readFileSync, statSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import type { Element } from 'hast';
// With extensions: `npm run anchors:record` runs this in Node, without a bundler.
import { isElement, sectionHeadingId, textOf, type TreeNode } from './hast-tree.ts';
import { writtenIdOf, type WrittenId } from './written-ids.ts';

/**
 * Paragraph ids. An English paragraph's id is written at its start in the
 * source once it is published (src/rendering/written-ids.ts), so rewording
 * its opening moves nothing; until then it comes from its opening words
 * (`p-in-the-couple-of-years`), the id `npm run anchors:record` writes. A translated paragraph takes the id of the English
 * paragraph in the same place (same section, same position), so a link can
 * swap its language and land on the same paragraph.
 */

/** For each section of a text ('' before the first heading), its paragraphs' ids in order. */
export type ParagraphIds = Map<string, string[]>;

/** Lowercase words joined by hyphens, at most `words` of them, from some text. */
export function slugWords(text: string, words: number): string {
  return text
    .normalize('NFKD')
    .toLowerCase()
    // Ids stay ASCII so they read the same in every address bar.
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9\s-]/g, ' ')
    .split(/[\s-]+/)
    .filter(Boolean)
    .slice(0, words)
    .join('-');
}

/** The text's own paragraphs (not those in lists, quotes or notes), grouped by the section they are in. */
export function paragraphsBySection(children: readonly TreeNode[]): Map<string, Element[]> {
  const sections = new Map<string, Element[]>([['', []]]);
  let current = '';
  for (const child of children) {
    const heading = sectionHeadingId(child);
    if (heading) {
      current = heading;
      sections.set(current, []);
    } else if (isElement(child, 'p')) sections.get(current)!.push(child);
  }
  return sections;
}

/** An English paragraph, the section it is in, its id, and the id written in the source, if any. */
export interface EnglishParagraph {
  paragraph: Element;
  section: string;
  id: string;
  written: WrittenId | undefined;
}

/**
 * Ids for an English text's paragraphs: the id written at the start of a
 * paragraph (src/rendering/written-ids.ts) when it has one, else one from its
 * opening words, unique on the page. A written id used twice fails, naming
 * the file and the line.
 */
export function englishParagraphs(children: readonly TreeNode[], file = 'the English text'): EnglishParagraph[] {
  const sections = [...paragraphsBySection(children)].flatMap(([section, paragraphs]) =>
    paragraphs.map((paragraph) => ({ paragraph, section, written: writtenIdOf(paragraph, file) })),
  );
  // Written ids are taken first, so a new paragraph's words cannot claim one.
  const used = new Map<string, number | undefined>();
  for (const { written } of sections) {
    if (!written) continue;
    if (used.has(written.id)) {
      throw new Error(`${file}:${written.line ?? '?'}: the paragraph id "#${written.id}" is also written at line ${used.get(written.id) ?? '?'}; each paragraph needs its own (delete this one and run \`npm run anchors:record\`)`);
    }
    used.set(written.id, written.line);
  }
  return sections.map(({ paragraph, section, written }) => {
    if (written) return { paragraph, section, id: written.id, written };
    const base = `p-${slugWords(textOf(paragraph), 5) || 'paragraph'}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.set(id, undefined);
    return { paragraph, section, id, written };
  });
}

/** For each section of an English text, its paragraphs' ids in order (see englishParagraphs). */
export function englishParagraphIds(children: readonly TreeNode[], file?: string): ParagraphIds {
  const ids: ParagraphIds = new Map([...paragraphsBySection(children).keys()].map((section) => [section, []]));
  for (const { section, id } of englishParagraphs(children, file)) ids.get(section)!.push(id);
  return ids;
}

const cache = new Map<string, { modified: number; ids: ParagraphIds }>();

/** The paragraph ids of an English MDX file, read from disk (again only when it changes, as in `astro dev`). */
export function englishParagraphIdsOfFile(file: string): ParagraphIds {
  const modified = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.modified === modified) return cached.ids;
  const tree = mdxToHast(readFileSync(file, 'utf8'), { features: { headingAttributes: true, frontmatter: true }, position: false }) as { children: TreeNode[] };
  const ids = englishParagraphIds(tree.children, file);
  cache.set(file, { modified, ids });
  return ids;
}

/**
 * Gives each paragraph of a translated text the id of its English
 * counterpart; returns what does not match, naming the file and the section:
 * a section of the English text that the translation lacks, one it adds
 * (allowed on pages: About's note on the translation), and a section with
 * another number of paragraphs.
 */
export function translatedParagraphIds(
  children: readonly TreeNode[],
  english: ParagraphIds,
  file: string,
  options: { extraSectionsAllowed?: boolean } = {},
): { ids: Map<Element, string>; problems: string[] } {
  const ids = new Map<Element, string>();
  const problems: string[] = [];
  const sections = paragraphsBySection(children);
  for (const section of english.keys()) {
    if (!sections.has(section)) problems.push(`${file}: section "${section}" of the English original is missing`);
  }
  for (const [section, paragraphs] of sections) {
    const englishIds = english.get(section);
    const where = section === '' ? 'the opening, before the first heading,' : `section "${section}"`;
    if (!englishIds) {
      if (!options.extraSectionsAllowed) problems.push(`${file}: section "${section}" is not in the English original`);
      continue;
    }
    if (englishIds.length !== paragraphs.length) {
      problems.push(
        `${file}: ${where} has ${paragraphs.length} paragraph${paragraphs.length === 1 ? '' : 's'}, its English original ${englishIds.length}; ` +
          'paragraphs take their ids from the English ones by order, so translate each paragraph as one',
      );
      continue;
    }
    paragraphs.forEach((paragraph, index) => ids.set(paragraph, englishIds[index]!));
  }
  return { ids, problems };
}
