import { describe, expect, it } from 'vitest';
import { unwrittenParagraphs, writeParagraphIds } from '../../src/rendering/write-paragraph-ids';

const chapter = `---
title: First
---

An opening paragraph, with “quotes”.

## A section {#a-section}

{/* #p-already-written */} Snakeheads bring people.

<SectionNote>Describes violence.</SectionNote>

Victims could be <span lang="zh">被打</span>.

- A list item is not a paragraph of the text.
`;

describe('writing paragraph ids into an English chapter', () => {
  it('writes the id each unwritten paragraph has now at its start, and changes nothing else', () => {
    const { text, written } = writeParagraphIds(chapter, 'content/chapters/01-first.mdx');
    expect(written).toEqual(['p-an-opening-paragraph-with-quotes', 'p-victims-could-be']);
    expect(text).toBe(
      chapter
        .replace('An opening', '{/* #p-an-opening-paragraph-with-quotes */} An opening')
        .replace('Victims could', '{/* #p-victims-could-be */} Victims could'),
    );
  });

  it('is done once: a chapter with every id written is left as it is', () => {
    const once = writeParagraphIds(chapter, 'x.mdx').text;
    expect(writeParagraphIds(once, 'x.mdx')).toEqual({ text: once, written: [] });
    expect(unwrittenParagraphs(once, 'x.mdx')).toEqual([]);
  });

  it("lists the unwritten paragraphs with their line, for the build's message", () => {
    expect(unwrittenParagraphs(chapter, 'x.mdx')).toEqual([
      { id: 'p-an-opening-paragraph-with-quotes', line: 5, opening: 'An opening paragraph, with “quotes”.' },
      { id: 'p-victims-could-be', line: 13, opening: 'Victims could be 被打.' },
    ]);
  });
});
