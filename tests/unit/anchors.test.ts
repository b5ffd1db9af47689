import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { idsOnPage, pageIds, publishableIds, registryProblems } from '../../src/report/anchors';

/** A built chapter page, reduced to its text (the link controls are made at render: link-controls.test.ts). */
function chapter(body: string): cheerio.CheerioAPI {
  return cheerio.load(`<article data-chapter="first"><div class="prose"><h2 id="a-section">A section</h2>${body}</div></article>`);
}
const page = { page: 'chapters/first/', file: 'dist/chapters/first/index.html' };
const problems = ($: cheerio.CheerioAPI, entries: Record<string, true | string>) =>
  registryProblems(pageIds($, idsOnPage($, page.file).ids), entries, { ...page, key: page.page }, 'content/anchors.json');

describe('paragraph anchors', () => {
  it('are published like headings', () => {
    expect(publishableIds(chapter('<p id="p-snakeheads-bring-people-to-the">Snakeheads bring people to the compounds.</p>'))).toEqual([
      'a-section',
      'p-snakeheads-bring-people-to-the',
    ]);
  });

  it('fail the build when a published id is gone, naming the id now in its place', () => {
    const $ = chapter('<p id="p-smugglers-bring-people-to-the">Smugglers bring people to the compounds.</p>');
    expect(problems($, { 'p-snakeheads-bring-people-to-the': true })).toEqual([
      'content/anchors.json: chapters/first/#p-snakeheads-bring-people-to-the is published but no longer on the page (dist/chapters/first/index.html); ' +
        'its likely new id is "p-smugglers-bring-people-to-the": write "p-snakeheads-bring-people-to-the": "p-smugglers-bring-people-to-the" under "chapters/first/" in content/anchors.json so old links land there, or restore the id',
    ]);
  });

  it('fail the build when a published id is gone and nothing of its kind is left, asking for its new place', () => {
    const $ = chapter('');
    expect(problems($, { 'p-snakeheads-bring-people-to-the': true })).toEqual([
      'content/anchors.json: chapters/first/#p-snakeheads-bring-people-to-the is published but no longer on the page (dist/chapters/first/index.html); ' +
        'restore the id, or name its new place: "p-snakeheads-bring-people-to-the": "new-id"',
    ]);
  });

  it('pass when the rename is recorded and the page carries the alias anchor', () => {
    const $ = chapter('<span id="p-snakeheads-bring-people-to-the" class="anchor-alias"></span><p id="p-smugglers-bring-people-to-the">Smugglers bring people.</p>');
    expect(problems($, { 'p-snakeheads-bring-people-to-the': 'p-smugglers-bring-people-to-the' })).toEqual([]);
  });

  it('fail when a recorded rename has no alias anchor on the page', () => {
    const $ = chapter('<p id="p-smugglers-bring-people-to-the">Smugglers bring people.</p>');
    expect(problems($, { 'p-snakeheads-bring-people-to-the': 'p-smugglers-bring-people-to-the' })).toEqual([
      expect.stringContaining('chapters/first/#p-snakeheads-bring-people-to-the is marked as moved to "p-smugglers-bring-people-to-the", but the page has no alias anchor for it'),
    ]);
  });

  it('fail when a renamed id is still on the page itself', () => {
    const $ = chapter('<p id="p-snakeheads-bring-people-to-the">Snakeheads.</p><p id="p-smugglers-bring-people-to-the">Smugglers.</p>');
    expect(problems($, { 'p-snakeheads-bring-people-to-the': 'p-smugglers-bring-people-to-the' })).toEqual([
      'content/anchors.json: chapters/first/#p-snakeheads-bring-people-to-the is marked as moved to "p-smugglers-bring-people-to-the", but the id is still on the page',
    ]);
  });
});

describe('ids on a page', () => {
  it('may not repeat', () => {
    const $ = chapter('<p id="a-section">Again.</p>');
    expect(idsOnPage($, page.file).problems).toEqual(['dist/chapters/first/index.html: the id "a-section" is used more than once on the page']);
  });
});
