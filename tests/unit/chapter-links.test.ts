/**
 * Links between chapters, as an author writes them: to the chapter's file
 * and section (`./01-first.mdx#evidence`, from a translation the same
 * edition's chapter) or as the relative address (`../first/#a-section`).
 * The fixture site is built at the root and under /report/; in every
 * edition the chapter page's links lead to the other chapter's page, and the
 * print edition's to the section on the print page itself. A broken link
 * fails the build naming the .mdx file and the line it is written on.
 */
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFixture, removeFixtureCopies, type Edits, type FixtureBuild } from '../support/fixture-site';
import { conversionOf, localeCodes, locales } from '../../src/editions/locales';
import { convertedFile, originalLine } from '../../src/integrations/converted-file';

/** The line of a fixture file on which `text` stands, as a build message names it. */
const lineOf = (file: string, text: string) =>
  readFileSync(join(import.meta.dirname, '..', 'fixtures', 'minimal', file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;

afterAll(removeFixtureCopies, 120_000);

/** The link words of each written edition; a converted edition's are converted, as its text is. */
const words = {
  en: { file: 'the evidence', address: 'the section', chapter: 'the first chapter' },
  'zh-hans': { file: '那项证据', address: '前面的小节', chapter: '第一章' },
} as const;

const links: Edits = {
  'chapters/02-second.mdx': (text) =>
    text.replace('Closing text.', `Closing text, with [${words.en.file}](./01-first.mdx#evidence), [${words.en.address}](../first/#a-section) and [${words.en.chapter}](./01-first.mdx).`),
  'chapters/zh-hans/02-second.mdx': (text) =>
    text.replace('结尾的文字。', `结尾的文字，见[${words['zh-hans'].file}](./01-first.mdx#evidence)、[${words['zh-hans'].address}](../first/#a-section)和[${words['zh-hans'].chapter}](./01-first.mdx)。`),
};

function wordsOf(code: (typeof localeCodes)[number]): Record<keyof (typeof words)['en'], string> {
  if (code in words) return words[code as keyof typeof words];
  const conversion = conversionOf(code)!;
  const from = words[conversion.from as keyof typeof words];
  return { file: conversion.text(from.file), address: conversion.text(from.address), chapter: conversion.text(from.chapter) };
}

/** Where each link of a page leads, by the words a reader sees. */
function hrefs(build: FixtureBuild, path: string, linkWords: Record<string, string>): Record<string, string[]> {
  const $ = cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'));
  return Object.fromEntries(
    Object.entries(linkWords).map(([kind, text]) => [kind, $('main a').filter((_, a) => $(a).text() === text).map((_, a) => $(a).attr('href')).get()]),
  );
}

const ids = (build: FixtureBuild, path: string) =>
  cheerio.load(readFileSync(join(build.dist, path, 'index.html'), 'utf8'))('[id]').map((_, element) => element.attribs['id']).get();

describe.concurrent.each(['/', '/report/'])('links between chapters, built under %s', (base) => {
  let build: Promise<FixtureBuild> | undefined;
  const built = () => (build ??= buildFixture(links, ['build'], base === '/' ? {} : { basePath: base }));

  it('builds', async () => {
    const { status, output } = await built();
    expect(output).not.toMatch(/leads nowhere|no such page|no element with id/);
    expect(status).toBe(0);
  });

  it.each(localeCodes)('on the %s chapter page, each link leads to the first chapter of the same edition', async (code) => {
    const prefix = `${base}${locales[code].prefix}`;
    expect(hrefs(await built(), `${locales[code].prefix}chapters/second`, wordsOf(code))).toEqual({
      file: [`${prefix}chapters/first/#evidence`],
      address: [`${prefix}chapters/first/#a-section`],
      chapter: [`${prefix}chapters/first/`],
    });
  });

  it.each(localeCodes)('on the %s print page, each link leads to the section on the print page itself', async (code) => {
    const build = await built();
    const print = `${locales[code].prefix}print`;
    expect(hrefs(build, print, wordsOf(code))).toEqual({ file: ['#evidence'], address: ['#a-section'], chapter: ['#chapter-first'] });
    expect(ids(build, print)).toEqual(expect.arrayContaining(['evidence', 'a-section', 'chapter-first']));
  });
});

describe.concurrent('a broken link between chapters fails the build, naming the file and the line', () => {
  it('a file that does not exist', async () => {
    const { status, output } = await buildFixture({
      'chapters/02-second.mdx': (text) => text.replace('Closing text.', 'Closing text, see [the evidence](./01-frist.mdx#evidence).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/chapters/02-second.mdx:${lineOf('chapters/02-second.mdx', 'Closing text.')}: the link "./01-frist.mdx#evidence" leads nowhere: no chapter or page of the report is written in that file (files there: 01-first.mdx, 02-second.mdx)`);
    expect(output).not.toMatch(/dist\/[^\s]*index\.html/);
  });

  it('a section that does not exist, in the Simplified file (the Traditional edition, converted from it, names it too)', async () => {
    const { status, output } = await buildFixture({
      'chapters/zh-hans/02-second.mdx': (text) => text.replace('结尾的文字。', '结尾的文字，见[一个小节](./01-first.mdx#no-such-section)。'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain(`content/chapters/zh-hans/02-second.mdx:${lineOf('chapters/zh-hans/02-second.mdx', '结尾的文字。')}: the link "./01-first.mdx#no-such-section" leads nowhere: content/chapters/01-first.mdx has no section or paragraph "no-such-section" (its sections: a-section, a-subsection, evidence)`);
    expect(output).not.toMatch(/dist\/[^\s]*index\.html/);
  });

  it('a relative address to a section that does not exist', async () => {
    const { status, output } = await buildFixture({
      'chapters/02-second.mdx': (text) => text.replace('Closing text.', 'Closing text, see [the section](../first/#no-such-section).'),
    });
    expect(status).not.toBe(0);
    expect(output).toContain('content/chapters/02-second.mdx:15: the link "../first/#no-such-section" leads nowhere: content/chapters/01-first.mdx has no section or paragraph "no-such-section"');
  });
});

it('a line of a converted file is traced to the line of the file it was converted from', () => {
  const conversion = conversionOf(localeCodes.find((code) => conversionOf(code))!)!;
  const source = '---\ntitle: 标题\n---\n\n开头。\n\n## 小节 {#a}\n\n[链接](./x.mdx#b)\n';
  const converted = convertedFile(source, conversion, 'content/chapters/from/x.mdx');
  const line = converted.split('\n').findIndex((text) => text.includes('](./x.mdx#b)')) + 1;
  expect(line).toBe(11);
  expect(originalLine(converted, line)).toBe(9);
  expect(originalLine(converted, 2)).toBe(2);
});
