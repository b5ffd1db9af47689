import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { makeLinksRootRelative } from '../../src/utils/root-relative';

describe('links in the content become root-relative, so print shows where they go', () => {
  it('resolves relative links against the page, under any base path', () => {
    const $ = cheerio.load('<main><a href="../getting-help/">help</a><a href="#method">here</a><a href="/report/x/">x</a><a href="https://example.org/">out</a><a href="tel:117">117</a></main>');
    expect(makeLinksRootRelative($, '/report/about/')).toBe(true);
    expect($('a').map((_, link) => $(link).attr('href')).get()).toEqual(['/report/getting-help/', '#method', '/report/x/', 'https://example.org/', 'tel:117']);
  });

  it('leaves a page without relative links untouched', () => {
    expect(makeLinksRootRelative(cheerio.load('<main><a href="#a">a</a></main>'), '/')).toBe(false);
  });
});
