import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { applyRegistry, checkUniqueIds, decorateChapter, publishableIds } from '../../src/utils/anchors';

function chapter(paragraph: string): cheerio.CheerioAPI {
  const $ = cheerio.load(
    `<article data-chapter="first"><div class="prose"><h2 id="a-section">A section</h2><p>${paragraph}</p></div></article>`,
  );
  decorateChapter($, '/cite/first/');
  return $;
}

describe('paragraph anchors', () => {
  it('are published like headings', () => {
    expect(publishableIds(chapter('Snakeheads bring people to the compounds.'))).toEqual([
      'a-section',
      'p-snakeheads-bring-people-to-the',
    ]);
  });

  it('fail the build when a reworded opening drops a published id', () => {
    const $ = chapter('Smugglers bring people to the compounds.');
    const page = { page: 'chapters/first/', file: 'dist/chapters/first/index.html' };
    expect(() =>
      applyRegistry($, checkUniqueIds($, page.file), { 'p-snakeheads-bring-people-to-the': true }, page, 'content/anchors.json'),
    ).toThrow(
      'content/anchors.json: chapters/first/#p-snakeheads-bring-people-to-the is published but no longer on the page (dist/chapters/first/index.html)',
    );
  });

  it('keep old links working through an alias when the rename is recorded', () => {
    const $ = chapter('Smugglers bring people to the compounds.');
    const page = { page: 'chapters/first/', file: 'dist/chapters/first/index.html' };
    applyRegistry(
      $,
      checkUniqueIds($, page.file),
      { 'p-snakeheads-bring-people-to-the': 'p-smugglers-bring-people-to-the' },
      page,
      'content/anchors.json',
    );
    expect($('#p-snakeheads-bring-people-to-the').next().attr('id')).toBe('p-smugglers-bring-people-to-the');
  });
});
