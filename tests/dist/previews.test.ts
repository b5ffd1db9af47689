/** Every page's share preview is a complete thought: what a card shows when a link is posted. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';

const dist = 'dist';
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));

describe('share previews', () => {
  it('finds the pages, section share pages included', () => {
    expect(pages.filter((file) => file.startsWith('s/')).length).toBeGreaterThan(30);
  });

  for (const file of pages) {
    it(`/${file.replace(/index\.html$/, '')}: og:description is one or more whole sentences`, () => {
      const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
      const description = $('meta[property="og:description"]').attr('content') ?? '';
      if ($('html').attr('lang')?.startsWith('zh')) {
        // Chinese says as much in about half the characters, and ends sentences with 。！？
        expect(description.length).toBeGreaterThanOrEqual(20);
        expect(description).not.toMatch(/[：:]\s*$|…$|（(?:见|详见)[^）]*）/);
        expect(description).toMatch(/[。！？][”」）]?$/);
        return;
      }
      expect(description.length).toBeGreaterThanOrEqual(40);
      // Not a list's lead-in, not a pointer the card cannot follow, not cut off.
      expect(description).not.toMatch(/:\s*$|…$|\((?:see|below|above)[^)]*\)/i);
      expect(description).toMatch(/[.!?][”"’)]?$/);
    });
  }
});
