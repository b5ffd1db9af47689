import { test, expect } from '@playwright/test';
import { exactName, readChapters } from '../support/content';
import { editions, english } from '../support/editions';

const chapters = readChapters();
const findings = chapters.flatMap((chapter) => chapter.keyFindings.map((finding) => ({ chapter, finding })));
const headlines = findings.filter(({ finding }) => finding.headline);

/** The heading a finding's section carries, as the link to it names it. */
function evidenceName({ chapter, finding }: (typeof findings)[number]): RegExp {
  const heading = chapter.headings.find((entry) => entry.id === finding.section)!;
  return exactName(`Chapter ${chapter.order}, “${heading.text}”`);
}

test('the home page says what the report is and lists every chapter in order', async ({ page }) => {
  await page.goto('');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'The Aftermath of the Belt and Road Initiative: Human Trafficking in Cambodia',
  );
  await expect(page.getByRole('main').getByText(english.t['site.summary'], { exact: true })).toBeVisible();
  const list = page.getByRole('main').getByRole('list').filter({ has: page.getByRole('link', { name: chapters[0]!.title }) }).last();
  const titles = await list.getByRole('link').allTextContents();
  expect(titles.map((title) => title.trim())).toEqual(chapters.map((chapter) => chapter.title));
});

test('the home page leads with at most eight headline findings, each leading to its evidence', async ({ page }) => {
  expect(headlines.length).toBeGreaterThanOrEqual(1);
  expect(headlines.length).toBeLessThanOrEqual(8);
  await page.goto('');
  const list = page.getByRole('region', { name: 'What the report found' }).getByRole('list');
  await expect(list.getByRole('listitem')).toHaveCount(headlines.length);
  for (const headline of headlines) {
    const item = list.getByRole('listitem').filter({ hasText: headline.finding.text });
    await expect(item).toBeVisible();
    // The evidence is the section that supports the finding, not the finding repeated in a box.
    const link = item.getByRole('link', { name: evidenceName(headline) });
    await expect(link).toHaveAttribute('href', new RegExp(`/chapters/${headline.chapter.slug}/#${headline.finding.section}$`));
  }
  const first = headlines[0]!;
  await list.getByRole('listitem').filter({ hasText: first.finding.text }).getByRole('link', { name: evidenceName(first) }).click();
  await expect(page).toHaveURL(new RegExp(`/chapters/${first.chapter.slug}/#${first.finding.section}$`));
  await expect(page.locator(`[id="${first.finding.section}"]`)).toBeInViewport();
});

test('every key finding is one click from the home page, on the findings page, with its evidence', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: `All ${findings.length} key findings, chapter by chapter` }).click();
  await expect(page).toHaveURL(/\/findings\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key findings');
  for (const entry of findings) {
    const item = page.getByRole('listitem').filter({ hasText: entry.finding.text });
    await expect(item).toBeVisible();
    await expect(item.getByRole('link', { name: evidenceName(entry) })).toBeVisible();
  }
});

test('on a phone, the chapters, figures and help are a tap away and within a few screens', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'On this page' });
  await expect(nav).toBeInViewport();
  for (const [link, heading, screens] of [
    // Five screens since CLW's conclusion joined the home page between the findings and the chapters; one tap either way.
    ['Chapters', 'Chapters', 5],
    ['Figures', 'Figures at a glance', 5],
    ['Getting help', 'If someone you know is trapped', 9],
  ] as const) {
    const target = page.getByRole('main').getByRole('heading', { name: heading, exact: true });
    const { y } = (await target.boundingBox())!;
    expect(y, heading).toBeLessThan(screens * 780);
    await nav.getByRole('link', { name: link }).click();
    await expect(target).toBeInViewport();
  }
});

test('/chapters/ lists the chapters with what each covers', async ({ page }) => {
  const response = await page.goto('chapters/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Chapters');
  for (const chapter of chapters) {
    await expect(page.getByRole('main').getByRole('link', { name: chapter.title, exact: true })).toBeVisible();
    await expect(page.getByText(chapter.description, { exact: true })).toBeVisible();
  }
});

test('the home page quotes CLW’s conclusion in its own words, in every edition, and leads to where the report says it', async ({ page }) => {
  for (const edition of editions) {
    await page.goto(edition.prefix || './');
    const conclusion = page.getByRole('region', { name: edition.t['home.conclusionHeading'] });
    const quoted = edition.code === 'en' ? '“the Chinese and Cambodian officials bear irrefutable responsibilities”' : edition.code === 'zh-hans' ? '“中柬两国官员负有无可辩驳的责任”（译自中国劳工观察英文原文）' : '「中柬兩國官員負有無可辯駁的責任」（譯自中國勞工觀察英文原文）';
    await expect(conclusion).toContainText(quoted);
    await expect(conclusion.getByRole('link')).toHaveAttribute('href', new RegExp(`/${edition.prefix}chapters/recommendations/#shared-responsibility$`));
  }
});
