import { describe, expect, it } from 'vitest';
import { bookFromPrintPage, toXhtml, type PrintPageSource } from '../../src/outputs/epub/book';
import { epubIdentifier, epubIdentifiers, nameBasedUuid } from '../../src/outputs/epub/identifiers';
import { modifiedDate } from '../../src/outputs/epub/package';
import * as cheerio from 'cheerio';

const source: PrintPageSource = { file: 'dist/zh/print/index.html', basePath: '/report/', prefix: 'zh/', siteUrl: 'https://example.org' };

/** A print page as the site builds one, two chapters long, with what a page has besides its text. */
function printPage({ image = '/report/zh/map/cambodia.svg', extra = '' } = {}): string {
  return `<!DOCTYPE html><html lang="zh-Hans" dir="ltr"><head><title>x</title><script src="/x.js"></script></head><body>
<header class="site-header print-hidden"><a href="/report/zh/">网站</a><form><input name="q"><button>搜索</button></form></header>
<main id="main"><div class="print-edition">
<header class="title-page" data-cover><p class="kicker">中国劳工观察报告的网络版</p><h1>报告标题</h1><p>摘要。</p>
<p class="whose">本文由本网络版用自己的话重述中国劳工观察的报告。</p><p class="print-hidden">请使用浏览器的打印功能。<a href="/report/zh/report.epub">下载</a></p></header>
<nav class="contents"><h2 id="contents-heading">目录</h2><ol><li><a href="#chapter-one">一</a></li></ol></nav>
<article class="print-chapter" id="chapter-one" aria-labelledby="chapter-one-title"><p class="kicker">第一章</p><h2 id="chapter-one-title" class="chapter-title">第一章标题</h2>
<div class="prose" data-astro-cid-x><p id="p-first">诈骗 &lt;园区&gt; &amp; US$10 <a href="#later">见后</a> <a href="/report/zh/chapters/two/#later">第二章</a> <a href="/report/zh/chapters/two/#finding-x">发现</a> <a href="/report/zh/glossary/">术语</a> <a href="https://chinalaborwatch.org/">CLW</a></p>
<h3 id="section-a">第一节</h3><figure><img src="${image}" alt="地图" loading="lazy" decoding="async"></figure><span lang="km">ក្រុង</span>${extra}</div></article>
<article class="print-chapter" id="chapter-two" aria-labelledby="chapter-two-title"><p class="kicker">第二章</p><h2 id="chapter-two-title" class="chapter-title">第二章标题</h2>
<div class="prose"><h3 id="later">后来</h3><h4 id="deeper">更深</h4><p><a href="#chapter-one">回到第一章</a></p></div></article>
</div></main><footer><a href="/report/zh/about/">关于</a></footer><script>1</script></body></html>`;
}

