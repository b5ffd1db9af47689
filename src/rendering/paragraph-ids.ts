import { readFileSync, statSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import type { Element } from 'hast';
import { isElement, sectionHeadingId, textOf, type TreeNode } from './hast-tree';

/**
 * Paragraph ids. An English paragraph's id comes from its opening words
 * (`p-in-the-couple-of-years`), so rewording an opening needs an alias in the
 * anchor registry. A translated paragraph takes the id of the English
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

/** Ids for an English text's paragraphs, from their opening words, unique on the page. */
export function englishParagraphIds(children: readonly TreeNode[]): ParagraphIds {
  const used = new Set<string>();
  const ids: ParagraphIds = new Map();
  for (const [section, paragraphs] of paragraphsBySection(children)) {
    ids.set(
      section,
      paragraphs.map((paragraph) => {
        const base = `p-${slugWords(textOf(paragraph), 5) || 'paragraph'}`;
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        return id;
      }),
    );
  }
  return ids;
}

const cache = new Map<string, { modified: number; ids: ParagraphIds }>();

/** The paragraph ids of an English MDX file, read from disk (again only when it changes, as in `astro dev`). */
export function englishParagraphIdsOfFile(file: string): ParagraphIds {
  const modified = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.modified === modified) return cached.ids;
  const tree = mdxToHast(readFileSync(file, 'utf8'), { features: { headingAttributes: true, frontmatter: true }, position: false }) as { children: TreeNode[] };
  const ids = englishParagraphIds(tree.children);
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
