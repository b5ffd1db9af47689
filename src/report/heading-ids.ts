import { mdxToHast } from 'satteri';
import type { Element } from 'hast';
import { elementsOf, type TreeNode } from '../rendering/hast-tree';

/** A Markdown heading written without an explicit `{#id}`. */
export interface HeadingWithoutId {
  line: number;
  text: string;
}

type Positioned = { position?: { start: { line: number; offset?: number }; end: { offset?: number } } };

/**
 * Headings (h2–h6) in an MDX source that have no `{#stable-id}`, read with
 * the parser the text is rendered with. Generated ids follow the wording, so
 * rewording a heading would silently break links.
 */
export function headingsWithoutIds(source: string): HeadingWithoutId[] {
  const tree = mdxToHast(source, { features: { headingAttributes: true, frontmatter: true } }) as TreeNode;
  return [...elementsOf(tree)]
    .filter((heading: Element) => /^h[2-6]$/.test(heading.tagName) && typeof heading.properties?.['id'] !== 'string')
    .map((heading) => {
      const children = heading.children as Positioned[];
      const start = children[0]?.position?.start.offset;
      const end = children.at(-1)?.position?.end.offset;
      // The heading as written (with its Markdown), so the message can show how to add the id.
      return { line: (heading as Positioned).position?.start.line ?? 0, text: start === undefined || end === undefined ? '' : source.slice(start, end).trim() };
    });
}

/** A heading whose `{#id}` an earlier heading of the same file already has. */
export interface RepeatedHeadingId {
  id: string;
  line: number;
  firstLine: number;
}

/**
 * Headings (h2–h6) that repeat an id of the same file. Caught in the file
 * itself: found later, on the built page or while a translation is matched
 * against its original, the repeat would be blamed on another file.
 */
export function repeatedHeadingIds(source: string): RepeatedHeadingId[] {
  const tree = mdxToHast(source, { features: { headingAttributes: true, frontmatter: true } }) as TreeNode;
  const firstLines = new Map<string, number>();
  const repeated: RepeatedHeadingId[] = [];
  for (const heading of elementsOf(tree)) {
    const id = heading.properties?.['id'];
    if (!/^h[2-6]$/.test(heading.tagName) || typeof id !== 'string') continue;
    const line = (heading as Positioned).position?.start.line ?? 0;
    const firstLine = firstLines.get(id);
    if (firstLine === undefined) firstLines.set(id, line);
    else repeated.push({ id, line, firstLine });
  }
  return repeated;
}
