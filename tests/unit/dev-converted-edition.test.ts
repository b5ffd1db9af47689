/**
 * An author previewing with `npm run dev` who edits a Simplified Chinese file
 * sees the Traditional edition, converted from it, follow: `astro dev` runs on
 * a free port over a copy of the fixture site, the test edits the Simplified
 * chapter and waits (polling, with a deadline) for the Traditional page to
 * show the converted new words.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conversionOf, localeCodes, locales } from '../../src/editions/locales';
import { startDevServer, type DevServer } from '../support/dev-server';
import { astroBin, copyFixture, fixtureEnv, removeFixtureCopies } from '../support/fixture-site';

const converted = localeCodes.find((code) => conversionOf(code))!;
const conversion = conversionOf(converted)!;
const simplifiedFile = (dir: string) => join(dir, 'content', 'chapters', conversion.from, '02-second.mdx');
const page = `${locales[converted].prefix}chapters/second/`;

let server: DevServer | undefined;
let dir = '';

beforeAll(async () => {
  dir = copyFixture({});
  server = await startDevServer({ astro: astroBin, cwd: dir, env: fixtureEnv(), timeoutMs: 90_000 });
}, 120_000);

afterAll(() => {
  server?.stop();
  removeFixtureCopies();
});

/** The text of the page's article, as a reader sees it. */
async function articleText(): Promise<string> {
  const response = await fetch(`${server!.origin}/${page}`);
  return cheerio.load(await response.text())('article .prose').text();
}

it('regenerates the converted edition when a file it is converted from changes', async () => {
  expect(await articleText()).toContain(conversion.text('结尾的文字'));
  const file = simplifiedFile(dir);
  writeFileSync(file, readFileSync(file, 'utf8').replace('结尾的文字。', '修改过的结尾文字。'));
  const expected = conversion.text('修改过的结尾文字');
  expect(expected).not.toBe('修改过的结尾文字');
  const deadline = Date.now() + 60_000;
  let text = await articleText();
  while (!text.includes(expected) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    text = await articleText();
  }
  expect(text, `the ${converted} page after the edit; astro dev said:\n${server!.output()}`).toContain(expected);
}, 120_000);
