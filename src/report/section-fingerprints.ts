import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { mdxToHast } from 'satteri';
import { isElement, sectionHeadingId, textOf, type TreeNode } from '../rendering/hast-tree.ts';

/**
 * Fingerprints of the English text, section by section, which a translation
 * records (frontmatter `sources`) when it is translated; a section whose
 * English fingerprint no longer matches the recorded one has changed since.
 * A section is a heading (h2 or h3) and what follows it up to the next one;
 * the text before the first heading is the opening, recorded as `_opening`.
 */

/** The key of the text before the first heading in `sources`: no heading id starts with an underscore. */
export const openingKey = '_opening';

/** One section of a text: its heading (none for the opening) and the nodes after it. */
export interface TextSection {
  /** The heading's id; '' for the opening. */
  id: string;
  heading: TreeNode | undefined;
  /** What follows the heading up to the next section heading (the footnotes are the page's, not a section's). */
  body: TreeNode[];
}

/** The sections of a text's top-level nodes in order, the opening first (even when empty). */
export function textSections(children: readonly TreeNode[]): TextSection[] {
  const sections: TextSection[] = [{ id: '', heading: undefined, body: [] }];
  for (const child of children) {
    const id = sectionHeadingId(child);
    if (id) sections.push({ id, heading: child, body: [] });
    else if (!isFootnotes(child)) sections.at(-1)!.body.push(child);
  }
  return sections;
}

/** GFM's footnotes, which it appends after the text. */
export function isFootnotes(node: TreeNode): boolean {
  return isElement(node, 'section') && node.properties?.['dataFootnotes'] !== undefined;
}

/** The paragraphs of a section that take ids (those directly in the text, as src/rendering/paragraph-ids.ts counts them). */
export function paragraphCount(section: TextSection): number {
  return section.body.filter((node) => isElement(node, 'p')).length;
}

/**
 * The words of a section as a reader sees them, normalised so that only a
 * change of wording counts: Unicode NFC, every run of white space one space,
 * none at the ends. Re-wrapping lines or re-indenting changes nothing; a
 * changed word, number or punctuation mark does. Markup alone (emphasis, a
 * link's address) is not text and does not count.
 */
export function normalisedText(section: TextSection): string {
  const nodes = section.heading ? [section.heading, ...section.body] : section.body;
  return nodes.map(textOf).join(' ').normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A short fingerprint of a text: the first 10 hex digits of its SHA-256. */
export function fingerprint(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10);
}

/** The key a section is recorded under in `sources`. */
export function sourcesKey(id: string): string {
  return id === '' ? openingKey : id;
}

/** Each section's fingerprint by its `sources` key, in order. */
export function sectionFingerprints(sections: readonly TextSection[]): Map<string, string> {
  return new Map(sections.map((section) => [sourcesKey(section.id), fingerprint(normalisedText(section))]));
}

/** An MDX text's top-level nodes, read with the parser it is rendered with. */
export function mdxChildren(source: string): TreeNode[] {
  const tree = mdxToHast(source, { features: { headingAttributes: true, frontmatter: true }, position: false }) as { children: TreeNode[] };
  return tree.children;
}

const cache = new Map<string, { modified: number; sections: TextSection[] }>();

/** The sections of an MDX file, read from disk again only when it changes (as in `astro dev`). Do not modify them: copy. */
export function sectionsOfFile(file: string): TextSection[] {
  const modified = statSync(file).mtimeMs;
  const cached = cache.get(file);
  if (cached?.modified === modified) return cached.sections;
  const sections = textSections(mdxChildren(readFileSync(file, 'utf8')));
  cache.set(file, { modified, sections });
  return sections;
}
