/**
 * Ids that text edits do not move: fixture builds of what an author does.
 * A published paragraph's id is written into the English text
 * (`{/* #p-id *\/}`), so fixing its first words moves nothing; a new anchor
 * fails the build until `npm run anchors:record` records it; a lost one is
 * reported with the id it most likely became; an alias is declared once, for
 * every edition, and keeps a renamed section's share and cite pages.
 */
import * as cheerio from 'cheerio';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localeCodes, locales } from '../../src/editions/locales';
import { buildFixture, removeFixtureCopies } from '../support/fixture-site';

afterAll(removeFixtureCopies, 120_000);

// One build at a time, each with room for a busy machine: the builds of
// build-errors.test.ts already run side by side with these.
const buildTimeout = 300_000;

/** A built page of every edition: `chapters/first/` → its parsed HTML per edition prefix. */
function everyEdition(dist: string, page: string): Array<[string, cheerio.CheerioAPI]> {
  return localeCodes.map((code) => {
    const path = `${locales[code].prefix}${page}`;
    return [path, cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'))];
  });
}

describe('ids that text edits do not move', { timeout: buildTimeout }, () => {
  it('a typo fixed in a paragraph\'s first words leaves its id alone, in every edition', async () => {
    const { status, output, dist } = await buildFixture({
      'chapters/01-first.mdx': (text) => text.replace('The evidence for the finding.', 'The evidense for this finding.'),
    });
    expect(output).not.toMatch(/p-the-evidence-for-the-finding is published but no longer/);
    expect(status).toBe(0);
    for (const [path, $] of everyEdition(dist, 'chapters/first/')) {
      const paragraph = $('#p-the-evidence-for-the-finding');
      expect(paragraph.is('p'), path).toBe(true);
      expect($('[id^="p-the-evidense"]'), path).toHaveLength(0);
    }
    // The reader sees the corrected words, and nothing of the written id.
    const [, english] = everyEdition(dist, 'chapters/first/')[0]!;
    expect(english('#p-the-evidence-for-the-finding').contents().first().text()).toBe('The evidense for this finding.');
    expect(english('.prose').html()).not.toContain('/*');
  });

  it('a new paragraph and section fail the build until they are recorded, naming the file, the line and the command', async () => {
    const { status, output } = await buildFixture({
      'chapters/02-second.mdx': (text) => `${text}\n## Later {#later}\n\nA later paragraph.\n`,
      'chapters/zh-hans/02-second.mdx': (text) => `${text}\n## 后来 {#later}\n\n后来的一段。\n`,
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/02-second\.mdx:\d+: the paragraph "A later paragraph\.…" is new: its id \(#p-a-later-paragraph\) is not yet recorded or written into the text; run `npm run anchors:record`/);
    expect(output).toMatch(/dist\/chapters\/second\/index\.html: a new anchor is not recorded as published yet \(#later\); run `npm run anchors:record`/);
    // Once, on the English page: the translations carry the same ids.
    expect(output).not.toMatch(/dist\/zh(-hant)?\/chapters\/second\/index\.html: a new anchor/);
  });

  it('a removed paragraph\'s message names the paragraph now in its place', async () => {
    const { status, output } = await buildFixture({
      'chapters/01-first.mdx': (text) => text.replace(/^.*The evidence for the finding\.\n\n/m, ''),
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('这项发现的证据。\n\n', ''),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(
      'content/anchors.json: chapters/first/#p-the-evidence-for-the-finding is published but no longer on the page (dist/chapters/first/index.html); ' +
        'its likely new id is "p-a-footnote-1-an-autolink": write "p-the-evidence-for-the-finding": "p-a-footnote-1-an-autolink" under "chapters/first/" in content/anchors.json',
    );
    expect(output).not.toMatch(/zh(-hant)?\/chapters\/first\/#p-the-evidence-for-the-finding is published/);
  });

  describe('a section renamed, with its alias declared once', () => {
    let build: ReturnType<typeof buildFixture> | undefined;
    const renamed = () =>
      (build ??= buildFixture({
        'chapters/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
        'chapters/zh-hans/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
        'anchors.json': (text) => text.replace('"a-section": true', '"a-section": "first-section"'),
      }));

    it('builds, and the old id lands on the new section in all three editions', async () => {
      const { status, output, dist } = await renamed();
      expect(output).not.toMatch(/published but no longer|not recorded/);
      expect(status).toBe(0);
      for (const [path, $] of everyEdition(dist, 'chapters/first/')) {
        expect($('#a-section').is('span.anchor-alias'), path).toBe(true);
        expect($('#a-section').next().attr('id'), path).toBe('first-section');
      }
    });

    it('keeps the old share and cite pages, each forwarding to the new one', async () => {
      const { dist } = await renamed();
      for (const [kind, expectedCanonical] of [['s', 'chapters/first/#first-section'], ['cite', 'cite/first/first-section/']] as const) {
        for (const code of localeCodes) {
          const prefix = locales[code].prefix;
          const old = join(dist, prefix, kind, 'first', 'a-section', 'index.html');
          expect(existsSync(old), `${prefix}${kind}/first/a-section/`).toBe(true);
          const $ = cheerio.load(readFileSync(old, 'utf8'));
          expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=/${prefix}${kind}/first/first-section/`);
          expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`/${prefix}${expectedCanonical}$`));
          expect($(`a[href="/${prefix}${kind}/first/first-section/"]`)).toHaveLength(1);
          expect(existsSync(join(dist, prefix, kind, 'first', 'first-section', 'index.html'))).toBe(true);
        }
      }
      const cite = cheerio.load(readFileSync(join(dist, 'cite', 'first', 'a-section', 'index.html'), 'utf8'));
      expect(cite('main p').text()).toBe('This section has a new address: A section');
    });
  });
});
