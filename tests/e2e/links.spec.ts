import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { XMLParser } from 'fast-xml-parser';
import { publishableIds } from '../../src/report/anchors';
import { entriesOfPage, isRecorded, registeredPages, type AnchorRegistry } from '../../src/report/anchor-registry';
import { allPagePaths, exactName, readChapters } from '../support/content';
import { watchConsole } from '../support/console';
import { editions } from '../support/editions';

const chapters = readChapters();
const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as AnchorRegistry;
const routes = chapters.find((chapter) => chapter.slug === 'trafficking-and-recruitment')!;

test.describe('published anchors', () => {
  test.use({ javaScriptEnabled: false });

  // An English page's entries hold in every edition.
  for (const page of [...new Set(registeredPages(registry))]) {
    test(`every published anchor on /${page} opens at its place without JavaScript`, async ({ page: browser }) => {
      for (const id of Object.keys(entriesOfPage(registry, page))) {
        // A fresh load each time, as when a link is opened from elsewhere.
        await browser.goto('about:blank');
        const response = await browser.goto(`${page}#${id}`);
        expect(response?.status()).toBe(200);
        const target = browser.locator(`[id="${id}"]`);
        await expect(target, `${page}#${id}`).toHaveCount(1);
        await expect(target, `${page}#${id}`).toBeInViewport();
      }
    });
  }

  test('every anchor the site publishes is in the registry', () => {
    const dist = 'dist';
    const missing: string[] = [];
    for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html'))) {
      const page = file.split('\\').join('/').replace(/index\.html$/, '');
      for (const id of publishableIds(cheerio.load(readFileSync(join(dist, file), 'utf8')))) {
        if (!isRecorded(entriesOfPage(registry, page), id)) missing.push(`${page}#${id}`);
      }
    }
    expect(missing, 'run `npm run anchors:record` to publish new anchors').toEqual([]);
  });
});

/** Waits for the page to confirm a copy (as a screen reader would hear it), then reads the clipboard. */
async function copied(page: Page, confirmation = 'Link copied'): Promise<string> {
  await expect(page.locator('#share-status')).toHaveText(confirmation);
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('copying links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each section heading has a named link to itself and a copy button that copies the full URL', async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    await page.goto(`chapters/${routes.slug}/`);
    for (const heading of routes.headings) {
      const link = page.getByRole('link', { name: exactName(`Link to section: ${heading.text}`) });
      await expect(link).toHaveAttribute('href', `#${heading.id}`);
    }
    const section = routes.headings[0]!;
    await page.getByRole('button', { name: exactName(`Copy link to section: ${section.text}`) }).click();
    expect(await copied(page)).toBe(new URL(`chapters/${routes.slug}/#${section.id}`, baseURL).href);
    await expect(page.getByText('Link copied', { exact: true }).last()).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('each key finding can be linked and copied', async ({ page, baseURL }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const finding = routes.keyFindings[1]!;
    const item = page.locator(`[id="${finding.id}"]`);
    await expect(item.getByRole('link', { name: 'Link to this finding' })).toHaveAttribute('href', `#${finding.id}`);
    await item.getByRole('button', { name: 'Copy link to this finding' }).click();
    expect(await copied(page)).toBe(new URL(`chapters/${routes.slug}/#${finding.id}`, baseURL).href);
  });

  test('a paragraph link appears on hover or focus and copies the paragraph URL', async ({ page, baseURL }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const paragraph = page.locator('.prose > p[id]').nth(2);
    const id = await paragraph.getAttribute('id');
    const link = paragraph.getByRole('link', { name: 'Link to this paragraph' });
    await expect(link).toHaveCSS('opacity', '0');
    await paragraph.hover();
    await expect(link).toHaveCSS('opacity', '1');
    await link.click();
    expect(await copied(page)).toBe(new URL(`chapters/${routes.slug}/#${id}`, baseURL).href);
    await expect(page).toHaveURL(new RegExp(`#${id}$`));
  });

  test('copy buttons are hidden when JavaScript is off, links still work', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`chapters/${routes.slug}/`);
    await expect(page.getByRole('button', { name: /Copy link/ })).toHaveCount(0);
    await expect(page.getByRole('link', { name: /^Link to section:/ }).first()).toBeVisible();
    await context.close();
  });
});

