import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseBasePath } from '../../src/config/site';
import { startDevServer, type DevServer } from '../support/dev-server';

/**
 * An author previewing a change with `npm run dev` sees what readers get:
 * every chapter and page, in every edition, has the same ids (paragraphs,
 * sections, findings, alias anchors) and the same link controls in `astro
 * dev` as in the build. The test starts its own dev server on a free port.
 */

const basePath = normaliseBasePath(process.env['BASE_PATH']);
let server: DevServer | undefined;
let origin = '';

beforeAll(async () => {
  server = await startDevServer({ astro: join('node_modules', '.bin', 'astro'), env: process.env, timeoutMs: 60_000 });
  origin = server.origin;
}, 90_000);

afterAll(() => {
  server?.stop();
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
