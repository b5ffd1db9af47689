import { test, expect } from '@playwright/test';
import { editions } from '../support/editions';

/**
 * Each edition's Cite page writes every citation in its own language: a
 * Chinese reader copies 无日期 / 取自 and a Chinese date, never "(n.d.)",
 * "Retrieved … from" or "Month Day, Year".
 */
const englishBoilerplate = /\(n\.d\.\)|N\.d\.|Retrieved|Accessed|web edition|undated|Month Day, Year/;

test.describe('citations in every edition', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const edition of editions.filter(({ writing }) => writing === 'han')) {
    test(`${edition.name}: the Cite page and its downloads carry no English boilerplate, and a copied APA citation has today's date in Chinese`, async ({ page, request }) => {
      await page.goto(`${edition.prefix}cite/`);
      const formats = page.locator('.citations pre');
      await expect(formats).toHaveCount(4);
      for (const text of await formats.allTextContents()) {
        expect(text).not.toMatch(englishBoilerplate);
        expect(text).toContain(edition.t['site.author']);
      }
      // The note on filling in the date names the pattern the citations use.
      await expect(page.locator('.citations .note code').first()).toHaveText(edition.t['cite.accessDate']);
      for (const file of ['cite/report.bib', 'cite/report.ris']) {
        expect(await (await request.get(`${edition.prefix}${file}`)).text()).not.toMatch(englishBoilerplate);
      }
      const apa = page.getByRole('region', { name: 'APA' });
      await expect(apa).toContainText(/（[無无]日期）/);
      await page.getByRole('button', { name: edition.t['cite.copy'].replace('{format}', 'APA') }).click();
      await expect(page.locator('#share-status')).toHaveText(edition.t['client.citationCopied']);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).not.toContain(edition.t['cite.accessDate']);
      expect(copied).toMatch(/：\d{4}年\d{1,2}月\d{1,2}日，取自 https?:\/\//);
    });
  }
});
