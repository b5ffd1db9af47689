/**
 * A chapter with a broken field must stop the build, and the message must say
 * which file and which field. These build the small fixture site with one
 * thing broken at a time (the three broken links share one build: the link
 * check reports every broken link at once). The builds are separate
 * processes, so they run side by side.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture as buildWith, removeFixtureCopies, type Edits } from '../support/fixture-site';

// Removing a score of built copies can outlast the default hook timeout on a busy machine.
afterAll(removeFixtureCopies, 120_000);

/** One build shared by several tests, started when the first of them asks. */
function sharedBuild(edits: Edits): () => ReturnType<typeof buildWith> {
  let build: ReturnType<typeof buildWith> | undefined;
  return () => (build ??= buildWith(edits));
}

// The translation gets the same number of paragraphs, or it would fail first.
// Found by the check of the built site.
const brokenLinks = sharedBuild({
  'chapters/01-first.mdx': (text) => `${text}\n![A photo](/images/missing.png)\n`,
  'chapters/zh-hans/01-first.mdx': (text) => `${text}\n一张照片。\n`,
  'chapters/02-second.mdx': (text) => `${text}\nSee [the missing page](/nowhere/).\n`,
  'chapters/zh-hans/02-second.mdx': (text) => `${text}\n见缺失的一页。\n`,
});

// Links to chapters are checked while the text renders (src/rendering/chapter-links.ts), so they name the line.
const brokenChapterLinks = sharedBuild({
  'chapters/02-second.mdx': (text) =>
    `${text}\nSee [the missing chapter](/chapters/nowhere/).\n\nSee [a section](/chapters/first/#gone).\n`,
  'chapters/zh-hans/02-second.mdx': (text) => `${text}\n见缺失的一章。\n\n见一个小节。\n`,
});

