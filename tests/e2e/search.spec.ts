import { test, expect, type Page } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readChapters } from '../support/content';
import { watchConsole } from '../support/console';

const chapters = readChapters();

/** What a searcher types, and the page and section that must come first. */
const firstResults: Array<[query: string, page: string, section: string]> = [
  ['snakehead', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  ['snakeheads', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  ['蛇头', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  ['smuggler', 'chapters/trafficking-and-recruitment/', 'snakeheads'],
  ['SSEZ', 'chapters/sihanoukville/', 'ssez-agreement-2010'],
  ['Sihanoukville Special Economic Zone', 'chapters/sihanoukville/', 'ssez-agreement-2010'],
  ['Kampong Som', 'chapters/sihanoukville/', 'city-and-province'],
  ['Preah Sihanouk', 'chapters/sihanoukville/', 'city-and-province'],
  ['ក្រុងព្រះសីហនុ', 'chapters/sihanoukville/', 'city-and-province'],
  ['BRI', 'chapters/belt-and-road/', 'belt-and-road-initiative'],
  ['Belt and Road', 'chapters/belt-and-road/', 'belt-and-road-initiative'],
  ['一带一路', 'chapters/belt-and-road/', 'belt-and-road-initiative'],
  ['Xiong Bo', 'chapters/casinos-to-scam-compounds/', 'xiong-bo-2018'],
  ['Bo Xiong', 'chapters/casinos-to-scam-compounds/', 'xiong-bo-2018'],
  ['Chen Baorong', 'chapters/victims-treated-as-criminals/', 'chen-baorong'],
  ['Baorong Chen', 'chapters/victims-treated-as-criminals/', 'chen-baorong'],
  ['Cambodia-China Charity Team', 'chapters/victims-treated-as-criminals/', 'chen-baorong'],
  ['网赌', 'chapters/casinos-to-scam-compounds/', 'embassy-warning'],
  ['电诈', 'chapters/casinos-to-scam-compounds/', 'embassy-warning'],
  ['online gambling', 'chapters/casinos-to-scam-compounds/', 'embassy-warning'],
  ['casino', 'chapters/casinos-to-scam-compounds/', 'gambling-crime-gangs'],
  ['China Road and Bridge Corporation', 'chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  ['China Road and Bridge', 'chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  ['online gambling permits', 'chapters/casinos-to-scam-compounds/', 'crackdown-2019'],
  ['gambling permit', 'chapters/casinos-to-scam-compounds/', 'crackdown-2019'],
  // Words the report does not use, found through search-only aliases.
  ['ransom', 'chapters/inside-the-compounds/', 'fear-and-extortion'],
  ['gambling licence', 'chapters/casinos-to-scam-compounds/', 'crackdown-2019'],
  ['expressway', 'chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  ['highway', 'chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  ['stadium', 'chapters/belt-and-road/', 'gifts-and-stadium'],
  ['personnel department', 'chapters/inside-the-compounds/', 'scam-and-personnel-departments'],
  ['passport', 'chapters/trafficking-and-recruitment/', 'passports-confiscated'],
  ['debt', 'chapters/trafficking-and-recruitment/', 'debt'],
  ['resold', 'chapters/inside-the-compounds/', 'resold-debt'],
  ['extortion', 'chapters/inside-the-compounds/', 'fear-and-extortion'],
  ['COVID-19', 'chapters/casinos-to-scam-compounds/', 'covid-19-victims'],
  ['Ministry of Public Security', 'chapters/victims-treated-as-criminals/', 'arrests-2021'],
  ['repatriation', 'chapters/recommendations/', 'rescue-and-repatriation'],
  ['criminal liability', 'chapters/recommendations/', 'criminal-liability'],
  ['CLW', 'about/', 'source'],
];

/**
 * One search page per worker, kept open across the first-result tests: each
 * test types its query into the field as a reader would, so the page and
 * Pagefind load once per worker rather than once per query.
 */
const searchTest = test.extend<object, { searchPage: { page: Page; problems: string[] } }>({
  searchPage: [
    async ({ browser }, use, workerInfo) => {
      const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL! });
      const page = await context.newPage();
      const problems = watchConsole(page);
      await page.goto('search/');
      await use({ page, problems });
      await context.close();
    },
    { scope: 'worker' },
  ],
});

/** The first page and the first section the search page shows for a query. */
async function firstResult(page: Page, query: string): Promise<{ page: string; section: string }> {
  const field = page.getByRole('searchbox', { name: /^(Words to find|搜索词)$/ });
  if ((await field.inputValue()) !== query) await field.fill(query);
  // The count and the list are rendered in one step: once the count names
  // this query, the list shows its results.
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(`“${query}”`);
  const first = page.locator('.search-results > li').first();
  const pageHref = await first.locator('a.search-page').getAttribute('href');
  const sectionHref = await first.locator('ul a').first().getAttribute('href');
  return { page: new URL(pageHref!, 'http://x').pathname, section: new URL(sectionHref!, 'http://x').hash.slice(1) };
}

test.describe('a search lands on the section that explains the term', () => {
  for (const [query, expectedPage, expectedSection] of firstResults) {
    searchTest(`“${query}” → ${expectedPage}#${expectedSection}`, async ({ searchPage, baseURL }) => {
      const { page, problems } = searchPage;
      problems.length = 0;
      const result = await firstResult(page, query);
      expect(result.page).toBe(new URL(expectedPage, baseURL).pathname);
      expect(result.section).toBe(expectedSection);
      expect(problems).toEqual([]);
    });
  }
});

/** What a reader of the Chinese edition types, and the section of that edition that must come first. */
const chineseFirstResults: Array<[query: string, page: string, section: string]> = [
  ['蛇头', 'zh/chapters/trafficking-and-recruitment/', 'snakeheads'],
  ['西哈努克港经济特区', 'zh/chapters/sihanoukville/', 'ssez-agreement-2010'],
  ['熊波', 'zh/chapters/casinos-to-scam-compounds/', 'xiong-bo-2018'],
  ['中国路桥工程有限责任公司', 'zh/chapters/belt-and-road/', 'phnom-penh-sihanoukville-expressway'],
  ['人事部门', 'zh/chapters/inside-the-compounds/', 'scam-and-personnel-departments'],
  ['遣返', 'zh/chapters/recommendations/', 'rescue-and-repatriation'],
];

test('the Chinese edition searches its own pages, and a term lands on the section that explains it', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('zh/search/');
  for (const [query, expectedPage, expectedSection] of chineseFirstResults) {
    await page.getByRole('searchbox', { name: '搜索词' }).fill(query);
    await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(`“${query}”`);
    const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    // Results stay in the reader's edition.
    expect(hrefs.length, query).toBeGreaterThan(0);
    for (const href of hrefs) expect(href, query).toMatch(/\/zh\//);
    const result = await firstResult(page, query);
    expect(`${result.page}#${result.section}`, query).toMatch(new RegExp(`/${expectedPage}#${expectedSection}$`));
  }
  expect(problems).toEqual([]);
});

test('the English edition’s results stay in English', async ({ page }) => {
  await page.goto('search/?q=snakehead');
  await expect(page.locator('.search-results > li').first()).toBeVisible();
  const hrefs = await page.locator('.search-results a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(hrefs.filter((href) => href.includes('/zh/'))).toEqual([]);
});

test('every Chinese term in the report is found inside longer Chinese text', async ({ page }) => {
  const problems = watchConsole(page);
  // Every pair of neighbouring characters in every Chinese run of the content.
  // The English edition's content: the Chinese edition has its own index, split into words by Pagefind.
  const texts = readdirSync('content', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.mdx') && !/(^|\/)zh-han[st]\//.test(file))
    .map((file) => readFileSync(join('content', file), 'utf8'));
  const terms = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(/\p{Script=Han}{2,}/gu) ?? []) {
      const characters = [...run];
      for (let i = 0; i + 2 <= characters.length; i++) terms.add(characters.slice(i, i + 2).join(''));
    }
  }
  expect(terms.size).toBeGreaterThan(30);
  await page.goto('search/');
  const missing = await page.evaluate(async (list) => {
    const base = document.querySelector('link[rel="icon"]')!.getAttribute('href')!.replace(/favicon\.svg$/, '');
    const pagefind = await import(`${base}pagefind/pagefind.js`);
    const notFound: string[] = [];
    for (const term of list) {
      const response = await pagefind.search(term);
      if (response.results.length === 0) notFound.push(term);
    }
    return notFound;
  }, [...terms]);
  expect(missing).toEqual([]);
  expect(problems).toEqual([]);
});

test('a ?q= link opens the search page with the query filled in and its results shown', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('search/?q=snakehead');
  await expect(page.getByRole('searchbox', { name: 'Words to find' })).toHaveValue('snakehead');
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText('“snakehead”');
  await expect(page.getByRole('link', { name: 'Snakeheads: the smugglers who recruit' })).toBeVisible();
  expect(problems).toEqual([]);
});

test('opening a result marks the search words on the target section', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('search/?q=passport');
  await page.locator('.search-results ul a').first().click();
  await expect(page).toHaveURL(/\/chapters\/trafficking-and-recruitment\/\?highlight=passports?(&highlight=passports?)?#passports-confiscated$/);
  const marks = page.locator('main mark.pagefind-highlight');
  await expect(marks.first()).toBeVisible();
  expect((await marks.allTextContents()).every((text) => /passport/i.test(text))).toBe(true);
  await expect(page.locator('#passports-confiscated')).toBeInViewport();
  // The highlight is styled by the site (Pagefind's own style would break the CSP).
  const background = await marks.first().evaluate((mark) => getComputedStyle(mark).backgroundColor);
  expect(background).not.toBe('rgba(0, 0, 0, 0)');
  expect(problems).toEqual([]);
});

test('a Chinese search word is marked inside the longer phrase on the target page', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto('chapters/casinos-to-scam-compounds/?highlight=%E7%BD%91%E8%B5%8C#embassy-warning');
  await expect(page.locator('main mark.pagefind-highlight').first()).toHaveText('网赌');
  expect(problems).toEqual([]);
});

/** Opens the first section result for a query and returns the marked words on the page. */
async function markedAfterSearch(page: Page, query: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(`“${query}”`);
  await page.locator('.search-results ul a').first().click();
  await expect(page.locator('main mark.pagefind-highlight').first()).toBeVisible();
  return page.locator('main mark.pagefind-highlight').allTextContents();
}

test.describe('the target page marks the words the search matched, whole', () => {
  for (const [query, allowed] of [
    ['Xiong Bo', /^(xiong|bo)$/i],
    ['China Road and Bridge', /^(china|road|bridge)$/i],
    ['snakehead', /^snakeheads?$/i],
    ['ក្រុងព្រះសីហនុ', /^ក្រុងព្រះសីហនុ$/],
    ['19000', /^19,000$/],
    ['19,000', /^19,000$/],
  ] as const) {
    test(`“${query}”`, async ({ page }) => {
      const problems = watchConsole(page);
      const marks = await markedAfterSearch(page, query);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) expect(mark).toMatch(allowed);
      // Never a piece of another word: Cam|bo|dia, memor|and|um.
      const partial = await page.locator('main mark.pagefind-highlight').evaluateAll((list) =>
        list.filter((mark) => /\p{L}/u.test(mark.previousSibling?.textContent?.slice(-1) ?? '') || /\p{L}/u.test(mark.nextSibling?.textContent?.[0] ?? '')).length,
      );
      if (!/\p{Script=Khmer}/u.test(query)) expect(partial).toBe(0);
      expect(problems).toEqual([]);
    });
  }
});

