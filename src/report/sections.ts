import { mdxToHast } from 'satteri';
import type { EditionRecord } from '../editions/locales';
import { componentName, isElement, textOf, type TreeNode } from '../rendering/hast-tree';

type Writing = EditionRecord['writing'];

/** A section of a chapter as written in its MDX source. */
export interface SourceSection {
  id: string;
  title: string;
  depth: number;
  /** The section's opening as plain text, in whole sentences, for previews. */
  summary: string;
  /** The section opens with a <SectionNote>: its previews must not quote its text. */
  contentNote: boolean;
}

/** Text with its runs of white space made single spaces. */
function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A block a preview is made of: a paragraph's text, or a list's items. */
export type PreviewBlock = string | string[];

/** Cuts text at a word boundary to at most `max` characters, adding an ellipsis. */
export function shorten(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // Chinese has no spaces between words: any character is a boundary.
  const end = cut.lastIndexOf(' ');
  return `${(end > 0 ? cut.slice(0, end) : cut).replace(/[,;:.，；：。]$/, '')}…`;
}

/** Sentence ends, but not after the abbreviations the report uses (Mr. Tong, U.S. dollars). */
const sentenceEnd = /(?<!\b(?:Mr|Ms|Dr|No|U\.S)\.)(?<=[.!?][”"’)]?)\s+(?=[“"(]?[A-Z0-9])/;

/**
 * A preview a reader can take as a complete thought: whole sentences up to
 * `max` characters, never a list's lead-in ending in a colon (the list is
 * folded in) and never a pointer such as "(see below)" that the preview
 * cannot honour. Only a preview that still runs past twice `max` is cut, with an ellipsis.
 */
export function previewText(blocks: PreviewBlock[], max = 220, writing: Writing = 'spaced'): string {
  // Chinese carries as much in about half the characters, ends sentences with
  // 。！？ and runs them together without spaces.
  const chinese = writing === 'han';
  if (chinese) max = Math.round(max / 2);
  const minimum = chinese ? 40 : 80;
  const [listJoin, listEnd, gap] = chinese ? ['；', '。', ''] : ['; ', '.', ' '];
  const text = blocks
    .map((block) => (Array.isArray(block) ? `${block.map((item) => squash(item).replace(/[;.,；。，]$/, '')).join(listJoin)}${listEnd}` : squash(block)))
    .join(gap)
    .replace(/\s*\((?:see (?:below|above|chapter \d+)[^)]*)\)/gi, '')
    .replace(/（(?:见|详见)(?:下文|上文|第.章)[^）]*）/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const sentences = chinese ? text.split(/(?<=[。！？][”」』]?)/) : text.split(sentenceEnd);
  let preview = '';
  for (const sentence of sentences) {
    const next = preview ? `${preview}${gap}${sentence}` : sentence;
    // A too-short first sentence takes the next one even past `max`.
    if (next.length > max && preview.length >= minimum && !/[:：]$/.test(preview)) break;
    preview = next;
    if (preview.length > max) break;
  }
  return preview.length > max * 2 ? shorten(preview, max) : preview;
}

type Section = SourceSection & { blocks: PreviewBlock[] };

/**
 * The sections of an MDX body, each with a preview and whether it opens with
 * a content note, read with the parser the text is rendered with: headings
 * with their `{#id}`, paragraphs and lists as the reader sees their words.
 */
export function sourceSections(body: string, writing: Writing = 'spaced'): SourceSection[] {
  const tree = mdxToHast(body, { features: { headingAttributes: true, frontmatter: true } }) as TreeNode;
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const node of 'children' in tree && Array.isArray(tree.children) ? (tree.children as TreeNode[]) : []) {
    if (isElement(node, 'h2', 'h3', 'h4', 'h5', 'h6') && typeof node.properties?.['id'] === 'string') {
      current = { id: node.properties['id'], title: squash(textOf(node)), depth: Number(node.tagName.slice(1)), summary: '', contentNote: false, blocks: [] };
      sections.push(current);
      continue;
    }
    if (!current) continue;
    if (componentName(node) === 'SectionNote') current.contentNote = true;
    // The opening paragraph, and the list it leads into if it ends with a colon.
    const last = current.blocks.at(-1);
    const wanted = current.blocks.length === 0 || (typeof last === 'string' && /[:：]$/.test(last.trim()));
    if (!wanted) continue;
    if (isElement(node, 'p')) current.blocks.push(textOf(node));
    else if (isElement(node, 'ul', 'ol')) current.blocks.push(node.children.filter((item) => isElement(item, 'li')).map((item) => textOf(item)));
  }
  return sections.map(({ blocks, ...section }) => ({ ...section, summary: section.contentNote ? '' : previewText(blocks, 220, writing) }));
}