test.describe('quoting a passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  async function selectText(page: Page, text: string): Promise<void> {
    await page.evaluate((wanted) => {
      const walker = document.createTreeWalker(document.querySelector('.prose')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at === -1) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
      throw new Error(`text not found: ${wanted}`);
    }, text);
  }

  test('selecting text offers a link that opens the page at that text, with a citation line', async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    await page.goto(`chapters/${routes.slug}/`);
    const passage = 'Desperate to get home, he agreed again';
    await selectText(page, passage);
    await page.getByRole('button', { name: 'Copy link to quote' }).click();
    const [quote, citation] = (await copied(page, 'Quote and link copied')).split('\n');
    expect(quote).toBe(`“${passage}”`);
    // The selected words are this edition's restatement: the line says so, and never credits them to CLW.
    expect(citation).toContain(
      `From the chapter “${routes.title}” of the web edition of The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia: this edition's restatement of China Labor Watch's report, not China Labor Watch's own words.`,
    );
    const link = citation!.slice(citation!.indexOf('http'));
    expect(link).toBe(
      `${new URL(`chapters/${routes.slug}/`, baseURL).href}#:~:text=${encodeURIComponent(passage)}`,
    );
    expect(problems).toEqual([]);

    // The link opens the chapter, where the quoted words are one paragraph's text.
    const reader = await page.context().newPage();
    await reader.goto(link);
    const paragraph = reader.locator('.prose p', { hasText: passage });
    await expect(paragraph).toHaveCount(1);
    // The browser scrolls to the words; where it does not follow text
    // fragments (the headless shell npm ships), the page's script does.
    await expect(paragraph).toBeInViewport();
    expect(await reader.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  });

  test('a whole paragraph is quoted as its words only, without the ¶ of its link', async ({ page }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const paragraph = page.locator('.prose p:has(a.para-link)').first();
    await paragraph.evaluate((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    });
    await page.getByRole('button', { name: 'Copy link to quote' }).click();
    const copiedText = await copied(page, 'Quote and link copied');
    expect(copiedText).not.toContain('¶');
    expect(copiedText).not.toContain('%C2%B6');
    const words = (await paragraph.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('.para-link').forEach((link) => link.remove());
      return copy.textContent ?? '';
    })).replace(/\s+/g, ' ').trim();
    expect(copiedText.split('\n')[0]).toBe(`“${words}”`);
  });

  test('works on a touch screen', async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      hasTouch: true,
      isMobile: true,
      viewport: { width: 390, height: 800 },
      permissions: ['clipboard-read', 'clipboard-write'],
      baseURL: baseURL!,
    });
    const page = await context.newPage();
    await page.goto(`chapters/${routes.slug}/`);
    await selectText(page, 'An intermediary company that sold tickets');
    const button = page.getByRole('button', { name: 'Copy link to quote' });
    await expect(button).toBeVisible();
    await button.tap();
    expect(await copied(page, 'Quote and link copied')).toContain('#:~:text=An%20intermediary%20company%20that%20sold%20tickets');
    await context.close();
  });
});

