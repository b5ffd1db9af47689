import type { Element } from 'hast';
import type { TreeNode } from './hast-tree';

/**
 * Paragraph ids written into the English source. Once a paragraph's id is
 * published (`npm run anchors:record`), it is written at the start of the
 * paragraph as an MDX comment, which renders as nothing:
 *
 *     {/* #p-in-the-years-before-the *\/} In the years before the article…
 *
 * The id then no longer depends on the words, so fixing a typo in a
 * paragraph's opening leaves it, and every link to it, alone. (Docusaurus
 * writes heading ids the same way: `## Title {/* #id *\/}`.)
 */

/** The comment's text as MDX hands it over, without the braces: a `#` and the id between comment marks. */
const markerPattern = /^\s*\/\*\s*#([^\s*]*)\s*\*\/\s*$/;
const validId = /^p-[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The marker written before a paragraph, with the space that separates it from the words. */
export function idMarker(id: string): string {
  return `{/* #${id} */} `;
}

/** A marker found in a paragraph, with the node that carries it and where it is. */
export interface WrittenId {
  id: string;
  /** The MDX expression node (`mdxTextExpression`) that holds the marker. */
  node: TreeNode;
  /** Where it is in the paragraph: only a marker at the start names the paragraph. */
  atStart: boolean;
  /** Its place among the paragraph's children. */
  index: number;
  line: number | undefined;
}

/** The id markers in a paragraph's own children (a comment such as `{/* TODO *\/}` is not one). */
export function idMarkersOf(paragraph: Element): WrittenId[] {
  const children = paragraph.children as TreeNode[];
  const first = children.findIndex((child) => !(child.type === 'text' && !(child as { value: string }).value.trim()));
  return children.flatMap((node, index) => {
    if (node.type !== 'mdxTextExpression') return [];
    const match = markerPattern.exec((node as { value?: string }).value ?? '');
    if (!match) return [];
    const line = (node as { position?: { start: { line: number } } }).position?.start.line ?? (paragraph.position?.start.line);
    return [{ id: match[1]!, node, atStart: index === first, index, line }];
  });
}

/**
 * The id written at the start of a paragraph, if it has one; throws, naming
 * the file and line, for a marker that cannot be one: an id that is not a
 * paragraph id, or a marker inside the text (two paragraphs joined).
 */
export function writtenIdOf(paragraph: Element, file: string): WrittenId | undefined {
  const markers = idMarkersOf(paragraph);
  for (const marker of markers) {
    const where = `${file}:${marker.line ?? paragraph.position?.start.line ?? '?'}`;
    if (!validId.test(marker.id)) {
      throw new Error(`${where}: the written paragraph id "#${marker.id}" is not a paragraph id: write it as {/* #p-lowercase-words */} at the start of the paragraph`);
    }
    if (!marker.atStart) {
      const kept = markers.find((other) => other.atStart)?.id;
      throw new Error(
        `${where}: the paragraph id "#${marker.id}" is written inside a paragraph, not at its start; ` +
          (kept
            ? `if two paragraphs were joined, delete {/* #${marker.id} */} and send its links to the joined paragraph in content/anchors.json: "${marker.id}": "${kept}"`
            : 'move it to the start of the paragraph'),
      );
    }
  }
  return markers[0];
}
