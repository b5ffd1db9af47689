import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';

/**
 * An author previewing a change with `npm run dev` sees what readers get:
 * every chapter and page, in every edition, has the same ids (paragraphs,
 * sections, findings, alias anchors) and the same link controls in `astro
 * dev` as in the build. The test starts its own dev server on a free port.
 */

const basePath = normaliseBasePath(process.env['BASE_PATH']);
let server: ChildProcess | undefined;
let origin = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  server = spawn(join('node_modules', '.bin', 'astro'), ['dev', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    // Without the test runner's variables (VITEST, NODE_ENV=test), which put
    // Astro's Vite into another mode, so the server is the one authors run.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|VITE_|NODE_ENV$|TEST$)/.test(name))), NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro dev did not start in 60 s:\n${output}`)), 60_000);
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
}, 90_000);

afterAll(() => {
  server?.kill();
});

/** What a reader can link to and the controls to do it, in a page's article. */
function linkSurface(html: string) {
  const $ = cheerio.load(html);
  return {
    ids: $('article [id]').map((_, element) => $(element).attr('id')).get(),
    paragraphLinks: $('article .para-link').map((_, element) => $(element).attr('href')).get(),
    sectionTools: $('article .section-tools a').map((_, element) => $(element).attr('href')).get(),
    findingLinks: $('article .finding-link').map((_, element) => $(element).attr('href')).get(),
  };
}

const readable = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => file.endsWith('index.html'))
  .filter((file) => /<article[^>]+data-(chapter|page)=/.test(readFileSync(join('dist', file), 'utf8')));

describe('astro dev serves the link controls the build ships', () => {
  it('finds the chapters and pages of every edition in dist/', () => {
    expect(readable.length).toBeGreaterThanOrEqual(30);
  });

  it.each(readable)('%s', async (file) => {
    const path = `${basePath}${file.replace(/index\.html$/, '')}`;
    const response = await fetch(`${origin}${path}`);
    expect(response.status, `${path}: ${(await response.clone().text()).replace(/<style[\s\S]*?<\/style>/g, "").slice(0, 1500)}`).toBe(200);
    const built = linkSurface(readFileSync(join('dist', file), 'utf8'));
    expect(built.paragraphLinks.length + built.sectionTools.length).toBeGreaterThan(0);
    expect(linkSurface(await response.text())).toEqual(built);
  }, 60_000);
});