describe('the EPUB made from a print page', () => {
  const book = bookFromPrintPage(printPage(), source);
  const chapter = (index: number) => cheerio.load(book.chapters[index]!.body, { xml: true });

  it('makes one file per chapter, its title the h1 and its headings one level up, sections from its h2s', () => {
    expect(book.title).toBe('报告标题');
    expect(book.lang).toBe('zh-Hans');
    expect(book.contentsHeading).toBe('目录');
    expect(book.chapters.map(({ slug, href, title }) => ({ slug, href, title }))).toEqual([
      { slug: 'one', href: 'one.xhtml', title: '第一章标题' },
      { slug: 'two', href: 'two.xhtml', title: '第二章标题' },
    ]);
    expect(book.chapters[1]!.sections).toEqual([{ id: 'later', title: '后来' }]);
    const two = chapter(1);
    expect(two('h1').attr('id')).toBe('chapter-two-title');
    expect(two('h3').attr('id')).toBe('deeper');
    expect(two('section').attr('epub:type')).toBe('chapter');
  });

  it('leads links into the book where it holds the place, and to the site where it does not', () => {
    const one = chapter(0);
    const links = one('a').map((_, link) => one(link).attr('href')).get();
    expect(links).toEqual(['two.xhtml#later', 'two.xhtml#later', 'https://example.org/report/zh/chapters/two/#finding-x', 'https://example.org/report/zh/glossary/', 'https://chinalaborwatch.org/']);
    expect(chapter(1)('a').attr('href')).toBe('one.xhtml#chapter-one');
  });

  it('takes the image into the book with its text alternative, and drops the site\'s controls and attributes', () => {
    expect(book.images).toEqual([{ sitePath: 'zh/map/cambodia.svg', href: 'images/cambodia.svg', mediaType: 'image/svg+xml' }]);
    const one = chapter(0);
    expect(one('img').attr('src')).toBe('images/cambodia.svg');
    expect(one('img').attr('alt')).toBe('地图');
    expect(one('img').attr('loading')).toBeUndefined();
    expect(one('[data-astro-cid-x]').length).toBe(0);
    expect(one('span').attr('xml:lang')).toBe('km');
    expect(book.cover).toContain('本文由本网络版');
    expect(book.cover).not.toContain('请使用浏览器');
    expect(book.chapters.map((part) => part.body).join('')).not.toMatch(/<(button|form|input|script)/);
  });

  it('keeps inline SVG in its namespace, and says which chapters have it', () => {
    const drawn = bookFromPrintPage(printPage({ extra: '<svg viewBox="0 0 600 24" aria-hidden="true"><rect width="192" height="24"/></svg>' }), source);
    expect(drawn.chapters.map((part) => part.svg)).toEqual([true, false]);
    expect(drawn.chapters[0]!.body).toContain('<svg viewBox="0 0 600 24" aria-hidden="true" xmlns="http://www.w3.org/2000/svg"><rect width="192" height="24"/></svg>');
    expect(() => bookFromPrintPage(printPage({ extra: '<svg><image href="https://tiles.example/a.png"/></svg>' }), source)).toThrow('an SVG drawn into the page refers to https://tiles.example/a.png');
  });

  it('writes XHTML with the text as characters and markup escaped', () => {
    const body = book.chapters[0]!.body;
    expect(body).toContain('诈骗 &lt;园区&gt; &amp; US$10');
    expect(toXhtml(cheerio.load('<p>a<br>b</p>')('p').toArray())).toBe('<p>a<br/>b</p>');
  });

  it('names the print page and what is wrong with it', () => {
    expect(() => bookFromPrintPage('<html lang="en"><main></main></html>', source)).toThrow('dist/zh/print/index.html: no .print-edition inside <main>');
    expect(() => bookFromPrintPage(printPage({ image: 'https://tiles.example/map.png' }), source)).toThrow(
      'dist/zh/print/index.html: the image https://tiles.example/map.png is not a file of the site; an EPUB may hold no remote resources',
    );
    expect(() => bookFromPrintPage(printPage({ image: '/report/zh/map/cambodia.bmp' }), source)).toThrow('the image /report/zh/map/cambodia.bmp is of a type an EPUB cannot hold');
    expect(() => bookFromPrintPage(printPage({ extra: '<img src="/report/zh/x.png">' }), source)).toThrow('dist/zh/print/index.html: the image /report/zh/x.png has no alt attribute');
  });

  it('dates the file as EPUB requires, and has an identifier for every edition', () => {
    expect(modifiedDate(new Date('2026-12-06T19:25:43.123Z'))).toBe('2026-12-06T19:25:43Z');
    expect(epubIdentifier('en')).toEqual({ identifier: epubIdentifiers.en, pinned: true });
    // An edition added as data alone gets one derived from its code, the same at every build, until one is pinned.
    const derived = epubIdentifier('fr');
    expect(derived.pinned).toBe(false);
    expect(derived.identifier).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(epubIdentifier('fr')).toEqual(derived);
    expect(epubIdentifier('de').identifier).not.toBe(derived.identifier);
    // As other implementations give it (Python: uuid.uuid5(uuid.NAMESPACE_URL, 'http://www.python.org/')).
    expect(nameBasedUuid('http://www.python.org/')).toBe('c2a8cbf8-d0f1-5ef4-9740-c3faec8ab1a0');
  });
});
