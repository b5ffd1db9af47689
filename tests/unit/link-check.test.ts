import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../src/integrations/link-check';

const files = new Set(['index.html', 'chapters/a/index.html', 'favicon.svg', '_astro/site.css']);
const page = (path: string, body: string) => ({ path, html: `<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>` });

describe('checkLinks', () => {
  it('accepts links to pages, files and existing ids, relative or absolute', () => {
    const pages = [
      page('', '<a href="chapters/a/#one">a</a><img src="/favicon.svg" alt="">'),
      page('chapters/a/', '<h2 id="one">One</h2><a href="../../">home</a><a href="#one">self</a><a href="#:~:text=One">quote</a>'),
    ];
    expect(checkLinks(pages, files, '/')).toEqual([]);
  });

  it('ignores other sites, mail and phone links, and canonical links', () => {
    const pages = [page('', '<a href="https://example.org/x">x</a><a href="tel:117">117</a><a href="mailto:a@b.c">m</a>')];
    expect(checkLinks(pages, files, '/')).toEqual([]);
  });

  it('names the page, the link and what is wrong', () => {
    const pages = [
      page('', '<a href="/chapters/b/">b</a><a href="/chapters/a/#two">two</a><img src="/missing.png" alt="">'),
      page('chapters/a/', '<h2 id="one">One</h2>'),
    ];
    expect(checkLinks(pages, files, '/')).toEqual([
      { page: '', link: '/chapters/b/', problem: 'no such page or file' },
      { page: '', link: '/chapters/a/#two', problem: 'no element with id "two" on chapters/a/' },
      { page: '', link: '/missing.png', problem: 'no such page or file' },
    ]);
  });

  it('catches links that escape a base path', () => {
    const pages = [page('', '<a href="/chapters/a/">a</a>')];
    expect(checkLinks(pages, files, '/report/')).toEqual([
      { page: '', link: '/_astro/site.css', problem: "points outside the site's base path /report/" },
      { page: '', link: '/chapters/a/', problem: "points outside the site's base path /report/" },
    ]);
  });
});
