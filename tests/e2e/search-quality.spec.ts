import { test, expect, type Page } from '@playwright/test';
import { watchConsole } from '../support/console';
import { firstSearches } from '../support/first-search';

/**
 * What a searcher sees in the results: no false matches, whole words marked,
 * excerpts that are whole sentences of the page (never the words added for
 * the index), one under every result, and the first few pages' text only
 * until more are asked for.
 */

async function search(page: Page, prefix: string, query: string): Promise<void> {
  await page.goto(`${prefix}search/?q=${encodeURIComponent(query)}`);
  // Quoted as each edition quotes: “…” or 「…」.
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(new RegExp(`[“「]${query}[”」]`));
}

test('a name the report never uses says so, and lists the pages using its other word', async ({ page }) => {
  const problems = watchConsole(page);
  await search(page, '', 'Prince Group');
  const status = page.locator('[data-search-results]').getByRole('status');
  await expect(status).toContainText('No section mentions “Prince Group”.');
  await expect(status).toContainText('mention “Group”');
  await expect(status).not.toContainText('match “Prince Group”');
  const marks = await page.locator('.search-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toMatch(/^groups?$/i);
  expect(problems).toEqual([]);
});

test('excerpts mark whole words only: “Xiong Bo” never marks “both” or “borders”', async ({ page }) => {
  await search(page, '', 'Xiong Bo');
  const marks = await page.locator('.search-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toMatch(/^(xiong|bo)$/i);
});

test('a Chinese search marks the word, not a piece of a longer word', async ({ page }) => {
  await search(page, 'zh/', '园区');
  const marks = await page.locator('.search-excerpt mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark).toBe('园区');
});

/** The page's own text, as a reader reads it, for the section a result links to. */
async function pageText(page: Page, url: string): Promise<string> {
  return page.evaluate(async (href) => {
    const html = await (await fetch(href)).text();
    const body = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-pagefind-body]');
    body?.querySelectorAll('[data-pagefind-ignore]').forEach((node) => node.remove());
    return (body?.textContent ?? '').replace(/\s+/g, ' ');
  }, url);
}

const sentenceEnd = /[.!?。！？]["”’」』）)]?$/u;

for (const [prefix, query] of [
  ['', 'snakehead'],
  ['', 'Sihanoukville'],
  ['', '西港'],
  ['zh/', '西港'],
  ['zh/', '诈骗园区'],
  ['zh/', '警告'],
  ['zh-hant/', '詐騙園區'],
  ['zh-hant/', '蛇頭'],
] as const) {
  test(`/${prefix}search/: every “${query}” result has an excerpt of whole sentences from its page, never index-only words`, async ({ page }) => {
    const problems = watchConsole(page);
    await search(page, prefix, query);
    const sections = page.locator('.search-results > li > ul > li');
    const count = await sections.count();
    expect(count).toBeGreaterThan(0);
    const pages = new Map<string, string>();
    for (let at = 0; at < count; at++) {
      const section = sections.nth(at);
      const excerpt = ((await section.locator('.search-excerpt').textContent()) ?? '').trim();
      const href = (await section.getByRole('link').getAttribute('href'))!;
      expect(excerpt, href).not.toBe('');
      expect(excerpt, href).not.toMatch(/⟦|⟧|; 西港; |Kampong Som; /);
      const text = excerpt.replace(/^…|…$/g, '');
      const path = new URL(href, page.url()).pathname;
      if (!pages.has(path)) pages.set(path, await pageText(page, path));
      const source = pages.get(path)!;
      // Words of the page itself, in the page's order.
      expect(source, href).toContain(text);
      // It starts where a sentence starts, or says it does not.
      if (!excerpt.startsWith('…')) {
        const before = source.slice(0, source.indexOf(text)).trimEnd();
        expect(before === '' || /[.!?。！？:：”」)）\p{L}\p{N}]$/u.test(before), `${href}: “${before.slice(-20)}|${text.slice(0, 20)}”`).toBe(true);
        expect(text, href).toMatch(/^[\p{Lu}\p{N}\p{Script=Han}“「《（(]/u);
      }
      // It ends where a sentence ends, or says it does not.
      if (!excerpt.endsWith('…')) expect(text, href).toMatch(sentenceEnd);
    }
    expect(problems).toEqual([]);
  });
}

test('only the first pages’ text is fetched; the reader asks for more and lands on the first new result', async ({ page }) => {
  const fragments: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.pf_fragment')) fragments.push(request.url());
  });
  await search(page, 'zh/', '诈骗园区');
  const results = page.locator('.search-results > li');
  await expect(results).toHaveCount(3);
  expect(fragments.length).toBe(3);
  const more = page.getByRole('button', { name: /^显示更多结果（还有\d+个页面）$|^再显示一个结果$/ });
  await expect(more).toBeVisible();
  const total = Number(/(\d+)个页面与/.exec((await page.locator('.search-count').textContent()) ?? '')?.[1]);
  expect(total).toBeGreaterThan(3);
  await more.click();
  await expect(results).toHaveCount(Math.min(total, 6));
  await expect(results.nth(3).locator('a.search-page')).toBeFocused();
  expect(fragments.length).toBe(Math.min(total, 6));
});

test('while the index is still loading, the section that explains the term is offered at once', async ({ page }) => {
  // Hold the engine back, as a slow line does, to see what the reader gets before it.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('zh/search/?q=' + encodeURIComponent('蛇头'));
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('status')).toHaveText('正在加载搜索……');
  const first = results.getByRole('link', { name: '蛇头：负责招募的人口走私者' });
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', /\/zh\/chapters\/trafficking-and-recruitment\/#snakeheads$/);
  release();
  await expect(results.getByRole('status')).toContainText('与“蛇头”匹配');
  await expect(results.locator('.search-results a.search-page').first()).toBeVisible();
});

/**
 * Bytes a first search fetches after the search page's HTML and stylesheet
 * until all its results show, headers included, as served by the test server
 * (gzip, HTTP/1.1): the slow-phone targets, for every query the benchmark
 * times (`npm run bench:search` measures the time on that profile).
 */
for (const { prefix, budget, queries } of firstSearches) {
  for (const query of queries) {
    test(`a first search for “${query}” on /${prefix}search/ fetches at most ${budget / 1024} KiB`, async ({ page }) => {
      const fetched: Array<Promise<number>> = [];
      page.on('requestfinished', (request) => {
        if (request.resourceType() === 'document' || request.resourceType() === 'stylesheet') return;
        fetched.push(request.sizes().then((sizes) => sizes.responseHeadersSize + sizes.responseBodySize));
      });
      await page.goto(`${prefix}search/?q=${encodeURIComponent(query)}`);
      // All results show: the count or the no-match message, nothing still loading.
      await expect(page.locator('[data-search-results]:not([aria-busy])').locator('.search-count, .search-message').first()).toBeVisible();
      const bytes = (await Promise.all(fetched)).reduce((sum, size) => sum + size, 0);
      test.info().annotations.push({ type: 'bytes', description: `${(bytes / 1024).toFixed(1)} KiB` });
      // Pagefind's script and WebAssembly alone are over 60 KiB: less means the search did not run.
      expect(bytes).toBeGreaterThan(60 * 1024);
      expect(bytes).toBeLessThanOrEqual(budget);
    });
  }
}
