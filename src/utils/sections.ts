/** A section of a chapter as written in its MDX source. */
export interface SourceSection {
  id: string;
  title: string;
  depth: number;
  /** The section's first paragraph as plain text, shortened for previews. */
  summary: string;
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
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:.]$/, '')}…`;
}

/** The sections of an MDX body, each with a short plain-text summary. */
export function sourceSections(body: string): SourceSection[] {
  const sections: SourceSection[] = [];
  const blocks = body.split(/\n\s*\n/);
  let current: SourceSection | undefined;
  for (const block of blocks) {
    const heading = /^(#{2,6})\s+(.+?)\s*\{#([a-z0-9-]+)\}\s*$/.exec(block.trim());
    if (heading) {
      current = { id: heading[3]!, title: plainText(heading[2]!), depth: heading[1]!.length, summary: '' };
      sections.push(current);
    } else if (current && current.summary === '' && block.trim() !== '') {
      current.summary = shorten(plainText(block));
    }
  }
  return sections;
}
