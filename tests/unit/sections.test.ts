import { describe, expect, it } from 'vitest';
import { shorten, sourceSections } from '../../src/report/sections';

describe('sourceSections', () => {
  it('gives each section its title, id and first paragraph as plain text', () => {
    const body = [
      'Intro text.',
      '',
      '## Snakeheads: the <em>smugglers</em> {#snakeheads}',
      '',
      'They are called snakeheads (<span lang="zh">蛇头</span>), see [chapter 5](/x/).',
      '',
      'A second paragraph.',
      '',
      '### The lures {#lures}',
      '',
      '- a job;',
      '- a trip.',
    ].join('\n');
    expect(sourceSections(body)).toEqual([
      { id: 'snakeheads', title: 'Snakeheads: the smugglers', depth: 2, summary: 'They are called snakeheads (蛇头), see chapter 5.', contentNote: false },
      { id: 'lures', title: 'The lures', depth: 3, summary: 'a job; a trip.', contentNote: false },
    ]);
  });
});

describe('section previews are complete thoughts', () => {
  it('fold a list into the sentence that leads into it', () => {
    const body = ['## The charges {#charges}', '', 'In the article\'s words, the charges were:', '', '- “incitement”;', '- “false declaration”.'].join('\n');
    expect(sourceSections(body)[0]!.summary).toBe('In the article\'s words, the charges were: “incitement”; “false declaration”.');
  });

  it('stop at the last whole sentence that fits and drop pointers the preview cannot follow', () => {
    const body = ['## Debt {#debt}', '', `Mr. Tong was sold (see below). ${'A long sentence that goes on. '.repeat(8)}`].join('\n');
    const { summary } = sourceSections(body)[0]!;
    expect(summary.startsWith('Mr. Tong was sold. A long sentence that goes on.')).toBe(true);
    expect(summary.endsWith('goes on.')).toBe(true);
    expect(summary.length).toBeLessThanOrEqual(220);
  });

  it('quote nothing from a section that opens with a content note', () => {
    const body = ['## Inside {#inside}', '', '<SectionNote>Describes violence.</SectionNote>', '', 'Violent text.'].join('\n');
    expect(sourceSections(body)[0]).toMatchObject({ contentNote: true, summary: '' });
  });
});

describe('shorten', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