test('result excerpts show sentences from the page, never words that exist only in the index', async ({ page }) => {
  for (const query of ['snakehead', '电诈', 'SSEZ', 'ransom', 'Bo Xiong']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-search-results]').getByRole('status')).toContainText(`“${query}”`);
    const excerpts = await page.locator('.search-excerpt').allTextContents();
    expect(excerpts.length, query).toBeGreaterThan(0);
    for (const excerpt of excerpts) {
      expect(excerpt, query).not.toMatch(/⟦|⟧|Glossary:/);
      // Whole words of the page's own text, at least a few of them.
      expect(excerpt.trim().split(/\s+/).length, `${query}: “${excerpt}”`).toBeGreaterThanOrEqual(5);
    }
  }
});

test('a word the report does not contain finds nothing, not pieces of other words', async ({ page }) => {
  await page.goto('search/?q=nosuchwordxyz');
  await expect(page.locator('[data-search-results]').getByRole('status')).toContainText('No results for “nosuchwordxyz”.');
});

test('the glossary shows only words the report uses; search-only words stay in the index', async ({ page }) => {
  await page.goto('glossary/');
  await expect(page.getByRole('main')).not.toContainText(/ransom|blackmail|licen[cs]e/i);
});

test('results from the chapter behind a content note carry a visible label', async ({ page }) => {
  await page.goto('search/?q=extortion');
  const result = page.locator('.search-results > li').filter({ has: page.getByRole('link', { name: 'Inside the compounds', exact: true }) });
  await expect(result.locator('.search-note')).toHaveText('Content note');
  // The label comes before the excerpts.
  const [label, excerpt] = await Promise.all([result.locator('.search-note').boundingBox(), result.locator('.search-excerpt').first().boundingBox()]);
  expect(label!.y).toBeLessThan(excerpt!.y);
  const other = page.locator('.search-results > li').filter({ hasNot: page.getByRole('link', { name: 'Inside the compounds', exact: true }) });
  await expect(other.locator('.search-note')).toHaveCount(0);
});

