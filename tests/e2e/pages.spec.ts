import { test, expect } from '@playwright/test';
import { toTraditional } from '../../src/editions/traditional';
import { editions } from '../support/editions';

test('About names China Labor Watch, links to the original and keeps a dated corrections log', async ({ page }) => {
  await page.goto('about/');
  const main = page.getByRole('main');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('About this report');
  await expect(main.getByText(/China Labor Watch/).first()).toBeVisible();
  await expect(main.locator('a[href="https://chinalaborwatch.org/the-aftermath-of-the-belt-and-road-initiative-human-trafficking-in-cambodia/"]').first()).toBeVisible();
  const corrections = page.locator('[id="corrections"]');
  await expect(corrections).toBeVisible();
  await expect(main.getByText(/2026-11-24|24 November 2026/).first()).toBeVisible();
  await expect(main.getByText('Suggested citation')).toBeVisible();
});

test('About lists what this edition adds and every word-for-word quotation', async ({ page }) => {
  await page.goto('about/#method');
  const method = page.getByRole('main');
  for (const addition of ['family name first', '熊波', 'Further reading', 'Getting help', 'Natural Earth']) {
    await expect(method.getByRole('listitem').filter({ hasText: addition }).first()).toBeVisible();
  }
  for (const quotation of ['“Chinatown”', '“has not been able to independently verify”', '远离网赌电诈集团', 'four charges']) {
    await expect(method.getByRole('listitem').filter({ hasText: quotation }).first()).toBeVisible();
  }
});

test('the corrections log says what the fact-check corrected, dated', async ({ page }) => {
  await page.goto('about/#corrections');
  const log = page.getByRole('main');
  await expect(log.getByText('The number of Chinese nationals in Cambodia is the article\'s own figure')).toBeVisible();
  await expect(log.getByText('The map draws only what the article says')).toBeVisible();
  const feed = await page.request.get('corrections.xml');
  expect(await feed.text()).toContain('The pandemic did not turn the casinos into scam compounds');
});

test('a glossary definition says what the report says; our own notes are marked as ours', async ({ page }) => {
  await page.goto('glossary/#xiong-bo');
  const entry = page.locator('[id="xiong-bo"]');
  await expect(entry.getByText('This edition\'s note: The article writes his name as Bo Xiong')).toBeVisible();
  await expect(entry.getByText(/^China's ambassador to Cambodia/)).not.toContainText('Bo Xiong');
});

test('headings of About, Further reading and Getting help link to themselves, as chapters do', async ({ page }) => {
  for (const [path, heading, id] of [
    ['about/', 'How to cite', 'how-to-cite'],
    ['about/', 'Corrections log', 'corrections'],
    ['further-reading/', 'Reports', 'reports'],
    ['getting-help/', 'Contacts', 'contacts'],
  ] as const) {
    await page.goto(path);
    const link = page.getByRole('link', { name: `Link to section: ${heading}`, exact: true });
    await expect(link).toHaveAttribute('href', `#${id}`);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${path}#${id}$`));
    await expect(page.getByRole('heading', { name: heading, exact: true })).toBeInViewport();
  }
});

test('Further reading lists the four verified sources', async ({ page }) => {
  await page.goto('further-reading/');
  const main = page.getByRole('main');
  for (const title of [
    'Online Scam Operations and Trafficking into Forced Criminality in Southeast Asia',
    'I Was Someone Else',
    'Trafficking in Persons Report',
    'Transnational Crime in Southeast Asia',
  ]) {
    await expect(main.getByText(title).first()).toBeVisible();
  }
});

/** The help lines, each with where it can be dialled and its source, as each edition writes them. */
const helpLines = [
  { tel: 'tel:117', where: { en: 'inside Cambodia', zh: '在柬埔寨境内拨打' }, source: { en: 'public reporting, 2022', zh: '2022年公开报道' } },
  { tel: 'tel:+861012308', where: { en: 'from abroad', zh: '可从境外拨打' }, source: { en: 'public reporting, 2022', zh: '2022年公开报道' } },
  { tel: 'tel:+886800085095', where: { en: 'from abroad', zh: '从境外拨打' }, source: { en: 'boca.gov.tw', zh: 'boca.gov.tw' } },
  { tel: 'tel:0800085095', where: { en: 'inside Taiwan', zh: '在台湾境内拨打' }, source: { en: '5 December 2026', zh: '2026年12月5日' } },
  { tel: 'tel:165', where: { en: 'inside Taiwan', zh: '在台湾境内拨打' }, source: { en: '5 December 2026', zh: '2026年12月5日' } },
];

for (const edition of editions) {
  const zh = edition.code !== 'en';
  const words = (text: string) => (edition.code === 'zh-hant' ? toTraditional(text) : text);

  test(`${edition.code}: Getting help gives every line as a call link, where to dial it, its source and its check date`, async ({ page }) => {
    await page.goto(`${edition.prefix}getting-help/`);
    const main = page.getByRole('main');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.t['nav.help']);
    for (const line of helpLines) {
      const item = main.getByRole('listitem').filter({ has: page.locator(`a[href="${line.tel}"]`) });
      await expect(item, line.tel).toHaveCount(1);
      await expect(item).toContainText(words(zh ? line.where.zh : line.where.en));
      await expect(item).toContainText(words(zh ? line.source.zh : line.source.en));
    }
    // Malaysia: no line until an official source gives one, and the page says so.
    await expect(main.getByRole('heading', { name: words(zh ? '马来西亚' : 'Malaysia') })).toBeVisible();
    // Whose contacts these are: the edition's, not CLW's report.
    await expect(main).toContainText(words(zh ? '这些电话是本网络版增补的，并非出自中国劳工观察的报告' : 'They are this edition’s addition: they do not come from China Labor Watch’s report'));
  });

  test(`${edition.code}: the header, the footer and the home page call the page by one name`, async ({ page }) => {
    await page.goto(edition.prefix || './');
    await expect(page.getByRole('navigation', { name: edition.t['header.nav'] }).getByRole('link', { name: edition.t['nav.help'], exact: true })).toBeVisible();
    await expect(page.getByRole('contentinfo').getByRole('link', { name: edition.t['nav.help'], exact: true })).toBeVisible();
    await page.getByRole('complementary').getByRole('link', { name: edition.t['nav.help'], exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(edition.t['nav.help']);
  });
}

test('the header reaches About and Getting help from any page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Getting help' }).click();
  await expect(page).toHaveURL(/\/getting-help\/$/);
});
