import type { MarkdownHeading } from 'astro';

/** The minimum a navigation helper needs to know about a chapter. */
export interface ChapterRef {
  id: string;
  data: { order: number; title: string };
}

/**
 * URL segment of a chapter: its file name without the leading order number,
 * so `04-trafficking-and-recruitment.mdx` is published at
 * `/chapters/trafficking-and-recruitment/`. Renumbering files never moves a URL.
 */
export function chapterSlug(id: string): string {
  const base = id.split('/').pop() ?? id;
  return base.replace(/\.mdx?$/, '').replace(/^\d+[-_]/, '');
}

/** Chapters in reading order; fails loudly when two share an order number. */
export function sortChapters<T extends ChapterRef>(chapters: readonly T[]): T[] {
  const sorted = [...chapters].sort((a, b) => a.data.order - b.data.order);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (previous.data.order === current.data.order) {
      throw new Error(
        `content/chapters/${current.id}: field "order" is ${current.data.order}, the same as in ${previous.id}; each chapter needs its own order`,
      );
    }
  }
  return sorted;
}

/** The chapters before and after `id` in reading order, if any. */
export function neighbours<T extends ChapterRef>(
  sorted: readonly T[],
  id: string,
): { previous: T | undefined; next: T | undefined } {
  const index = sorted.findIndex((chapter) => chapter.id === id);
  if (index === -1) return { previous: undefined, next: undefined };
  return { previous: sorted[index - 1], next: sorted[index + 1] };
}

/** A table-of-contents entry: an h2 with the h3s under it. */
export interface TocEntry {
  depth: number;
  slug: string;
  text: string;
  children: TocEntry[];
}

/**
 * Nests a page's h2 and h3 headings for a table of contents. The GFM
 * footnotes heading is generated, not written, so it is left out.
 */
export function tableOfContents(headings: readonly MarkdownHeading[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.slug === 'footnote-label') continue;
    if (heading.depth === 2) {
      entries.push({ ...heading, children: [] });
    } else if (heading.depth === 3) {
      const parent = entries.at(-1);
      const entry = { ...heading, children: [] };
      if (parent) parent.children.push(entry);
      else entries.push(entry);
    }
  }
  return entries;
}