test.describe('on a slow connection, search says it is loading', () => {
  /** Holds Pagefind's files until the test lets them through. */
  async function holdIndex(page: Page): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/**', async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  test('in the header panel: never an empty box, never “No results” before the index is in', async ({ page }) => {
    const release = await holdIndex(page);
    await page.goto('');
    await page.getByRole('searchbox', { name: 'Search the report' }).fill('passport');
    const panel = page.locator('#site-search-panel');
    await expect(panel.getByRole('status')).toHaveText('Loading search…');
    await expect(panel).not.toContainText('No results');
    release();
    await expect(panel.getByRole('status')).toHaveText(/“passport”/);
  });

  test('on the search page', async ({ page }) => {
    const release = await holdIndex(page);
    await page.goto('search/?q=passport');
    const results = page.locator('[data-search-results]');
    await expect(results.getByRole('status')).toHaveText('Loading search…');
    await expect(results).not.toContainText('No results');
    release();
    await expect(results.getByRole('status')).toHaveText(/“passport”/);
  });
});

test('the chapter filter narrows results to one chapter and is kept in the URL', async ({ page }) => {
  const problems = watchConsole(page);
  const chapter = chapters.find((entry) => entry.slug === 'victims-treated-as-criminals')!;
  await page.goto('search/?q=China');
  await expect(page.locator('.search-results > li').nth(1)).toBeVisible();
  await page.getByLabel('In', { exact: true }).selectOption(chapter.title);
  await expect(page.locator('.search-results > li')).toHaveCount(1);
  await expect(page.locator('.search-results a.search-page')).toHaveText(chapter.title);
  await expect(page).toHaveURL(/chapter=Victims/);
  await page.reload();
  await expect(page.getByLabel('In', { exact: true })).toHaveValue(chapter.title);
  await expect(page.locator('.search-results > li')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('keyboard: / focuses the field, arrows walk the results, Enter opens one, Escape closes', async ({ page }) => {
  const problems = watchConsole(page);
  await page.goto(`chapters/${chapters[0]!.slug}/`);
  await page.keyboard.press('/');
  const field = page.getByRole('searchbox', { name: 'Search the report' });
  await expect(field).toBeFocused();
  await page.keyboard.type('passport');
  const panel = page.locator('#site-search-panel');
  await expect(panel.getByRole('status')).toHaveText(/“passport”/);
  await page.keyboard.press('ArrowDown');
  const links = panel.getByRole('link');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(field).toBeFocused();
  // A fast reader presses a key before the results for the new query are in:
  // it must not land on the old results, which the update then replaces.
  await page.keyboard.type('s');
  await page.keyboard.press('ArrowDown');
  await expect(panel.getByRole('status')).toHaveText(/“passports”/);
  await expect(panel).toBeVisible();
  // From the field or the first result, ArrowUp leads to the field.
  await page.keyboard.press('ArrowUp');
  await expect(field).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const target = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target!.replace(/[?.]/g, '\\$&')}$`));
  expect(problems).toEqual([]);
});

test('no search code loads on a chapter page until the reader asks for it', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(`chapters/${chapters[1]!.slug}/`, { waitUntil: 'networkidle' });
  expect(requests.filter((path) => /pagefind|search-ui/.test(path))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search the report' }).focus();
  await expect.poll(() => requests.some((path) => path.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header field submits to the search page, which explains and offers other ways in', async ({ page }) => {
    await page.goto(`chapters/${chapters[0]!.slug}/`);
    await page.getByRole('searchbox', { name: 'Search the report' }).fill('snakehead');
    await page.getByRole('searchbox', { name: 'Search the report' }).press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=snakehead$/);
    const main = page.getByRole('main');
    await expect(main.getByText('Search needs JavaScript')).toBeVisible();
    await expect(main.getByRole('link', { name: 'glossary' })).toBeVisible();
    for (const chapter of chapters) await expect(main.getByRole('link', { name: chapter.title })).toBeVisible();
  });
});

test('when nothing matches, one sentence in the edition\'s own order offers the glossary and the chapters', async ({ page }) => {
  const offers: Array<[prefix: string, sentence: string, glossary: string, chapters: string]> = [
    ['', 'Try another word, look it up in the glossary, or browse the chapters.', 'glossary', 'the chapters'],
    ['zh/', '请换一个词，或查阅词汇表，或浏览各章。', '词汇表', '各章'],
    ['zh-hant/', '請換一個詞，或查閱詞彙表，或瀏覽各章。', '詞彙表', '各章'],
  ];
  for (const [prefix, sentence, glossary, chapterList] of offers) {
    await page.goto(`${prefix}search/?q=qqqzzzxxx`);
    const offer = page.locator('[data-search-results] .search-message p').nth(1);
    await expect(offer).toHaveText(sentence);
    await expect(offer.getByRole('link', { name: glossary, exact: true })).toHaveAttribute('href', new RegExp(`/${prefix}glossary/$`));
    await expect(offer.getByRole('link', { name: chapterList, exact: true })).toHaveAttribute('href', new RegExp(`/${prefix}#chapters$`));
  }
});

test.describe('bad input gets a clear message, no error and no injected markup', () => {
  const badQueries: Array<[label: string, query: string]> = [
    ['empty', ''],
    ['only spaces', '    '],
    ['2,000 characters', 'trafficking '.repeat(167).slice(0, 2000)],
    ['markup', '<img src=x onerror="window.__injected=1">'],
    ['script', '<script>window.__injected=1</script>'],
    ['regex characters', '.*+?^${}()|[]\\'],
    ['emoji', '🙂🙃🔎'],
    ['right-to-left', 'مرحبا بالعالم'],
    ['Hebrew', 'שלום'],
  ];
  for (const [label, query] of badQueries) {
    test(label, async ({ page }) => {
      const problems = watchConsole(page);
      await page.goto(`search/?q=${encodeURIComponent(query)}`);
      const results = page.locator('[data-search-results]');
      await expect(results.getByRole('status')).toBeVisible();
      await expect(results.locator('img, script, iframe')).toHaveCount(0);
      expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
      if (label === 'markup' || label === 'script') {
        // The words may match, but the query is shown as text, never as markup.
        await expect(results.getByRole('status')).toContainText(query);
      } else if (label !== '2,000 characters') {
        await expect(results.getByRole('status')).toContainText(/No results|Type a word/);
        await expect(results.getByRole('link', { name: 'glossary' })).toBeVisible();
        await expect(results.getByRole('link', { name: 'the chapters' })).toBeVisible();
      }
      expect(problems).toEqual([]);
    });
  }

  test('a missing index says search is unavailable instead of showing an empty box', async ({ page }) => {
    const problems = watchConsole(page);
    await page.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.goto('search/?q=snakehead');
    await expect(page.getByRole('alert')).toContainText('Search is not available right now');
    await expect(page.getByRole('alert').getByRole('link', { name: 'glossary' })).toBeVisible();
    // The only console line allowed is the browser's own note of the failed request.
    expect(problems.filter((line) => !/Failed to load resource|Failed to fetch dynamically imported module/.test(line))).toEqual([]);
  });
});

test('only the article text is indexed, not the header, footer, navigation or table of contents', async ({ page }) => {
  await page.goto('search/');
  const indexed = await page.evaluate(async () => {
    const base = document.querySelector('link[rel="icon"]')!.getAttribute('href')!.replace(/favicon\.svg$/, '');
    const pagefind = await import(`${base}pagefind/pagefind.js`);
    const response = await pagefind.search('passport');
    const data = await response.results[0].data();
    return { url: data.url as string, content: data.content as string };
  });
  expect(indexed.url).toMatch(/\/chapters\/trafficking-and-recruitment\/$/);
  expect(indexed.content).toContain('Passports taken on arrival');
  for (const chrome of ['Skip to content', 'In this chapter', 'Key findings', 'Previous chapter', 'Next chapter', 'No tracking', 'Search the report', 'Getting help', 'Chapter 4 of 7']) {
    expect(indexed.content, `the index holds “${chrome}”`).not.toContain(chrome);
  }
});

test('the glossary is a page of its own, each term linkable and linked to its section', async ({ page }) => {
  await page.goto('glossary/#snakehead');
  const entry = page.locator('[id="snakehead"]');
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText('蛇头');
  await expect(entry.locator('[lang="zh"]')).toHaveText('蛇头');
  await entry.getByRole('link').click();
  await expect(page).toHaveURL(/\/chapters\/trafficking-and-recruitment\/#snakeheads$/);
  await expect(page.locator('#snakeheads')).toBeInViewport();
});
