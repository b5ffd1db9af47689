import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFixture, removeFixtureCopies, type FixtureBuild } from '../support/fixture-site';

/** Every text file of a built site, by path. */
function builtText(dist: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.(html|xml|txt|css|json|bib|ris)$/.test(entry.name)) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dist.length + 1), readFileSync(path, 'utf8'));
  }
  return files;
}

const notice = /SITE_URL is not set: canonical links, link previews, citations, the sitemap and the printed addresses point to http:\/\/127\.0\.0\.1:4321/g;

describe('a build without SITE_URL', () => {
  let build: FixtureBuild;
  beforeAll(async () => {
    build = await buildFixture({});
  }, 120_000);
  afterAll(removeFixtureCopies);

  it('says once where its links point', () => {
    expect(build.status).toBe(0);
    expect(build.output.match(notice)).toHaveLength(1);
  });

  it('points them where `npm start` serves the site, and no page holds a placeholder domain', () => {
    const files = builtText(build.dist);
    expect(files.get('index.html')).toContain('<link rel="canonical" href="http://127.0.0.1:4321/"');
    expect(files.get('robots.txt')).toContain('http://127.0.0.1:4321/');
    // The old placeholder domain, anywhere.
    expect([...files].filter(([, text]) => text.includes('report.example.org')).map(([path]) => path)).toEqual([]);
    // Every address a page gives for itself.
    for (const [path, text] of files) {
      for (const match of text.matchAll(/<link rel="canonical" href="([^"]+)"|<meta property="og:(?:url|image)" content="([^"]+)"/g)) {
        expect(match[1] ?? match[2], path).toMatch(/^http:\/\/127\.0\.0\.1:4321\//);
      }
    }
  });
});

describe('a build with SITE_URL', () => {
  it('uses it and says nothing about it', async () => {
    const build = await buildFixture({}, ['build'], { siteUrl: 'https://report.test' });
    expect(build.status).toBe(0);
    expect(build.output).not.toMatch(/SITE_URL is not set/);
    expect(readFileSync(join(build.dist, 'index.html'), 'utf8')).toContain('<link rel="canonical" href="https://report.test/"');
    removeFixtureCopies();
  }, 120_000);
});
