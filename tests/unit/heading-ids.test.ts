import { describe, expect, it } from 'vitest';
import { headingsWithoutIds } from '../../src/report/heading-ids';

describe('headings without a written id', () => {
  it('are found with their line and their words as written, whatever their level below the title', () => {
    const source = '---\ntitle: A chapter\n---\n\nIntro.\n\n## Only section\n\nText.\n\n### With id {#with-id}\n\n#### **Bold** words\n';
    expect(headingsWithoutIds(source)).toEqual([
      { line: 7, text: 'Only section' },
      { line: 13, text: '**Bold** words' },
    ]);
  });

  it('are not looked for in code, quoted text or the frontmatter', () => {
    const source = '---\ntitle: A chapter\nnote: "## not a heading"\n---\n\n```\n## Not a heading\n```\n\n<SectionNote>## Not one either</SectionNote>\n\n## A section {#a-section}\n';
    expect(headingsWithoutIds(source)).toEqual([]);
  });
});
