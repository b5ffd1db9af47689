import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { parse } from 'yaml';
import { toTraditional } from '../../src/editions/traditional';
import { watchConsole } from '../support/console';
import { chinese, editions, english, traditional, type Edition } from '../support/editions';

/**
 * Chinese readers search with the press's words, in either script, and mix
 * in English; English readers paste a Chinese name. Each lands on the section
 * that explains the term, in the edition they are reading.
 */
const crossLanguage: Array<[edition: Edition, query: string, page: string, section: string]> = [
  [english, '西港', 'chapters/sihanoukville/', 'city-and-province'],
  [english, '西哈努克港', 'chapters/sihanoukville/', 'city-and-province'],
  [english, '蛇頭', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  [english, '卖猪仔', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  [english, '西港特区', 'chapters/sihanoukville/', 'ssez-agreement-2010'],
  [english, '诈骗园区', 'chapters/casinos-to-scam-compounds/', 'compounds-beyond-sihanoukville'],
  [chinese, 'SSEZ', 'zh/chapters/sihanoukville/', 'ssez-agreement-2010'],
  [chinese, 'BRI', 'zh/chapters/belt-and-road/', 'belt-and-road-initiative'],
  [chinese, 'snakehead', 'zh/chapters/trafficking-and-recruitment/', 'snakeheads'],
  [chinese, '西港', 'zh/chapters/sihanoukville/', 'city-and-province'],
  [chinese, '园区', 'zh/chapters/casinos-to-scam-compounds/', 'compounds-beyond-sihanoukville'],
  [chinese, '卖猪仔', 'zh/chapters/trafficking-and-recruitment/', 'snakeheads'],
  [chinese, '金港高速', 'zh/chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  [chinese, '蛇頭', 'zh/chapters/trafficking-and-recruitment/', 'snakeheads'],
  [traditional, '蛇頭', 'zh-hant/chapters/trafficking-and-recruitment/', 'snakeheads'],
  [traditional, '蛇头', 'zh-hant/chapters/trafficking-and-recruitment/', 'snakeheads'],
  [traditional, '西港', 'zh-hant/chapters/sihanoukville/', 'city-and-province'],
  [traditional, '詐騙園區', 'zh-hant/chapters/casinos-to-scam-compounds/', 'compounds-beyond-sihanoukville'],
  [traditional, 'SSEZ', 'zh-hant/chapters/sihanoukville/', 'ssez-agreement-2010'],
  [traditional, 'snakehead', 'zh-hant/chapters/trafficking-and-recruitment/', 'snakeheads'],
  // A query about help opens the help lines, in every edition and script.
  [english, 'help', 'getting-help/', 'contacts'],
  [english, 'hotline', 'getting-help/', 'contacts'],
  [english, '报警', 'getting-help/', 'contacts'],
  [chinese, '求助', 'zh/getting-help/', 'contacts'],
  [chinese, '报警', 'zh/getting-help/', 'contacts'],
  [chinese, '救援', 'zh/getting-help/', 'contacts'],
  [traditional, '求助', 'zh-hant/getting-help/', 'contacts'],
  [traditional, '報警', 'zh-hant/getting-help/', 'contacts'],
  [traditional, '救援', 'zh-hant/getting-help/', 'contacts'],
];

/** The search page's results for a query: each result's page and first section, as paths. */
async function results(page: Page, edition: Edition, query: string): Promise<Array<{ page: string; section: string }>> {
  const field = page.getByRole('searchbox', { name: edition.t['search.words'] });
  await field.fill(query);
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(query);
  return page.locator('.search-results > li').evaluateAll((items) =>
    items.map((item) => ({
      page: new URL(item.querySelector<HTMLAnchorElement>('a.search-page')!.href).pathname,
      section: new URL(item.querySelector<HTMLAnchorElement>('ul a')?.href ?? 'http://x/').hash.slice(1),
    })),
  );
}

test('a term in either language and either script lands on its section, in the reader’s edition', async ({ page, baseURL }) => {
  const problems = watchConsole(page);
  const base = new URL(baseURL!).pathname;
  for (const edition of editions) {
    await page.goto(`${edition.prefix}search/`);
    for (const [, query, expectedPage, expectedSection] of crossLanguage.filter(([candidate]) => candidate === edition)) {
      const found = await results(page, edition, query);
      expect(found.length, `${edition.code}: ${query}`).toBeGreaterThan(0);
      expect(found.filter((result) => !result.page.startsWith(`${base}${edition.prefix}`) || (edition === english && /\/zh(-hant)?\//.test(result.page))), query).toEqual([]);
      expect(`${found[0]!.page}#${found[0]!.section}`, `${edition.code}: ${query}`).toBe(`${base}${expectedPage}#${expectedSection}`);
    }
  }
  expect(problems).toEqual([]);
});

/** The text Pagefind indexes on a built page: its body, without what it is told to ignore. */
function indexedText(file: string): string {
  const $ = cheerio.load(readFileSync(file, 'utf8'));
  const body = $('[data-pagefind-body]');
  body.find('[data-pagefind-ignore]').remove();
  return body.text();
}

/** Every glossary name in Chinese, in both scripts, and the Chinese words the tests promise. */
function chineseWords(): string[] {
  const glossary = parse(readFileSync('content/glossary.yaml', 'utf8')) as Array<{ term: string; aliases: string[]; 'zh-hans'?: { term: string; aliases: string[] } }>;
  const names = glossary.flatMap((entry) => [entry.term, ...entry.aliases, ...(entry['zh-hans'] ? [entry['zh-hans'].term, ...entry['zh-hans'].aliases] : [])]);
  const promised = crossLanguage.map(([, query]) => query);
  const simplified = [...names, ...promised, '护照', '诈骗', '电诈', '网赌', '遣返', '园区'].flatMap((name) => name.match(/\p{Script=Han}+/gu) ?? []);
  return [...new Set([...simplified, ...simplified.map(toTraditional)])].filter((word) => [...word].length >= 2);
}

for (const edition of [chinese, traditional]) {
  test(`${edition.code}: every Chinese name is found on every page of the edition that contains it`, async ({ page }) => {
    test.setTimeout(120_000);
    const dir = join('dist', edition.prefix);
    const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('index.html'))
      .map((file) => ({ path: `${edition.prefix}${file.replace(/index\.html$/, '')}`, text: indexedText(join(dir, file)) }))
      .filter((built) => built.text.trim() !== '');
    const expected = chineseWords()
      .map((word) => ({ word, pages: pages.filter((built) => built.text.includes(word)).map((built) => built.path) }))
      .filter(({ pages: containing }) => containing.length > 0);
    expect(expected.length).toBeGreaterThan(20);
    await page.goto(`${edition.prefix}search/`);
    const missed = await page.evaluate(async (list) => {
      const base = document.querySelector('link[rel="icon"]')!.getAttribute('href')!.replace(/favicon\.svg$/, '');
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      const found: string[] = [];
      for (const { word, pages: containing } of list) {
        const response = await pagefind.search(word);
        const urls = await Promise.all(response.results.map(async (result: { data(): Promise<{ url: string }> }) => new URL((await result.data()).url, location.href).pathname));
        for (const path of containing) if (!urls.includes(`${base}${path}`)) found.push(`${word} on /${path}`);
      }
      return found;
    }, expected);
    expect(missed).toEqual([]);
  });
}

test('opening a result on a Chinese edition marks the Chinese words searched for on the target page', async ({ page }) => {
  const problems = watchConsole(page);
  for (const [edition, query] of [[chinese, '蛇头'], [traditional, '蛇頭']] as const) {
    await page.goto(`${edition.prefix}search/`);
    await page.getByRole('searchbox', { name: edition.t['search.words'] }).fill(query);
    const first = page.locator('.search-results > li').first();
    await expect(first).toBeVisible();
    await first.locator('ul a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${edition.prefix}chapters/trafficking-and-recruitment/\\?highlight=.*#snakeheads$`));
    const marks = page.locator('main mark.pagefind-highlight');
    await expect(marks.first()).toHaveText(query);
    // Whole words only: never a lone character of them.
    expect((await marks.allTextContents()).filter((text) => [...text].length < 2)).toEqual([]);
  }
  expect(problems).toEqual([]);
});
