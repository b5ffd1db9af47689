/**
 * English moves first, translations follow: an English chapter that gains a
 * section and a paragraph, and rewords another section, before its Chinese
 * translation does, still builds. The build warns, naming the translation's
 * file and each section; the Chinese pages (Simplified, and Traditional,
 * converted from it) carry every heading and paragraph id of the English
 * page, show the untranslated sections from English marked `lang="en"` under
 * a notice in their language, and say where the English text changed since
 * the translation recorded its fingerprint. Untouched text shows no notice.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureCopies, type FixtureBuild } from '../support/fixture-site';
import english from '../../src/editions/en.json';
import chinese from '../../src/editions/zh-hans.json';

let build: FixtureBuild;
const page = (path: string) => cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
const words = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The ids of a page's headings and paragraphs, in order: the anchors a link can name. */
const textIds = ($: cheerio.CheerioAPI) =>
  $('.prose h2[id], .prose h3[id], .prose p[id]')
    .map((_, element) => $(element).attr('id'))
    .get()
    .filter((id) => id !== 'footnote-label');

const file = 'content/chapters/zh-hans/01-first.mdx';

afterAll(removeFixtureCopies, 120_000);

beforeAll(async () => {
  build = await buildFixture(
    {
      'chapters/01-first.mdx': (text) => {
        const edited = text
          // A paragraph the translation lacks, in a section it has.
          .replace('Text with a term, <span lang="zh">蛇头</span>.\n', 'Text with a term, <span lang="zh">蛇头</span>.\n\nA paragraph English added later.\n')
          // A section the translation lacks.
          .replace('## The evidence {#evidence}', '## A new section {#new-section}\n\nWhat English added first.\n\n## The evidence {#evidence}')
          // Reworded after the translation recorded its fingerprint.
          .replace('The evidence for the finding.', 'The evidence for the finding, restated.');
        expect(edited.match(/added later|added first|restated/g)).toHaveLength(3);
        return edited;
      },
      // A section the English chapter no longer has.
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('## 证据 {#evidence}', '## 多余的一节 {#extra}\n\n英文版已删去这一节。\n\n## 证据 {#evidence}'),
    },
    // The author publishes the new anchors, as the build asks, before building.
    ['build'],
    { recordAnchorsFirst: true },
  );
}, 300_000);

describe('an English chapter that moves before its translation', () => {
  it('builds, and warns naming the translation and each section', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output).toContain(`${file}: section "new-section" of the English original is missing; the page shows it in English`);
    expect(build.output).toContain(`${file}: section "a-section" has 1 paragraph, its English original 2; the page shows the English section`);
    expect(build.output).toContain(`${file}: section "extra" is not in the English original (any more); the page leaves it out`);
    expect(build.output).toMatch(new RegExp(`${file}: the English text of section "evidence" has changed since it was translated \\(fingerprint [0-9a-f]{10} recorded, now [0-9a-f]{10}\\)`));
    expect(build.output).toMatch(/\[report-dist-check\] checked the links and ids of \d+ pages/);
  });

  for (const [prefix, edition] of [
    ['zh/', '简体中文'],
    ['zh-hant/', '繁體中文'],
  ] as const) {
    describe(`the ${prefix} page`, () => {
      it('has every heading and paragraph id of the English page, in its order, and not the section English dropped', () => {
        const ids = textIds(page(`${prefix}chapters/first/`));
        expect(ids).toContain('new-section');
        expect(ids).toContain('p-what-english-added-first');
        expect(ids).toContain('p-a-paragraph-english-added-later');
        expect(ids).toEqual(textIds(page('chapters/first/')));
        expect(page(`${prefix}chapters/first/`)('#extra')).toHaveLength(0);
      });

      it('shows the sections it lacks from English, marked as English, under a notice in its language', () => {
        const $ = page(`${prefix}chapters/first/`);
        for (const [id, paragraph, text] of [
          ['new-section', 'p-what-english-added-first', 'What English added first.'],
          ['a-section', 'p-a-paragraph-english-added-later', 'A paragraph English added later.'],
        ] as const) {
          const container = $(`#${id}`).parent();
          expect(container.attr('lang'), id).toBe('en');
          expect(words(container.find(`#${paragraph}`).text()), id).toContain(text);
          const notice = container.children('[role="note"]');
          expect(notice.attr('lang'), id).toBe(prefix === 'zh/' ? 'zh-Hans' : 'zh-Hant');
          expect(notice.find('a').attr('href'), id).toBe(`/chapters/first/#${id}`);
          if (prefix === 'zh/') {
            expect(words(notice.text())).toBe(`${chinese['translation.sectionInEnglish'].replace('{edition}', edition)} ${chinese['translation.readSectionInEnglish']}`);
          } else {
            expect(words(notice.text())).toContain(edition);
          }
        }
      });

      it('says at the reworded section that its English text has changed, linking to it, and shows no other notice', () => {
        const $ = page(`${prefix}chapters/first/`);
        const notices = $('.prose [role="note"]');
        expect(notices).toHaveLength(3);
        const stale = $('#evidence').nextAll('[role="note"]').first();
        expect(stale.find('a').attr('href')).toBe('/chapters/first/#evidence');
        if (prefix === 'zh/') expect(words(stale.text())).toBe(`${chinese['translation.sectionChanged']} ${chinese['translation.readSectionInEnglish']}`);
        // The section itself is still the translation, not marked as English.
        expect($('#evidence').parent().attr('lang')).toBeUndefined();
        expect(words($('#evidence').nextAll('p').first().text())).toMatch(/^这项发现的证据|^這項發現的證據/);
        // The untouched chapter shows none.
        expect(page(`${prefix}chapters/second/`)('.prose [role="note"]')).toHaveLength(0);
      });
    });
  }

  it('the English pages show no notice', () => {
    expect(page('chapters/first/')('.prose [role="note"]')).toHaveLength(0);
    expect(page('chapters/first/')('body').text()).not.toContain(english['translation.sectionChanged']);
  });
});