test.describe('share previews', () => {
  for (const path of [...allPagePaths(), 'search/']) {
    test(`/${path} has a title, description, canonical URL and preview tags`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      const meta = async (selector: string) => page.locator(selector).getAttribute('content');
      expect(await page.title()).not.toBe('');
      const description = await meta('meta[name="description"]');
      expect(description!.length).toBeGreaterThan(40);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/^https?:\/\//);
      expect(await meta('meta[property="og:title"]')).toBeTruthy();
      expect(await meta('meta[property="og:description"]')).toBe(description);
      expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
      const image = new URL((await meta('meta[property="og:image"]'))!);
      const slug = /^chapters\/[^/]+\/$/.test(path) ? path.split('/')[1] : 'report';
      expect(image.pathname).toMatch(new RegExp(`/og/${slug}\\.png$`));
      // Preview tags name the public site; the same path is fetched from the test server.
      const png = await request.get(new URL(image.pathname, baseURL).href);
      expect(png.status()).toBe(200);
      const bytes = await png.body();
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    });
  }

  test('a section share link previews the section and lands on it without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
    const page = await context.newPage();
    const section = routes.headings.find((heading) => heading.id === 'passports-confiscated')!;
    const response = await page.request.get(`s/${routes.slug}/${section.id}/`);
    const $ = cheerio.load(await response.text());
    expect($('meta[property="og:title"]').attr('content')).toBe(`${section.text} (${routes.title})`);
    expect($('meta[property="og:description"]').attr('content')).toMatch(/^According to the article, victims['’] passports/);
    expect($('link[rel="canonical"]').attr('href')).toMatch(new RegExp(`/chapters/${routes.slug}/#${section.id}$`));
    await page.goto(`s/${routes.slug}/${section.id}/`);
    await expect(page).toHaveURL(new RegExp(`/chapters/${routes.slug}/#${section.id}$`));
    await expect(page.locator(`[id="${section.id}"]`)).toBeInViewport();
    await context.close();
  });
  // A platform previews what og:url names: a share page must name itself, not the chapter.
  for (const edition of editions) {
    test(`a share page in ${edition.name} previews its section under its own address, title, summary and image`, async ({ page, request, baseURL }) => {
      const chapterPath = `${edition.prefix}chapters/${routes.slug}/`;
      await page.goto(chapterPath);
      const chapterTitle = (await page.locator('h1').innerText()).trim();
      const shared = async (id: string, level: 2 | 3 = 2) => {
        const sharePath = `${edition.prefix}s/${routes.slug}/${id}/`;
        const response = await request.get(sharePath);
        expect(response.status(), sharePath).toBe(200);
        const $ = cheerio.load(await response.text());
        const tag = (attribute: string, name: string) => $(`meta[${attribute}="${name}"]`).attr('content')!;
        const ogUrl = new URL(tag('property', 'og:url'));
        // The public address of the page itself (preview tags name the public site, the test server serves the same paths).
        expect(ogUrl.pathname, sharePath).toBe(new URL(sharePath, baseURL).pathname);
        expect(ogUrl.hash).toBe('');
        const heading = (await page.locator(`h${level}[id="${id}"]`).innerText()).trim();
        const title = edition.t['share.title'].replace('{section}', heading).replace('{chapter}', chapterTitle);
        expect(tag('property', 'og:title'), sharePath).toBe(title);
        expect(tag('name', 'twitter:title'), sharePath).toBe(title);
        const description = tag('property', 'og:description');
        expect(tag('name', 'twitter:description'), sharePath).toBe(description);
        const image = tag('property', 'og:image');
        expect(tag('name', 'twitter:image'), sharePath).toBe(image);
        expect(new URL(image).pathname, sharePath).toBe(new URL(`${edition.prefix}og/${routes.slug}/${id}.png`, baseURL).pathname);
        const png = await request.get(new URL(new URL(image).pathname, baseURL).href);
        expect(png.status(), image).toBe(200);
        expect(png.headers()['content-type']).toBe('image/png');
        const bytes = await png.body();
        expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
        expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
        // Drawn for the section: not the chapter's image.
        const chapterImage = await request.get(`${edition.prefix}og/${routes.slug}.png`);
        expect(bytes.equals(await chapterImage.body()), image).toBe(false);
        return description;
      };
      // The description is the opening of the section as the chapter shows it (shortened to a preview).
      const description = await shared('passports-confiscated');
      const opening = (await page.locator('[id="passports-confiscated"] ~ p').first().innerText()).replace(/\s*¶\s*$/, '');
      // The page sets straight quotes as typographic ones; the preview text keeps them as written.
      const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');
      expect(plain(opening)).toContain(plain(description.replace(/…$/, '')).slice(0, 60));
    });
  }

  test('a share page of a section behind a content note previews it without quoting it, in every edition', async ({ request }) => {
    const noted = chapters.find((chapter) => chapter.slug === 'inside-the-compounds')!;
    for (const edition of editions) {
      const sharePath = `${edition.prefix}s/${noted.slug}/guards-and-confinement/`;
      const $ = cheerio.load(await (await request.get(sharePath)).text());
      const chapterPage = cheerio.load(await (await request.get(`${edition.prefix}chapters/${noted.slug}/`)).text());
      // The edition's sentence naming the chapter (its number written as the edition writes numbers).
      const [before, after] = edition.t['section.notedSummary'].replace('{title}', chapterPage('h1').text().trim()).split('{order}').map(escapeRegExp);
      const summary = new RegExp(`^${before}\\S{1,3}${after}$`);
      expect($('meta[property="og:description"]').attr('content'), sharePath).toMatch(summary);
      expect($('meta[name="twitter:description"]').attr('content'), sharePath).toMatch(summary);
      expect(new URL($('meta[property="og:url"]').attr('content')!).pathname, sharePath).toMatch(new RegExp(`/${edition.prefix}s/${noted.slug}/guards-and-confinement/$`));
    }
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test.describe('citations', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Cite this report gives APA, Chicago and BibTeX with the title and URL, and files to download', async ({ page, request }) => {
    await page.goto('cite/');
    // Citations name the public address of the site, whatever server is showing it.
    const home = (await page.locator('link[rel="canonical"]').getAttribute('href'))!.replace(/cite\/$/, '');
    for (const format of ['APA', 'Chicago', 'BibTeX']) {
      const block = page.getByRole('region', { name: format });
      await expect(block).toContainText('The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia');
      await expect(block).toContainText(home);
    }
    await expect(page.getByRole('region', { name: 'APA' })).toContainText('Retrieved [Month Day, Year]');
    // CLW is the author; the report is undated, and only the web edition's date is known.
    await expect(page.getByRole('region', { name: 'APA' })).toContainText(
      'China Labor Watch. (n.d.). The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia [English web edition, a restatement of the report, November 24, 2026].',
    );
    await page.getByRole('button', { name: 'Copy APA citation' }).click();
    const citation = await copied(page, 'Citation copied');
    expect(citation).not.toContain('[Month Day, Year]');
    expect(citation).toMatch(/Retrieved [A-Z][a-z]+ \d{1,2}, \d{4}, from/);
    const bib = await request.get('cite/report.bib');
    expect(bib.status()).toBe(200);
    expect(await bib.text()).toMatch(/^@online\{[^]*title = \{The Aftermath of the Belt and Road Initiative/);
    const ris = await request.get('cite/report.ris');
    expect(await ris.text()).toMatch(/^TY {2}- ELEC\r\n[^]*UR {2}- https?:\/\//);
  });

  test('Cite this section is reached from the heading and cites the section anchor', async ({ page }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const chapterUrl = (await page.locator('link[rel="canonical"]').getAttribute('href'))!;
    const section = routes.headings.find((heading) => heading.id === 'snakeheads')!;
    await page.getByRole('link', { name: exactName(`Cite section: ${section.text}`) }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cite this section');
    const anchorUrl = `${chapterUrl}#${section.id}`;
    for (const format of ['APA', 'Chicago', 'BibTeX']) {
      await expect(page.getByRole('region', { name: format })).toContainText(anchorUrl);
    }
    await expect(page.getByRole('region', { name: 'APA' })).toContainText(/Snakeheads: the smugglers who recruit/);
    await expect(page.getByRole('region', { name: 'Chicago' })).toContainText('Accessed [Month Day, Year]');
  });
});

test.describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });

  /** Parser errors the browser's own XML parser reports, as a feed reader would meet them. */
  const xmlErrors = (page: Page, xml: string) =>
    page.evaluate(
      (text) => [...new DOMParser().parseFromString(text, 'application/xml').querySelectorAll('parsererror')].map((e) => e.textContent),
      xml,
    );

  test('the sitemap is valid XML and lists every chapter and page', async ({ page, request, baseURL }) => {
    const index = await (await request.get('sitemap-index.xml')).text();
    expect(await xmlErrors(page, index)).toEqual([]);
    const sitemapUrl = new URL(parser.parse(index).sitemapindex.sitemap.loc);
    const xml = await (await request.get(new URL(sitemapUrl.pathname, baseURL).href)).text();
    expect(await xmlErrors(page, xml)).toEqual([]);
    const listed = [parser.parse(xml).urlset.url].flat().map((url: { loc: string }) => new URL(url.loc).pathname);
    const base = new URL(baseURL!).pathname;
    for (const path of allPagePaths().filter((p) => p !== 'cite/')) expect(listed).toContain(`${base}${path}`);
    expect(listed.some((path) => path.includes('/s/'))).toBe(false);
  });

  test('robots.txt points to the sitemap', async ({ request }) => {
    expect(await (await request.get('robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
  });

  test('the corrections feed is valid RSS, linked from every page, with each correction', async ({ page, request }) => {
    const xml = await (await request.get('corrections.xml')).text();
    expect(await xmlErrors(page, xml)).toEqual([]);
    const items = [parser.parse(xml).rss.channel.item].flat() as Array<{ title: string; link: string }>;
    expect(items.map((item) => item.title)).toContain('First publication of this web edition');
    for (const item of items) expect(item.link).toMatch(/\/about\/#correction-[a-z0-9-]+$/);
    expect(items.map((item) => item.link).filter((link) => link.endsWith('#correction-first-publication'))).toHaveLength(1);
    await page.goto('');
    expect(await page.locator('link[rel="alternate"][type="application/rss+xml"]').getAttribute('href')).toMatch(/corrections\.xml$/);
    await page.goto('about/');
    await page.getByRole('link', { name: 'corrections feed' }).click();
    await expect(page).toHaveURL(/\/corrections\.xml$/);
  });

  test('each correction in the log can be linked', async ({ page }) => {
    await page.goto('about/#correction-first-publication');
    await expect(page.locator('#correction-first-publication')).toContainText('First publication of this web edition');
  });
});
