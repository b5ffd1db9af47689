import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { applyRegistry, checkUniqueIds, decorateChapter, decorateHeadings, publishableIds } from '../../src/utils/anchors';
import { translator } from '../../src/i18n/translate';

const { t } = translator('en');

function chapter(paragraph: string): cheerio.CheerioAPI {
  const $ = cheerio.load(
    `<article data-chapter="first"><div class="prose"><h2 id="a-section">A section</h2><p>${paragraph}</p></div></article>`,
  );
  decorateChapter($, '/cite/first/', t);
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

describe('a section behind a content note', () => {
  it('repeats the note inside each of its paragraphs, for links that land on one, without changing their ids', () => {
    const $ = cheerio.load(
      '<article><div class="prose"><h2 id="inside">Inside</h2><aside class="content-note"><p><strong>Content note.</strong> Violence.</p></aside>' +
        '<p>Victims could be beaten.</p><h2 id="after">After</h2><p>Calm text.</p></div></article>',
    );
    decorateChapter($, '/cite/first/', t);
    expect($('#p-victims-could-be-beaten .target-note').text()).toBe('Content note. Violence.');
    expect($('#p-calm-text .target-note')).toHaveLength(0);
  });
});

describe('headings of the stand-alone pages', () => {
  it('get a link to themselves and a copy button, and no Cite link', () => {
    const $ = cheerio.load('<article data-page="about"><div class="prose"><h2 id="how-to-cite">How to cite</h2></div></article>');
    decorateHeadings($, t);
    expect($('.section-tools a.heading-link').attr('href')).toBe('#how-to-cite');
    expect($('.section-tools .copy-link').attr('data-copy')).toBe('#how-to-cite');
    expect($('.cite-link')).toHaveLength(0);
  });
});
