import { describe, expect, it } from 'vitest';
import type { AnchorRegistry } from '../../src/report/anchors';
import { DistCheck } from '../../src/integrations/dist-check';

const files = ['index.html', 'chapters/a/index.html', 'favicon.svg', '_astro/site.css'];
const html = (body: string) => `<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

/**
 * Checks small built sites: `pages` maps a built file (`chapters/a/index.html`) to the body of its HTML.
 * Without a registry, the site is checked as `npm run anchors:record` checks it: its anchors are new, not a problem.
 */
function check(pages: Record<string, string>, options: { basePath?: string; registry?: AnchorRegistry; files?: string[] } = {}): string[] {
  const all = new Set([...(options.files ?? files), ...Object.keys(pages)]);
  const checker = new DistCheck(all, { basePath: options.basePath ?? '/', registry: options.registry ?? {}, registryFile: 'content/anchors.json', recording: !options.registry });
  for (const [path, body] of Object.entries(pages)) checker.add(path, html(body));
  return checker.finish();
}

/** A chapter page as built: its source file and its text. */
const chapter = (source: string, body: string) => `<article data-chapter="a" data-source="${source}"><div class="prose">${body}</div></article>`;

describe('the check of the built site: links', () => {
  it('accepts links to pages, files and existing ids, relative or absolute', () => {
    expect(
      check({
        'index.html': '<a href="chapters/a/#one">a</a><img src="/favicon.svg" alt="">',
        'chapters/a/index.html': '<h2 id="one">One</h2><a href="../../">home</a><a href="#one">self</a><a href="#:~:text=One">quote</a>',
      }),
    ).toEqual([]);
  });

  it('ignores other sites, mail and phone links, and canonical links', () => {
    expect(
      check({ 'index.html': '<a href="https://example.org/x">x</a><a href="tel:117">117</a><a href="mailto:a@b.c">m</a><link rel="canonical" href="/gone/">' }),
    ).toEqual([]);
  });

  it('names the built page, the link and what is wrong', () => {
    expect(
      check({
        'index.html': '<a href="/chapters/b/">b</a><a href="/chapters/a/#two">two</a><img src="/missing.png" alt="">',
        'chapters/a/index.html': '<h2 id="one">One</h2>',
      }),
    ).toEqual([
      'dist/index.html: /chapters/b/: no such page or file',
      'dist/index.html: /chapters/a/#two: no element with id "two" on chapters/a/',
      'dist/index.html: /missing.png: no such page or file',
    ]);
  });

  it('names the content file a page renders, and the built page', () => {
    expect(check({ 'chapters/a/index.html': chapter('content/chapters/01-a.mdx', '<p><a href="/chapters/a/#gone">gone</a></p>') })).toEqual([
      'content/chapters/01-a.mdx: /chapters/a/#gone: no element with id "gone" on chapters/a/ (dist/chapters/a/index.html)',
    ]);
  });

  it('catches links that escape a base path', () => {
    expect(check({ 'index.html': '<a href="/chapters/a/">a</a>' }, { basePath: '/report/' })).toEqual([
      "dist/index.html: /_astro/site.css: points outside the site's base path /report/",
      "dist/index.html: /chapters/a/: points outside the site's base path /report/",
    ]);
  });

  it('follows a page that only redirects', () => {
    expect(check({ 's/x/index.html': '<meta http-equiv="refresh" content="0; url=/chapters/a/#nowhere">', 'chapters/a/index.html': '<h2 id="one">One</h2>' })).toEqual([
      'dist/s/x/index.html: /chapters/a/#nowhere: no element with id "nowhere" on chapters/a/',
    ]);
  });
});

describe('the check of the built site: ids', () => {
  it('names the page and each id used more than once', () => {
    expect(check({ 'chapters/a/index.html': chapter('content/chapters/01-a.mdx', '<h2 id="one">One</h2><p id="one">Again.</p><p id="one">And again.</p>') })).toEqual([
      'dist/chapters/a/index.html: the id "one" is used more than once on the page',
    ]);
  });

  it('names the translation that lacks an id of its English page, or carries one it does not have', () => {
    const english = chapter('content/chapters/01-a.mdx', '<h2 id="one">One</h2><p id="p-the-first">The first.</p>');
    const translation = chapter('content/chapters/zh-hans/01-a.mdx', '<h2 id="uno">一</h2><p id="p-the-first">第一。</p>');
    expect(check({ 'zh/chapters/a/index.html': translation, 'chapters/a/index.html': english })).toEqual([
      'content/chapters/zh-hans/01-a.mdx: lacks the id "one" of its English original',
      'content/chapters/zh-hans/01-a.mdx: carries the id "uno", which its English original does not have',
    ]);
  });

  it('lets a translated stand-alone page add sections of its own, but not drop one', () => {
    const page = (source: string, body: string) => `<article data-page="about" data-source="${source}"><div class="prose">${body}</div></article>`;
    expect(
      check({
        'about/index.html': page('content/pages/about.mdx', '<h2 id="who">Who</h2><h2 id="how">How</h2>'),
        'zh/about/index.html': page('content/pages/zh-hans/about.mdx', '<h2 id="who">谁</h2><h2 id="translation-note">译注</h2>'),
      }),
    ).toEqual(['content/pages/zh-hans/about.mdx: lacks the id "how" of its English original']);
  });
});

describe('the check of the built site: the anchor registry', () => {
  it('names the registry, the page and the published id that no longer lands', () => {
    expect(
      check(
        { 'chapters/a/index.html': chapter('content/chapters/01-a.mdx', '<h2 id="one">One</h2>') },
        { registry: { 'chapters/a/': { one: true, two: true, three: 'four' } } },
      ),
    ).toEqual([
      'content/anchors.json: chapters/a/#two is published but no longer on the page (dist/chapters/a/index.html); ' +
        'its likely new id is "one": write "two": "one" under "chapters/a/" in content/anchors.json so old links land there, or restore the id',
      'content/anchors.json: chapters/a/#three points to "four", which is not on the page (dist/chapters/a/index.html)',
    ]);
  });

  it('names a renamed heading\'s likely new id: the new id most like it', () => {
    const page = chapter('content/chapters/01-a.mdx', '<h2 id="passports-taken">Passports</h2><h2 id="debts-resold">Debts</h2><h2 id="port-and-shipping">Port</h2>');
    expect(check({ 'chapters/a/index.html': page }, { registry: { 'chapters/a/': { 'passports-confiscated': true, 'debts-resold': true, port: true } } })).toEqual([
      expect.stringContaining('chapters/a/#passports-confiscated is published but no longer on the page (dist/chapters/a/index.html); its likely new id is "passports-taken": write "passports-confiscated": "passports-taken"'),
      expect.stringContaining('chapters/a/#port is published but no longer on the page (dist/chapters/a/index.html); its likely new id is "port-and-shipping"'),
      expect.stringContaining('dist/chapters/a/index.html: 2 new anchors are not recorded as published yet (#passports-taken, #port-and-shipping)'),
    ]);
  });

  it('names a removed paragraph\'s likely new id: the paragraph now in its place', () => {
    const page = chapter('content/chapters/01-a.mdx', '<h2 id="one">One</h2><p id="p-first">First.</p><p id="p-third">Third.</p>');
    const registry = { 'chapters/a/': { one: true, 'p-first': true, 'p-second': true, 'p-third': true } as Record<string, true> };
    expect(check({ 'chapters/a/index.html': page }, { registry })).toEqual([
      'content/anchors.json: chapters/a/#p-second is published but no longer on the page (dist/chapters/a/index.html); ' +
        'its likely new id is "p-third": write "p-second": "p-third" under "chapters/a/" in content/anchors.json so old links land there, or restore the id',
    ]);
  });

  it('fails on an anchor not recorded yet, naming the page, the id and the command that records it', () => {
    const page = chapter('content/chapters/01-a.mdx', '<h2 id="one">One</h2><p id="p-first">First.</p><h2 id="two">Two</h2>');
    expect(check({ 'chapters/a/index.html': page }, { registry: { 'chapters/a/': { one: true, 'p-first': true } } })).toEqual([
      expect.stringMatching(/^dist\/chapters\/a\/index\.html: a new anchor is not recorded as published yet \(#two\); run `npm run anchors:record`/),
    ]);
  });

  it('holds an entry of the English page in every edition, and reports what a page lost once, not per edition', () => {
    const english = chapter('content/chapters/01-a.mdx', '<span id="old" class="anchor-alias"></span><h2 id="new">New</h2>');
    const translation = chapter('content/chapters/zh-hans/01-a.mdx', '<span id="old" class="anchor-alias"></span><h2 id="new">新</h2>');
    const registry = { 'chapters/a/': { old: 'new', gone: true } as Record<string, true | string> };
    expect(check({ 'chapters/a/index.html': english, 'zh/chapters/a/index.html': translation }, { registry })).toEqual([
      expect.stringContaining('content/anchors.json: chapters/a/#gone is published but no longer on the page (dist/chapters/a/index.html)'),
    ]);
    const withoutAlias = chapter('content/chapters/zh-hans/01-a.mdx', '<h2 id="new">新</h2>');
    expect(check({ 'chapters/a/index.html': english, 'zh/chapters/a/index.html': withoutAlias }, { registry: { 'chapters/a/': { old: 'new' } } })).toEqual([
      'content/anchors.json: zh/chapters/a/#old is marked as moved to "new", but the page has no alias anchor for it; alias anchors are made only for headings and paragraphs of the text',
    ]);
  });

  it('records a section only a translated page has under that page\'s own path', () => {
    const page = (source: string, body: string) => `<article data-page="about" data-source="${source}"><div class="prose">${body}</div></article>`;
    const pages = {
      'about/index.html': page('content/pages/about.mdx', '<h2 id="who">Who</h2>'),
      'zh/about/index.html': page('content/pages/zh-hans/about.mdx', '<h2 id="who">谁</h2><h2 id="translation-note">译注</h2>'),
    };
    expect(check(pages, { registry: { 'about/': { who: true }, 'zh/about/': { 'translation-note': true } } })).toEqual([]);
    expect(check(pages, { registry: { 'about/': { who: true } } })).toEqual([
      expect.stringMatching(/^dist\/zh\/about\/index\.html: a new anchor is not recorded as published yet \(#translation-note\)/),
    ]);
  });

  it('names the registered pages that were not built', () => {
    expect(check({ 'index.html': '' }, { registry: { 'chapters/gone/': { one: true } } })).toEqual([
      'content/anchors.json: published pages no longer exist: chapters/gone/',
    ]);
  });
});
