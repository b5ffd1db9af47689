import { test, expect } from '@playwright/test';
import { readChapters } from '../support/content';

const chapters = readChapters();

test('next-chapter links walk the whole report in order, and previous links walk back', async ({ page }) => {
  await page.goto(`chapters/${chapters[0]!.slug}/`);
  const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
  await expect(nav.getByRole('link', { name: /Previous chapter/ })).toHaveCount(0);
  for (const chapter of chapters.slice(1)) {
    await nav.getByRole('link', { name: /Next chapter/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  }
  await expect(nav.getByRole('link', { name: /Next chapter/ })).toHaveCount(0);
  for (const chapter of [...chapters].reverse().slice(1)) {
    await nav.getByRole('link', { name: /Previous chapter/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
  }
});

test('the header chapter menu opens and lists every chapter, marking the current one', async ({ page }) => {
  const current = chapters[2]!;
  await page.goto(`chapters/${current.slug}/`);
  const siteNav = page.getByRole('navigation', { name: 'Site' });
  await siteNav.getByText('Chapters', { exact: true }).click();
  await expect(siteNav.getByRole('link', { name: chapters[0]!.title })).toBeVisible();
  expect((await siteNav.locator('ol a').allTextContents()).map((t) => t.trim())).toEqual(
    chapters.map((chapter) => chapter.title),
  );
  await expect(siteNav.getByRole('link', { name: current.title })).toHaveAttribute('aria-current', 'page');
  await siteNav.getByRole('link', { name: chapters[6]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[6]!.title);
});

test('Escape closes the chapter menu and returns to its button, from the button or from a chapter link', async ({ page }) => {
  await page.goto(`chapters/${chapters[1]!.slug}/`);
  const siteNav = page.getByRole('navigation', { name: 'Site' });
  const button = siteNav.getByText('Chapters', { exact: true });
  const first = siteNav.getByRole('link', { name: chapters[0]!.title });
  await button.click();
  await expect(first).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(first).toBeHidden();
  await expect(button).toBeFocused();
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto(`chapters/${chapters[0]!.slug}/`);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address shows a helpful 404 page with the chapters', async ({ page }) => {
  const response = await page.goto('chapters/no-such-chapter/');
  expect(response?.status()).toBe(404);
  // The site has one 404 page: it speaks English and Chinese.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found / 找不到页面 / 找不到頁面');
  await expect(page.locator('h1 [lang="zh-Hans"]')).toHaveText('找不到页面');
  await expect(page.locator('h1 [lang="zh-Hant"]')).toHaveText('找不到頁面');
  const main = page.getByRole('main');
  const simplified = main.locator('section[lang="zh-Hans"]');
  await expect(simplified.getByRole('heading', { name: '简体中文' })).toBeVisible();
  await expect(simplified.getByRole('link', { name: '报告首页' })).toHaveAttribute('href', /\/zh\/$/);
  const traditional = main.locator('section[lang="zh-Hant"]');
  await expect(traditional.getByRole('link', { name: '報告首頁' })).toHaveAttribute('href', /\/zh-hant\/$/);
  for (const chapter of chapters) {
    await expect(main.getByRole('link', { name: chapter.title })).toBeVisible();
  }
  await main.getByRole('link', { name: chapters[1]!.title }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapters[1]!.title);
});
