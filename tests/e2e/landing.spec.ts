import { test, expect } from '@playwright/test';
import { readChapters } from '../support/content';
import { site } from '../../src/config/site';

const chapters = readChapters();

test('the landing page shows the report title, a summary and every chapter in order', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
  );
  await expect(page.getByRole('main').getByText(site.summary, { exact: true })).toBeVisible();
  const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: chapters[0]!.title }) }).last();
  const titles = await list.getByRole('link').allTextContents();
  expect(titles.map((title) => title.trim())).toEqual(chapters.map((chapter) => chapter.title));
});

test('every key finding on the landing page links to that finding in its chapter', async ({ page }) => {
  await page.goto('');
  const findings = chapters.flatMap((chapter) => chapter.keyFindings.map((finding) => ({ chapter, finding })));
  expect(findings.length).toBeGreaterThanOrEqual(7);
  for (const { finding } of findings) {
    await expect(page.getByRole('main').getByText(finding.text, { exact: true })).toBeVisible();
  }
  const hrefs = await page.getByRole('link', { name: /^Read more in chapter \d/ }).evaluateAll((links) =>
    links.map((link) => (link as HTMLAnchorElement).href),
  );
  expect(hrefs).toHaveLength(findings.length);
  for (const [index, href] of hrefs.entries()) {
    const { chapter, finding } = findings[index]!;
    expect(new URL(href).pathname).toMatch(new RegExp(`/chapters/${chapter.slug}/$`));
    expect(new URL(href).hash).toBe(`#${finding.id}`);
    await page.goto(href);
    const target = page.locator(`[id="${finding.id}"]`);
    await expect(target).toContainText(finding.text);
    await expect(target).toBeInViewport();
  }
});

test('a finding link from the landing page opens the chapter at that finding', async ({ page }) => {
  await page.goto('');
  const chapter = chapters[3]!;
  await page.getByRole('link', { name: `Read more in chapter ${chapter.order}: ${chapter.title}` }).first().click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${chapter.slug}/#${chapter.keyFindings[0]!.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
});
