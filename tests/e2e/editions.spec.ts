import { test, expect } from '@playwright/test';
import { allPagePaths, readChapters } from '../support/content';
import { chinese, editions, english, traditional } from '../support/editions';
import { expectedStatus } from '../support/translation-status';

/**
 * The English and Simplified Chinese editions are one report: every page
 * links its counterpart, a link keeps its place when its language is
 * swapped, and the same anchor names the same place in both.
 */
const chapters = readChapters();

/** The `<link rel="alternate" hreflang>` of a page, by language, as paths. */
async function alternates(request: import('@playwright/test').APIRequestContext, path: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const found: Record<string, string> = {};
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) found[match[1]!] = new URL(match[2]!).pathname;
  return found;
}

test('every page names its counterpart in each edition with hreflang, and the pairs agree', async ({ request, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  for (const path of allPagePaths()) {
    const expected = { ...Object.fromEntries(editions.map((edition) => [edition.lang, `${base}${edition.prefix}${path}`])), 'x-default': `${base}${english.prefix}${path}` };
    for (const edition of editions) expect(await alternates(request, `${edition.prefix}${path}`), `/${edition.prefix}${path}`).toEqual(expected);
  }
});

test('each page is in its edition’s language, with a switcher to the others', async ({ page }) => {
  for (const edition of editions) {
    await page.goto(`${edition.prefix}chapters/${chapters[2]!.slug}/`);
    await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
    const switcher = page.getByRole('navigation', { name: edition.t['switcher.label'] });
    await expect(switcher.getByRole('link')).toHaveCount(editions.length - 1);
    for (const other of editions.filter((candidate) => candidate !== edition)) {
      const link = switcher.getByRole('link', { name: other.name });
      await expect(link).toHaveAttribute('hreflang', other.lang);
      await expect(link).toHaveAttribute('lang', other.lang);
      await expect(link).toHaveAttribute('href', new RegExp(`/${other.prefix}chapters/${chapters[2]!.slug}/$`));
    }
  }
});

test('switching language keeps the section the reader is on', async ({ page }) => {
  // The page takes the place once scrolling pauses; the clock is the test's.
  await page.clock.install();
  const chapter = chapters.find((candidate) => candidate.slug === 'inside-the-compounds')!;
  await page.goto(`chapters/${chapter.slug}/#resold-debt`);
  await page.getByRole('navigation', { name: english.t['switcher.label'] }).getByRole('link', { name: '简体中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/chapters/${chapter.slug}/#resold-debt$`));
  await expect(page.locator('[id="resold-debt"]')).toBeInViewport();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  // Scrolled on to a later section by hand, the reader switches back.
  await page.locator('[id="victim-to-accomplice"]').evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await page.clock.runFor(2000);
  await page.getByRole('navigation', { name: chinese.t['switcher.label'] }).getByRole('link', { name: '繁體中文' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh-hant/chapters/${chapter.slug}/#victim-to-accomplice$`));
  await expect(page.locator('[id="victim-to-accomplice"]')).toBeInViewport();
  await page.getByRole('navigation', { name: traditional.t['switcher.label'] }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/#victim-to-accomplice$`));
  await expect(page.locator('[id="victim-to-accomplice"]')).toBeInViewport();
});

test('switching edition keeps the paragraph a link opened or the reader scrolled to, in every pair of editions', async ({ page, baseURL }) => {
  const chapter = chapters.find((candidate) => candidate.slug === 'trafficking-and-recruitment')!;
  const linkedTo = 'p-once-he-had-landed-the';
  // An earlier paragraph of the same chapter, far enough from the end for the page to scroll it to the top.
  const scrolledTo = 'p-among-those-who-draw-victims';
  const at = (edition: (typeof editions)[number], id: string) => new URL(`${edition.prefix}chapters/${chapter.slug}/#${id}`, baseURL).href;
  for (const from of editions) {
    for (const to of editions.filter((candidate) => candidate !== from)) {
      const switchTo = () => page.getByRole('navigation', { name: from.t['switcher.label'] }).getByRole('link', { name: to.name });

      // Opened at a paragraph link, the switcher carries that paragraph at once.
      await page.goto(at(from, linkedTo));
      await expect(switchTo()).toHaveAttribute('href', at(to, linkedTo));
      await switchTo().click();
      await expect(page).toHaveURL(at(to, linkedTo));
      await expect(page.locator('html')).toHaveAttribute('lang', to.lang);
      await expect(page.locator(`[id="${linkedTo}"]`)).toBeInViewport();

      // Scrolled to another paragraph, the switcher carries the one at the top of the reading area.
      await page.goto(at(from, linkedTo));
      await page.locator(`[id="${scrolledTo}"]`).evaluate((paragraph) => paragraph.scrollIntoView({ block: 'start' }));
      await expect(switchTo()).toHaveAttribute('href', at(to, scrolledTo));
      await switchTo().click();
      await expect(page).toHaveURL(at(to, scrolledTo));
      await expect(page.locator(`[id="${scrolledTo}"]`)).toBeInViewport();
    }
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the switcher opens the same page in the other language', async ({ page }) => {
    await page.goto(`chapters/${chapters[1]!.slug}/`);
    await page.getByRole('link', { name: '简体中文' }).click();
    await expect(page).toHaveURL(new RegExp(`/zh/chapters/${chapters[1]!.slug}/$`));
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${chapters[1]!.slug}/$`));
  });
});

test('a section, finding or paragraph has the same id in both editions', async ({ page }) => {
  // A section a translation shows in English is a container of the text's own paragraphs.
  const published = 'main h2[id], main h3[id], main .findings li[id], main .prose > p[id], main .prose > .untranslated-section > p[id]';
  for (const chapter of chapters) {
    await page.goto(`chapters/${chapter.slug}/`);
    const englishIds = await page.locator(published).evaluateAll((elements) => elements.map((element) => element.id));
    for (const edition of [chinese, traditional]) {
      await page.goto(`${edition.prefix}chapters/${chapter.slug}/`);
      const translatedIds = await page.locator(published).evaluateAll((elements) => elements.map((element) => element.id));
      expect(translatedIds, `${edition.prefix}${chapter.slug}`).toEqual(englishIds);
    }
    expect(englishIds.length).toBeGreaterThan(chapter.headings.length);
  }
  // An advocate swaps the language of a link: it opens at the same place.
  await page.goto('zh/chapters/sihanoukville/#ssez-agreement-2010');
  await expect(page.getByRole('heading', { level: 2 }).and(page.locator('#ssez-agreement-2010'))).toBeInViewport();
  await page.goto('zh/chapters/inside-the-compounds/#finding-resold-debt');
  await expect(page.locator('#finding-resold-debt')).toBeInViewport();
});

test('a translated chapter says which English text it translates, and shows a notice exactly where its content lags behind English', async ({ page }) => {
  for (const edition of [chinese, traditional]) {
    for (const chapter of chapters) {
      const expected = expectedStatus(edition.code, 'chapters', chapter.file);
      const where = `${edition.prefix}${chapter.slug}`;
      await page.goto(`${edition.prefix}chapters/${chapter.slug}/`);
      // One sentence with the date in it: 译自英文版，英文版日期：2026年12月5日.
      const line = page.locator('.chapter-header .updated');
      const [year, month, day] = (await line.locator('time').getAttribute('datetime'))!.split('-').map(Number);
      await expect(line).toHaveText(edition.t['translation.translates'].replace('{date}', `${year}年${month}月${day}日`));
      // The whole chapter: English is newer by its date.
      await expect(page.getByRole('note', { name: edition.t['translation.behindLabel'] }), where).toHaveCount(expected.behind ? 1 : 0);
      // Section by section: the notices stand at the sections the content says, each linking to the English section.
      const notedSections = (sentence: string) =>
        page
          .locator('.prose [role="note"]', { hasText: sentence })
          .getByRole('link', { name: edition.t['translation.readSectionInEnglish'] })
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).hash.slice(1)));
      expect(await notedSections(edition.t['translation.sectionInEnglish'].replace('{edition}', edition.name)), where).toEqual(expected.inEnglish);
      expect(await notedSections(edition.t['translation.sectionChanged']), where).toEqual(expected.changed);
      // And no other notice that sends the reader to the English section (a section's content note is a note too).
      const toEnglish = page.locator('.prose [role="note"]').filter({ has: page.getByRole('link', { name: edition.t['translation.readSectionInEnglish'] }) });
      await expect(toEnglish, where).toHaveCount(expected.inEnglish.length + expected.changed.length);
    }
  }
});

test('the Traditional edition says near the top of each page that software converted it, and links the same place in Simplified and English', async ({ page }) => {
  const slug = chapters[0]!.slug;
  await page.goto(`zh-hant/chapters/${slug}/`);
  const notice = page.getByRole('main').locator('p', { hasText: '經軟體自動轉換為繁體中文' });
  await expect(notice).toHaveText('本頁由簡體中文版經軟體自動轉換為繁體中文，內容如與英文版有出入，以英文版為準。');
  // It comes before the chapter's title.
  const [noticeTop, titleTop] = await Promise.all([notice.boundingBox(), page.getByRole('heading', { level: 1 }).boundingBox()]);
  expect(noticeTop!.y).toBeLessThan(titleTop!.y);
  await notice.getByRole('link', { name: '簡體中文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/zh/chapters/${slug}/$`));
  await expect(page.getByRole('main').locator('p', { hasText: '經軟體自動轉換' })).toHaveCount(0);
  await page.goto(`zh-hant/chapters/${slug}/`);
  await page.getByRole('main').locator('p', { hasText: '經軟體自動轉換' }).getByRole('link', { name: '英文版' }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${slug}/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('Chinese pages use the Chinese type settings: taller lines, no italics', async ({ page }) => {
  await page.goto(`zh/chapters/${chapters[0]!.slug}/`);
  const paragraph = page.locator('.prose > p').first();
  const { lineHeight, fontSize, perLine } = await paragraph.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      lineHeight: parseFloat(style.lineHeight),
      fontSize: parseFloat(style.fontSize),
      perLine: element.getBoundingClientRect().width / parseFloat(style.fontSize),
    };
  });
  expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.75);
  // A Chinese character is about one em wide: 30 to 40 of them a line on a desktop.
  await page.setViewportSize({ width: 1440, height: 900 });
  const wide = await paragraph.evaluate((element) => element.getBoundingClientRect().width / parseFloat(getComputedStyle(element).fontSize));
  expect(perLine).toBeGreaterThan(0);
  expect(wide).toBeGreaterThanOrEqual(30);
  expect(wide).toBeLessThanOrEqual(40);
  const italic = await page.locator('main em, main i').evaluateAll((elements) => elements.filter((element) => getComputedStyle(element).fontStyle === 'italic').length);
  expect(italic).toBe(0);
});
