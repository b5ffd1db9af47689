import type { EditionRecord } from '../editions/locales';

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

/** Markdown and inline HTML reduced to the words a reader sees. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^\s*[-*+]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

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
export function previewText(blocks: string[], max = 220, writing: Writing = 'spaced'): string {
  // Chinese carries as much in about half the characters, ends sentences with
  // 。！？ and runs them together without spaces.
  const chinese = writing === 'han';
  if (chinese) max = Math.round(max / 2);
  const minimum = chinese ? 40 : 80;
  const [listJoin, listEnd, gap] = chinese ? ['；', '。', ''] : ['; ', '.', ' '];
  const text = blocks
    .map((block) => (/^\s*[-*+]\s/m.test(block) ? `${block.split(/\n\s*[-*+]\s+/).map((item) => plainText(item).replace(/[;.,；。，]$/, '')).join(listJoin)}${listEnd}` : plainText(block)))
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

/** The sections of an MDX body, each with a preview and whether it opens with a content note. */
export function sourceSections(body: string, writing: Writing = 'spaced'): SourceSection[] {
  const sections: Array<SourceSection & { blocks: string[] }> = [];
  let current: (SourceSection & { blocks: string[] }) | undefined;
  for (const raw of body.split(/\n\s*\n/)) {
    const block = raw.trim();
    const heading = /^(#{2,6})\s+(.+?)\s*\{#([a-z0-9-]+)\}$/.exec(block);
    if (heading) {
      current = { id: heading[3]!, title: plainText(heading[2]!), depth: heading[1]!.length, summary: '', contentNote: false, blocks: [] };
      sections.push(current);
    } else if (current && block !== '') {
      if (block.startsWith('<SectionNote')) current.contentNote = true;
      // The opening paragraph, and the list it leads into if it ends with a colon.
      else if (!/^<[A-Z]/.test(block) && (current.blocks.length === 0 || /[:：]$/.test(current.blocks.at(-1)!.trim()))) current.blocks.push(block);
    }
  }
  return sections.map(({ blocks, ...section }) => ({ ...section, summary: section.contentNote ? '' : previewText(blocks, 220, writing) }));
}
