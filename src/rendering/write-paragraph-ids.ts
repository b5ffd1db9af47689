import { mdxToHast } from 'satteri';
import { textOf, type TreeNode } from './hast-tree.ts';
import { englishParagraphs } from './paragraph-ids.ts';
import { idMarker } from './written-ids.ts';

/** A paragraph of an English chapter whose id is not written in the source yet. */
export interface UnwrittenParagraph {
  id: string;
  line: number;
  /** Its opening words as a reader sees them (up to 40 characters), for messages. */
  opening: string;
}

/** An MDX file's top-level nodes, with their lines. */
export function parseWithPositions(source: string): TreeNode[] {
  return (mdxToHast(source, { features: { headingAttributes: true, frontmatter: true }, position: true }) as { children: TreeNode[] }).children;
}

/** The paragraphs of an English chapter that have no written id, with the id each is given now (from its words). */
export function unwrittenParagraphs(source: string, file: string): UnwrittenParagraph[] {
  return englishParagraphs(parseWithPositions(source), file)
    .filter(({ written }) => !written)
    .map(({ paragraph, id }) => {
      const start = paragraph.position!.start;
      return { id, line: start.line, opening: textOf(paragraph).trim().slice(0, 40) };
    });
}

/**
 * Writes each paragraph's id at its start (`{/* #p-id *\/} The words…`),
 * where it has none yet: the id it renders with today, so no link moves.
 * Changes nothing else in the text.
 */
export function writeParagraphIds(source: string, file: string): { text: string; written: string[] } {
  const missing = englishParagraphs(parseWithPositions(source), file).filter(({ written }) => !written);
  let text = source;
  // From the end, so the offsets of the paragraphs before stay true.
  for (const { paragraph, id } of [...missing].reverse()) {
    const offset = paragraph.position!.start.offset!;
    if (/\s/.test(text.charAt(offset))) throw new Error(`${file}:${paragraph.position!.start.line}: cannot find where the paragraph starts`);
    text = `${text.slice(0, offset)}${idMarker(id)}${text.slice(offset)}`;
  }
  return { text, written: missing.map(({ id }) => id) };
}
