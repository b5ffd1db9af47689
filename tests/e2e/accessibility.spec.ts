import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readChapters } from '../support/content';
import { checkedPaths } from '../support/editions';

const pages = checkedPaths();
const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Axe's findings, one line each, so a failure names the rule and the elements. */
async function axeViolations(page: Page): Promise<string[]> {
  // Every rule still runs; axe just skips building the lists of passes and
  // incomplete checks that these tests never read, which is most of its time.
  // (options first: withTags adds to them, where options() would replace the tags).
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(wcag).analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

test.describe('axe, WCAG 2.2 A and AA, light and dark schemes', () => {
  for (const path of pages) {
    test(`/${path}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      if (path.includes('search/')) await expect(page.locator('.search-results')).toBeVisible();
      expect(await axeViolations(page), 'light scheme').toEqual([]);
      // Switching the scheme restyles the same page: no second load needed.
      const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const light = await background();
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.poll(background, 'the dark scheme applies').not.toBe(light);
      expect(await axeViolations(page), 'dark scheme').toEqual([]);
    });
  }
});

test('axe finds nothing in the open header search results and chapter menu', async ({ page }) => {
  await page.goto('chapters/sihanoukville/');
  await page.getByRole('navigation', { name: 'Site' }).getByText('Chapters', { exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search the report' }).fill('debt');
  await expect(page.locator('#site-search-panel .search-results')).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('keyboard alone reaches every link and control in document order, with a visible focus ring', async ({ page }) => {
  const chapter = readChapters()[3]!;
  await page.goto(`chapters/${chapter.slug}/`);
  // The link tools load after the page (a dynamic import the load event does not wait for)
  // and take the ¶ links out of the Tab order: list the stops only once they have.
  await expect(page.getByRole('toolbar').first()).toBeVisible();
  // Everything a keyboard user should reach, in the order it appears.
  const expected = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, summary, [tabindex]:not([tabindex="-1"])')]
      .filter((element) => element.offsetParent !== null || element.tagName === 'SUMMARY')
      // A toolbar's other controls and the ¶ links are reached with its arrow keys, not Tab (link-tools.spec.ts).
      .filter((element) => element.tabIndex >= 0)
      .filter((element) => !element.closest('details:not([open]) > :not(summary)'))
      .map((element) => element.outerHTML.slice(0, 120)),
  );
  const reached: string[] = [];
  for (let i = 0; i < expected.length; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      const style = getComputedStyle(element);
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { html: element.outerHTML.slice(0, 120), ring };
    });
    expect(focused.ring, `no visible focus ring on ${focused.html}`).toBe(true);
    reached.push(focused.html);
  }
  expect(reached).toEqual(expected);
});

test('motion is reduced for readers who ask for it', async ({ browser, baseURL }) => {
  const behaviours: string[] = [];
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const context = await browser.newContext({ reducedMotion, baseURL: baseURL! });
    const page = await context.newPage();
    await page.goto('');
    // Smooth scrolling is for a reader using the page's own links, never for arriving at a section.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    await page.getByRole('link', { name: 'Findings', exact: true }).focus();
    behaviours.push(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior));
    await context.close();
  }
  expect(behaviours).toEqual(['smooth', 'auto']);
});