describe.concurrent('a broken chapter fails the build and names the file and the field', () => {
  it('builds the untouched fixture, and sends no telemetry', async () => {
    const { status, output } = await buildWith({}, ['build', '--verbose']);
    expect(status).toBe(0);
    expect(output).toContain('[record] telemetry has been disabled');
  });

  // A frontmatter or glossary field is checked by the content layer alone:
  // `astro sync` proves the error in a fraction of a build's time.
  it('missing description', async () => {
    const { status, output } = await buildWith(
      { 'chapters/02-second.mdx': (text) => text.replace(/^description:.*\n/m, '') },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('02-second.mdx');
    expect(output).toMatch(/description: is required/);
  });

  it('malformed key finding id', async () => {
    const { status, output } = await buildWith(
      { 'chapters/01-first.mdx': (text) => text.replace('id: finding-fixture-one', 'id: Fixture One') },
      ['sync'],
    );
    expect(status).not.toBe(0);
    expect(output).toContain('01-first.mdx');
    expect(output).toMatch(/keyFindings\.0\.id: must start with "finding-"/);
  });

  it('two chapters with the same order', async () => {
    const { status, output } = await buildWith({ 'chapters/02-second.mdx': (text) => text.replace('order: 2', 'order: 1') });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/0[12]-(first|second): field "order" is 1/);
  });

  it('glossary entry pointing at a section that does not exist', async () => {
    const { status, output } = await buildWith({
      'glossary.yaml': (text) => text.replace('see: chapters/second/#only-section', 'see: chapters/second/#no-such-section'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/glossary\.yaml: entry "fixture-term", field "see"/);
  });

  it('glossary entry without a definition', async () => {
    const { status, output } = await buildWith({ 'glossary.yaml': (text) => text.replace(/^  definition:.*\n/m, '') }, ['sync']);
    expect(status).not.toBe(0);
    expect(output).toContain('glossary');
    expect(output).toMatch(/definition: is required/);
  });

  it('heading without an id', async () => {
    const { status, output } = await buildWith({
      'chapters/02-second.mdx': (text) => text.replace('## Only section {#only-section}', '## Only section'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/chapters\/02-second\.mdx:\d+: the heading "Only section" has no id/);
  });

  it('duplicate id on a page', async () => {
    const { status, output } = await buildWith({
      'chapters/01-first.mdx': (text) => text.replace('{#a-subsection}', '{#finding-fixture-one}'),
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('{#a-subsection}', '{#finding-fixture-one}'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/dist\/chapters\/first\/index\.html: the id "finding-fixture-one" is used more than once/);
  });

  it('published anchor removed without a new target', async () => {
    const { status, output } = await buildWith({
      'chapters/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/anchors\.json: chapters\/first\/#a-section is published but no longer on the page/);
    // The message names the id it became, and where to declare the alias, once for every edition.
    expect(output).toContain('its likely new id is "first-section": write "a-section": "first-section" under "chapters/first/" in content/anchors.json');
  });

  it('registry entry pointing to an anchor that does not exist', async () => {
    const { status, output } = await buildWith({
      'chapters/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
      'anchors.json': (text) => text.replace('"a-section": true', '"a-section": "nowhere"'),
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(/content\/anchors\.json: chapters\/first\/#a-section points to "nowhere", which is not on the page/);
  });

  it('renamed anchor with its new target named: the old link lands on the new place', async () => {
    const { status, dist } = await buildWith({
      'chapters/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('{#a-section}', '{#first-section}'),
      'anchors.json': (text) => text.replace('"a-section": true', '"a-section": "first-section"'),
    });
    expect(status).toBe(0);
    const html = readFileSync(join(dist, 'chapters', 'first', 'index.html'), 'utf8');
    expect(html).toMatch(/<span id="a-section" class="anchor-alias"><\/span><h2 id="first-section">/);
  });

  // English moves first (tests/unit/english-first.test.ts): a translation out of step builds, shows the English section, and says so.
  it('a translation that splits a paragraph builds, warns naming the file and the section, and shows that section from English', async () => {
    const { status, output, dist } = await buildWith({
      'chapters/zh-hans/02-second.mdx': (text) => `${text}\n多出来的一段。\n`,
    });
    expect(status).toBe(0);
    expect(output).toContain('content/chapters/zh-hans/02-second.mdx: section "only-section" has 2 paragraphs, its English original 1');
    const $ = cheerio.load(readFileSync(join(dist, 'zh', 'chapters', 'second', 'index.html'), 'utf8'));
    expect($('#only-section').parent().attr('lang')).toBe('en');
    expect($('.prose').text()).not.toContain('多出来的一段');
  });

  it('a translation that lacks a section of its original builds, warns naming the file and the id, and shows it from English', async () => {
    const { status, output, dist } = await buildWith({
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('### 一个子小节 {#a-subsection}\n', ''),
    });
    expect(status).toBe(0);
    expect(output).toContain('content/chapters/zh-hans/01-first.mdx: section "a-subsection" of the English original is missing');
    const $ = cheerio.load(readFileSync(join(dist, 'zh', 'chapters', 'first', 'index.html'), 'utf8'));
    expect($('#a-subsection').parent().attr('lang')).toBe('en');
  });

  it('a translation whose findings differ from the English ones fails, naming the file and the id', async () => {
    const { status, output } = await buildWith({
      'chapters/zh-hans/01-first.mdx': (text) => text.replace('id: finding-fixture-one', 'id: finding-fixture-other'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/zh-hans/01-first.mdx: key finding "finding-fixture-one" of the English chapter is missing');
  });

  it('a glossary entry without its Chinese words fails, naming the entry and the field', async () => {
    const { status, output } = await buildWith({ 'glossary.yaml': (text) => text.replace(/\n  zh-hans:[\s\S]*$/, '\n') });
    expect(status).not.toBe(0);
    expect(output).toContain('content/glossary.yaml: entry "fixture-term", field "zh-hans": missing');
  });

  it('a translation of an older English text builds, warns naming the file, and its page says English is newer', async () => {
    const { status, output, dist } = await buildWith({
      'chapters/01-first.mdx': (text) => text.replace('updated: 2026-11-24', 'updated: 2026-12-01'),
    });
    expect(status).toBe(0);
    expect(output).toMatch(/content\/chapters\/zh-hans\/01-first\.mdx translates the English text of 2026-11-24; the English edition was updated on 2026-12-01/);
    const translated = readFileSync(join(dist, 'zh', 'chapters', 'first', 'index.html'), 'utf8');
    expect(translated).toMatch(/英文版已有更新。[\s\S]*2026年12月1日[\s\S]*href="\/chapters\/first\/"[^>]*>阅读英文版</);
    // What the reader sees: the label, the dated sentence, the link, in the Chinese order.
    const notice = cheerio.load(translated)('[role="note"].translation-behind');
    expect(notice.attr('aria-label')).toBe('英文版已有更新。');
    expect(notice.text().replace(/\s+/g, ' ').trim()).toBe('英文版已有更新。 英文版于2026年12月1日更新，晚于本译文所依据的版本。 阅读英文版');
    expect(notice.find('time').attr('datetime')).toBe('2026-12-01');
    const current = readFileSync(join(dist, 'zh', 'chapters', 'second', 'index.html'), 'utf8');
    expect(current).not.toContain('英文版已有更新');
  });

  it('a sentence whose placeholder the page has no slot for fails, naming the string key and the placeholder', async () => {
    // Both languages agree, so the strings check passes; the footer still fills {report}, which the sentence no longer has.
    const rename = (text: string) => text.replace(/("footer\.credit": "[^"]*)\{report\}/, '$1{original}');
    const { status, output } = await buildWith({ 'src/editions/en.json': rename, 'src/editions/zh-hans.json': rename });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /src\/editions\/(?:en|zh-hans)\.json[^,]*, "footer\.credit": the placeholder \{original\} has no slot "original" to fill it; the slot "report" has no placeholder \{report\} in the string/,
    );
  });

  it('broken internal link in a chapter', async () => {
    const { status, output } = await brokenLinks();
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/02-second.mdx: /nowhere/: no such page or file');
  });

  it('link to a chapter that does not exist', async () => {
    const { status, output } = await brokenChapterLinks();
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/02-second.mdx:17: the link "/chapters/nowhere/" leads nowhere: there is no chapter "nowhere" (chapters: first, second)');
  });

  it('link to a section that does not exist', async () => {
    const { status, output } = await brokenChapterLinks();
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/02-second.mdx:19: the link "/chapters/first/#gone" leads nowhere: content/chapters/01-first.mdx has no section or paragraph "gone"');
  });

  it('missing image in a chapter', async () => {
    const { status, output } = await brokenLinks();
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/01-first.mdx: /images/missing.png: no such page or file');
  });
});
