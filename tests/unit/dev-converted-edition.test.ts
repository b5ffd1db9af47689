/**
 * An author previewing with `npm run dev` who edits a Simplified Chinese file
 * sees the Traditional edition, converted from it, follow: `astro dev` runs on
 * a free port over a copy of the fixture site, the test edits the Simplified
 * chapter and waits (polling, with a deadline) for the Traditional page to
 * show the converted new words.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { conversionOf, localeCodes, locales } from '../../src/editions/locales';
import { astroBin, copyFixture, fixtureEnv, removeFixtureCopies } from '../support/fixture-site';

const converted = localeCodes.find((code) => conversionOf(code))!;
const conversion = conversionOf(converted)!;
const simplifiedFile = (dir: string) => join(dir, 'content', 'chapters', conversion.from, '02-second.mdx');
const page = `${locales[converted].prefix}chapters/second/`;

let server: ChildProcess | undefined;
let dir = '';
let origin = '';
let output = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

beforeAll(async () => {
  dir = copyFixture({});
  const port = await freePort();
  server = spawn(astroBin, ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd: dir,
    // Without the test runner's variables (VITEST, NODE_ENV=test), which put
    // Astro's Vite into another mode, so the server is the one authors run.
    env: Object.fromEntries(Object.entries(fixtureEnv()).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(name))),
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`) && output.includes('watching for file changes')) {
        clearTimeout(timer);
        resolve();
      }
    };
    server!.stdout!.on('data', read);
    server!.stderr!.on('data', read);
    server!.on('exit', (code) => reject(new Error(`astro dev exited (${code}):\n${output}`)));
  });
  origin = `http://127.0.0.1:${port}`;
}, 120_000);

afterAll(() => {
  server?.kill();
  removeFixtureCopies();
});

/** The text of the page's article, as a reader sees it. */
async function articleText(): Promise<string> {
  const response = await fetch(`${origin}/${page}`);
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
  expect(text, `the ${converted} page after the edit; astro dev said:\n${output}`).toContain(expected);
}, 120_000);
