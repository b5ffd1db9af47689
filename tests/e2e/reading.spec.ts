import { test, expect, type Page } from '@playwright/test';
import { readChapters } from '../support/content';
import { amountOfText, everyEditionPaths } from '../support/editions';

const pages = everyEditionPaths();
const chapters = readChapters();

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, edition } of pages) {
    test(`/${path} reads in full`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('banner')).toBeVisible();
      await expect(page.getByRole('contentinfo')).toBeVisible();
      expect(amountOfText(await page.getByRole('main').innerText(), edition)).toBeGreaterThan(60);
    });
  }

  test('the header chapter menu still opens and navigates', async ({ page }) => {
    await page.goto('');
    const siteNav = page.getByRole('navigation', { name: 'Site' });
    await siteNav.getByText('Chapters', { exact: true }).click();
    await siteNav.getByRole('link', { name: chapters[4]!.title }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[4]!.title);
  });
});

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  for (const { path, edition } of pages) {
    test(`/${path} has no horizontal scroll`, async ({ page }) => {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      // The chapter menu, opened, must fit too.
      await page.getByRole('navigation', { name: edition.t['header.nav'] }).getByText(edition.t['nav.chapters'], { exact: true }).click();
      await expectNoHorizontalScroll(page);
    });
  }
});

test.describe('on a touch screen', () => {
  test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

  test('headings keep only their link; tapping it brings out Copy link and Cite; no ¶ on every paragraph', async ({ page }) => {
    await page.goto('chapters/trafficking-and-recruitment/');
    const heading = 'Two cases reported to CLW';
    const self = page.getByRole('link', { name: `Link to section: ${heading}`, exact: true });
    const cite = page.getByRole('link', { name: `Cite section: ${heading}`, exact: true });
    await expect(self).toBeVisible();
    await expect(cite).toBeHidden();
    await expect(page.getByRole('button', { name: `Copy link to section: ${heading}`, exact: true })).toBeHidden();
    await expect(page.getByRole('link', { name: 'Link to this paragraph' }).first()).toBeHidden();
    await self.tap();
    await expect(page).toHaveURL(/#cases-tong-and-qiao$/);
    await expect(cite).toBeVisible();
    await expect(page.getByRole('button', { name: `Copy link to section: ${heading}`, exact: true })).toBeVisible();
  });

  test('key findings use the full width of the text', async ({ page }) => {
    await page.goto('chapters/trafficking-and-recruitment/');
    const text = await page.locator('.prose > p').first().boundingBox();
    const finding = await page.locator('.findings li').first().boundingBox();
    expect(finding!.width).toBeGreaterThanOrEqual(text!.width - 48);
  });
});

test('body text is set at a comfortable measure and size on a desktop', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`chapters/${chapters[0]!.slug}/`);
  const paragraph = page.getByRole('main').locator('.prose > p').first();
  // The measure in the body font's own character width (CSS `ch`), so the
  // check holds whichever serif the machine falls back to.
  const { charactersPerLine, fontSize } = await paragraph.evaluate((element) => {
    const zero = document.createElement('span');
    zero.textContent = '0';
    element.append(zero);
    const ch = zero.getBoundingClientRect().width;
    zero.remove();
    return { charactersPerLine: element.getBoundingClientRect().width / ch, fontSize: parseFloat(getComputedStyle(element).fontSize) };
  });
  expect(fontSize).toBeGreaterThanOrEqual(16);
  // About 60–75 characters a line (68ch is the design measure).
  expect(charactersPerLine).toBeGreaterThan(55);
  expect(charactersPerLine).toBeLessThan(80);
});

test('every page marks Chinese and Khmer text with its language', async ({ page }) => {
  for (const { path } of pages.filter(({ edition }) => edition.code === 'en')) {
    await page.goto(path);
    const unmarked = await page.evaluate(() => {
      const foreign = /[\u3400-\u9fff\u1780-\u17ff]/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!foreign.test(node.textContent ?? '')) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        const script = /[\u1780-\u17ff]/.test(node.textContent ?? '') ? 'km' : 'zh';
        if (!lang.startsWith(script)) found.push(node.textContent!.trim());
      }
      return found;
    });
    expect(unmarked, `unmarked text on /${path}`).toEqual([]);
  }
});

test('Chinese pages mark Khmer text, and the English names they keep in Latin letters', async ({ page }) => {
  for (const { path } of pages.filter(({ edition }) => edition.code !== 'en')) {
    await page.goto(path);
    const unmarked = await page.evaluate(() => {
      // The names the Chinese edition keeps in Latin letters (no verified characters exist for them).
      const latinNames = /Chen Baorong|Baorong Chen|Bo Xiong|Cambodia-China Charity Team|\b(?:Tong|Qiao)\b/;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (/[\u1780-\u17ff]/.test(text) && lang !== 'km') found.push(text.trim());
        else if (latinNames.test(text) && !/[\u3400-\u9fff]/.test(text) && lang !== 'en') found.push(text.trim());
      }
      return found;
    });
    expect(unmarked, `unmarked text on /${path}`).toEqual([]);
  }
});

test('pages request nothing from any other origin', async ({ page, baseURL }) => {
  // Every page of every edition, one after another.
  test.setTimeout(120_000);
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  for (const { path } of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
  }
  expect(foreign).toEqual([]);
});

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}
