import { test, expect } from '@playwright/test';
import { readChapters } from '../support/content';

const chapters = readChapters();

test('the single-page edition holds every chapter in order, with a table of contents', async ({ page }) => {
  await page.goto('print/');
  const titles = await page.locator('article.print-chapter h2.chapter-title').allTextContents();
  expect(titles).toEqual(chapters.map((chapter) => chapter.title));
  const contents = page.getByRole('navigation', { name: 'Contents' });
  for (const chapter of chapters) {
    await expect(contents.getByRole('link', { name: chapter.title, exact: true })).toHaveAttribute('href', `#chapter-${chapter.slug}`);
    for (const heading of chapter.headings.filter((h) => h.depth === 2)) {
      await expect(page.locator(`[id="chapter-${chapter.slug}"] [id="${heading.id}"]`)).toHaveCount(1);
    }
  }
  await contents.getByRole('link', { name: chapters[5]!.title, exact: true }).click();
  await expect(page.getByRole('heading', { name: chapters[5]!.title, exact: true })).toBeInViewport();
  // Reached from every page.
  await page.goto('');
  await page.getByRole('link', { name: 'The whole report on one page, to print' }).click();
  await expect(page).toHaveURL(/\/print\/$/);
});

test('prints cleanly: no navigation, chapters on new pages, figures whole, addresses after links', async ({ page }) => {
  await page.goto('print/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Report' })).toBeHidden();
  await expect(page.getByRole('searchbox')).toBeHidden();
  const chapterBreaks = await page.locator('article.print-chapter').evaluateAll((articles) =>
    articles.map((article) => getComputedStyle(article).breakBefore),
  );
  expect(chapterBreaks).toEqual(chapters.map(() => 'page'));
  const figureBreaks = await page.locator('main figure').evaluateAll((figures) =>
    figures.map((figure) => getComputedStyle(figure).breakInside),
  );
  expect(figureBreaks.length).toBeGreaterThan(0);
  expect(new Set(figureBreaks)).toEqual(new Set(['avoid']));
  // Addresses print in full, with the address readers use (SITE_URL), whatever server shows the page.
  const origin = new URL((await page.locator('link[rel="canonical"]').getAttribute('href'))!).origin;
  const internal = page.locator('main a[href^="/"]').first();
  const href = await internal.getAttribute('href');
  const shown = await internal.evaluate((link) => getComputedStyle(link, '::after').content);
  expect(shown).toBe(`" (${origin}${href})"`);
  await expect(page.locator('.section-tools, .para-link')).toHaveCount(0);
});

test('paper is always light, maps and figures included, even on a device in dark mode', async ({ page }) => {
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  for (const path of ['print/', 'map/', 'about/', 'zh/print/', 'zh/map/']) {
    await page.goto(path);
    const colours = await page.evaluate(() => {
      const style = (selector: string, property: string) => {
        const element = document.querySelector(selector);
        return element ? getComputedStyle(element).getPropertyValue(property) : 'missing';
      };
      return {
        page: style('body', 'background-color'),
        text: style('body', 'color'),
        land: style('.land.focus', 'fill'),
      };
    });
    expect(colours.page, path).toBe('rgb(255, 255, 255)');
    expect(colours.text, path).toBe('rgb(0, 0, 0)');
    if (path.endsWith('map/')) {
      // Cambodia's light fill on paper, not the dark screen fill.
      expect(colours.land, path).toBe('rgb(246, 227, 201)');
    }
  }
  // The map of Cambodia is an image file with its own colours: light by
  // default, dark only on a screen.
  for (const prefix of ['', 'zh/']) {
    const svg = await (await page.request.get(`${prefix}map/cambodia.svg`)).text();
    expect(svg).toMatch(/class="land focus"[^>]*fill="#f6e3c9"/);
    expect(svg.match(/@media[^{]*/g)).toEqual(['@media screen and (prefers-color-scheme: dark) ']);
  }
});

test('the build publishes each edition\'s PDF, linked from its print page with its size', async ({ page }) => {
  // What the PDFs hold (text, fonts, cover, bookmarks, tags) is checked in tests/dist/pdf.test.ts.
  for (const prefix of ['', 'zh/', 'zh-hant/']) {
    await page.goto(`${prefix}print/`);
    const link = page.locator('.title-page a[data-pdf-link]');
    await expect(link).toHaveAttribute('download', '');
    await expect(link.locator('[data-pdf-size]')).toHaveText(/^[\d.,]+ (KB|MB)$/);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test('the build publishes each edition\'s EPUB, linked from its print page with its size', async ({ page }) => {
  // What the EPUBs hold (EPUBCheck, metadata, navigation, chapters) is checked in tests/dist/epub.test.ts.
  for (const prefix of ['', 'zh/', 'zh-hant/']) {
    await page.goto(`${prefix}print/`);
    const link = page.locator('.title-page a[data-epub-link]');
    await expect(link).toHaveAttribute('download', '');
    await expect(link.locator('[data-epub-size]')).toHaveText(/^[\d.,]+ (KB|MB)$/);
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, page.url()).href);
    expect(response.headers()['content-type']).toBe('application/epub+zip');
    const body = await response.body();
    expect(body.subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
  }
});

test('the cover, shown on paper, says whose text it is and which edition', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await page.goto('print/');
  const cover = page.locator('[data-cover]');
  await expect(cover).toBeVisible();
  await expect(cover.locator('.whose')).toContainText('China Labor Watch wrote the original report, not this text');
  await expect(cover).toContainText(/English edition, built on \d{1,2} \w+ \d{4}\./);
});
