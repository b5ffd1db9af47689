import { describe, expect, it } from 'vitest';
import { shorten, sourceSections } from '../../src/utils/sections';

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
      { id: 'snakeheads', title: 'Snakeheads: the smugglers', depth: 2, summary: 'They are called snakeheads (蛇头), see chapter 5.' },
      { id: 'lures', title: 'The lures', depth: 3, summary: 'a job; a trip.' },
    ]);
  });
});

describe('shorten', () => {
  it('cuts at a word boundary and marks the cut', () => {
    expect(shorten('one two three four', 12)).toBe('one two…');
    expect(shorten('short', 12)).toBe('short');
  });
});
