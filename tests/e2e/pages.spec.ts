import { test, expect } from '@playwright/test';

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

test('Getting help gives the two contacts with their date and a call link', async ({ page }) => {
  await page.goto('getting-help/');
  const main = page.getByRole('main');
  await expect(main.getByText(/2022/).first()).toBeVisible();
  await expect(main.locator('a[href="tel:117"]')).toBeVisible();
  await expect(main.locator('a[href="tel:+861012308"]')).toBeVisible();
  await expect(main.getByText(/check/i).first()).toBeVisible();
});

test('the header reaches About and Getting help from any page', async ({ page }) => {
  await page.goto('');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'About' }).click();
  await expect(page).toHaveURL(/\/about\/$/);
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Get help' }).click();
  await expect(page).toHaveURL(/\/getting-help\/$/);
});
