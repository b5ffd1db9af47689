import { describe, expect, it } from 'vitest';
import { chapterSlug, neighbours, sortChapters, tableOfContents } from '../../src/report/chapters';

const chapter = (id: string, order: number) => ({ id, data: { order, title: `Title ${order}` } });

describe('chapterSlug', () => {
  it('drops the order prefix and the extension', () => {
    expect(chapterSlug('04-trafficking-and-recruitment')).toBe('trafficking-and-recruitment');
    expect(chapterSlug('04-trafficking-and-recruitment.mdx')).toBe('trafficking-and-recruitment');
    expect(chapterSlug('chapters/12_long-tail.md')).toBe('long-tail');
  });

  it('keeps a name that has no order prefix', () => {
    expect(chapterSlug('appendix')).toBe('appendix');
  });
});

describe('sortChapters', () => {
  it('orders chapters by their order field, not by file name', () => {
    const sorted = sortChapters([chapter('b', 2), chapter('c', 3), chapter('a', 1)]);
    expect(sorted.map((entry) => entry.id)).toEqual(['a', 'b', 'c']);
  });

  it('names both files when two chapters share an order', () => {
    expect(() => sortChapters([chapter('01-one', 1), chapter('01-also-one', 1)])).toThrow(
      /content\/chapters\/01-(also-)?one: field "order" is 1, the same as in 01-(also-)?one/,
    );
  });
});

describe('neighbours', () => {
  const sorted = sortChapters([chapter('a', 1), chapter('b', 2), chapter('c', 3)]);

  it('gives no previous chapter for the first and no next for the last', () => {
    expect(neighbours(sorted, 'a')).toEqual({ previous: undefined, next: sorted[1] });
    expect(neighbours(sorted, 'c')).toEqual({ previous: sorted[1], next: undefined });
  });

  it('gives both for a middle chapter', () => {
    expect(neighbours(sorted, 'b')).toEqual({ previous: sorted[0], next: sorted[2] });
  });

  it('gives neither for an unknown id', () => {
    expect(neighbours(sorted, 'zzz')).toEqual({ previous: undefined, next: undefined });
  });
});

describe('tableOfContents', () => {
  it('nests h3 under the h2 before it and leaves out the footnotes heading', () => {
    const toc = tableOfContents([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Too deep' },
      { depth: 2, slug: 'two', text: 'Two' },
      { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: 'one', text: 'One', children: [{ depth: 3, slug: 'one-a', text: 'One A', children: [] }] },
      { depth: 2, slug: 'two', text: 'Two', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(tableOfContents([{ depth: 3, slug: 'early', text: 'Early' }])).toEqual([
      { depth: 3, slug: 'early', text: 'Early', children: [] },
    ]);
  });
});
