import { test, expect } from '@playwright/test';
import { exactName, readChapters } from '../support/content';

const chapters = readChapters();

test('the report has the seven chapters of the outline', () => {
  expect(chapters.map((chapter) => chapter.order)).toEqual([1, 2, 3, 4, 5, 6, 7]);
});

for (const chapter of chapters) {
  test.describe(`chapter ${chapter.order}: ${chapter.title}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`chapters/${chapter.slug}/`);
      expect(response?.status()).toBe(200);
    });

    test('shows its title, description and key findings', async ({ page }) => {
      await expect(page).toHaveTitle(new RegExp(`^${escapeRegExp(chapter.title)} · `));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(chapter.title);
      const main = page.getByRole('main');
      await expect(main.getByText(chapter.description, { exact: true })).toBeVisible();
      await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', chapter.description);
      for (const finding of chapter.keyFindings) {
        await expect(page.locator(`[id="${finding.id}"]`)).toContainText(finding.text);
      }
    });

    test('has a section for every heading and a table of contents that reaches each', async ({ page }) => {
      expect(chapter.headings.length).toBeGreaterThanOrEqual(3);
      const toc = page.getByRole('navigation', { name: 'In this chapter' });
      await expect(toc.getByRole('link')).toHaveCount(chapter.headings.length);
      for (const heading of chapter.headings) {
        const section = page.getByRole('heading', { level: heading.depth, name: exactName(heading.text) });
        await expect(section).toHaveAttribute('id', heading.id);
        const link = toc.getByRole('link', { name: exactName(heading.text) });
        await expect(link).toHaveAttribute('href', `#${heading.id}`);
      }
      // Following a table-of-contents link moves the reader to that section.
      const last = chapter.headings.at(-1)!;
      await toc.getByRole('link', { name: exactName(last.text) }).click();
      await expect(page).toHaveURL(new RegExp(`#${last.id}$`));
      await expect(page.locator(`[id="${last.id}"]`)).toBeInViewport();
    });

    if (chapter.contentNote) {
      test('opens with its content note before the text', async ({ page }) => {
        const note = page.getByRole('complementary', { name: 'Content note' }).first();
        await expect(note).toContainText(chapter.contentNote!);
        const noteTop = (await note.boundingBox())!.y;
        const firstSection = page.locator(`[id="${chapter.headings[0]!.id}"]`);
        expect(noteTop).toBeLessThan((await firstSection.boundingBox())!.y);
      });
    }
  });
}

test('only the chapter on the compounds carries a content note', async () => {
  const withNotes = chapters.filter((chapter) => chapter.contentNote).map((chapter) => chapter.slug);
  expect(withNotes).toEqual(['inside-the-compounds']);
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
