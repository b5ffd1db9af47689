import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { exactName, readChapters } from '../support/content';
import { editions } from '../support/editions';

const chapters = readChapters();
const routes = chapters.find((chapter) => chapter.slug === 'trafficking-and-recruitment')!;

/** The controls inside <main> that Tab stops on: shown, and in the Tab order. */
function tabStopsInMain(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main a[href], main button, main input, main select, main summary, main [tabindex]')]
      .filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0)
      .map((element) => element.outerHTML.slice(0, 100)),
  );
}

test.describe('keyboard access to the link tools', () => {
  test('a chapter costs at most half its former Tab stops: one per section toolbar, none per paragraph', async ({ page }) => {
    for (const chapter of chapters) {
      await page.goto(`chapters/${chapter.slug}/`);
      await expect(page.getByRole('toolbar').first()).toBeVisible();
      const stops = await tabStopsInMain(page);
      expect(stops.filter((stop) => stop.includes('para-link')), chapter.slug).toEqual([]);
      // One toolbar per section and one per key finding.
      await expect(page.getByRole('toolbar')).toHaveCount(chapter.headings.length + chapter.keyFindings.length);
      await expect(page.getByRole('toolbar', { name: 'Links to this finding' })).toHaveCount(chapter.keyFindings.length);
      // Before the toolbars, the chapter of the issue had 55 Tab stops in its main content and this one 65.
      const before: Record<string, number> = { [routes.slug]: 55, 'casinos-to-scam-compounds': 65 };
      if (before[chapter.slug]) expect(stops.length, stops.join('\n')).toBeLessThanOrEqual(Math.floor(before[chapter.slug]! / 2));
    }
  });

  test("a key finding's link and copy button are one Tab stop, the arrow keys move between them", async ({ page }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const finding = routes.keyFindings[0]!;
    const toolbar = page.locator(`li#${finding.id}`).getByRole('toolbar', { name: 'Links to this finding' });
    const link = toolbar.getByRole('link', { name: 'Link to this finding' });
    const copy = toolbar.getByRole('button', { name: 'Copy link to this finding' });
    await link.focus();
    await page.keyboard.press('ArrowRight');
    await expect(copy).toBeFocused();
    // Tab leaves the toolbar; Shift+Tab returns to the control last used there.
    await page.keyboard.press('Tab');
    await expect(copy).not.toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(copy).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(link).toBeFocused();
    await expect(link).toHaveAttribute('href', `#${finding.id}`);
  });

  test("arrow keys move through a section's tools and on into its paragraph links; Home and End reach the ends", async ({ page }) => {
    await page.goto(`chapters/${routes.slug}/`);
    const section = routes.headings[1]!;
    const toolbar = page.getByRole('toolbar', { name: exactName(section.text) });
    const link = toolbar.getByRole('link', { name: exactName(`Link to section: ${section.text}`) });
    await link.focus();
    await page.keyboard.press('ArrowRight');
    await expect(toolbar.getByRole('button', { name: exactName(`Copy link to section: ${section.text}`) })).toBeFocused();
    await page.keyboard.press('End');
    const lastParagraphLink = page.getByRole('link', { name: 'Link to this paragraph' }).and(page.locator(':focus'));
    await expect(lastParagraphLink).toHaveCount(1);
    await expect(lastParagraphLink).toHaveCSS('opacity', '1');
    await page.keyboard.press('Home');
    await expect(link).toBeFocused();
    // The toolbar's Tab stop is the control last used: Tab leaves the toolbar, Shift+Tab returns to it.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    await expect(toolbar.getByRole('button', { name: exactName(`Copy link to section: ${section.text}`) })).toBeFocused();
  });

  test("the paragraphs before a chapter's first section are reached from its first toolbar", async ({ page }) => {
    await page.goto(`chapters/${routes.slug}/`);
    await expect(page.getByRole('toolbar').first()).toBeVisible();
    const first = routes.headings[0]!;
    await page.getByRole('link', { name: exactName(`Link to section: ${first.text}`) }).focus();
    await page.keyboard.press('ArrowLeft');
    const focusedId = await page.evaluate(() => document.activeElement?.closest('p')?.id);
    expect(focusedId).toMatch(/^p-/);
    // That paragraph comes before the first section's heading.
    expect(await page.evaluate(([paragraph, heading]) => Boolean(document.getElementById(paragraph!)!.compareDocumentPosition(document.getElementById(heading!)!) & Node.DOCUMENT_POSITION_FOLLOWING), [focusedId, first.id])).toBe(true);
  });

  test('without JavaScript every link tool is a plain link in the Tab order', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`chapters/${routes.slug}/`);
    await expect(page.getByRole('toolbar')).toHaveCount(0);
    const paragraphLink = page.getByRole('link', { name: 'Link to this paragraph' }).first();
    await paragraphLink.focus();
    await expect(paragraphLink).toBeFocused();
    expect(await paragraphLink.getAttribute('tabindex')).toBeNull();
    await context.close();
  });
});

test.describe('share links and the way back to the contents', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const edition of editions) {
    test(`${edition.code}: "${edition.t['anchors.copyShareLink']}" copies the section's share page, "${edition.t['anchors.contents']}" leads to the contents`, async ({ page, baseURL }) => {
      await page.goto(`${edition.prefix}chapters/${routes.slug}/`);
      const toolbar = page.locator('.section-tools').nth(2);
      const id = await toolbar.evaluate((element) => element.previousElementSibling!.id);
      await toolbar.getByRole('button', { name: new RegExp(`^${edition.t['anchors.copyShareLink']}`) }).click();
      await expect(page.locator('#share-status')).toHaveText(edition.t['client.linkCopied']);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`${edition.prefix}s/${routes.slug}/${id}/`, baseURL).href);
      await toolbar.getByRole('link', { name: edition.t['anchors.contents'], exact: true }).click();
      await expect(page).toHaveURL(/#toc-heading$/);
      await expect(page.getByRole('navigation', { name: edition.t['toc.chapter'] })).toBeInViewport();
    });
  }
});

test('accessible names contain the visible labels of the link tools, in every edition', async ({ page }) => {
  for (const edition of editions) {
    await page.goto(`${edition.prefix}chapters/${routes.slug}/`);
    await expect(page.getByRole('toolbar').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(results.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' '))), edition.code).toEqual([]);
  }
});
