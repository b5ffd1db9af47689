import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { chinese, editions, english, traditional, type Edition } from '../support/editions';
import { watchConsole } from '../support/console';

/**
 * Saving an edition for offline reading: nothing is fetched for it until the
 * reader asks; once saved, pages never opened and search answer with the
 * network off; once removed, they no longer do. Each test has a fresh
 * browser context, so no saved copy or service worker carries over.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const snakehead = new Map<Edition, string>([
  [english, 'snakehead'],
  [chinese, '蛇头'],
  [traditional, '蛇頭'],
]);

/** What the control says the edition takes: the size the build listed in its manifest. */
function sizeLine(edition: Edition): string {
  const { bytes } = JSON.parse(readFileSync(join(dist, edition.prefix, 'offline.json'), 'utf8')) as { bytes: number };
  const size = new Intl.NumberFormat(edition.lang, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / 1e6);
  return edition.t['offline.size'].replace('{size}', size);
}

/** A page's main heading, as built. */
function builtHeading(path: string): string {
  return cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'))('h1').first().text().trim();
}

const control = (page: Page, edition: Edition) => page.getByRole('region', { name: edition.t['offline.heading'] });

for (const edition of editions) {
  test(`${edition.name}: saved only when asked, read and searched offline, then removed`, async ({ page, context }) => {
    const errors = watchConsole(page);
    const requested: string[] = [];
    context.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(edition.prefix);
    const offline = control(page, edition);
    await expect(offline).toBeVisible();
    await expect(offline).toContainText(sizeLine(edition));

    // Before the reader asks: no worker, no list of files, nothing saved.
    expect(requested.filter((path) => /(sw\.js|offline\.json)$/.test(path))).toEqual([]);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(await page.evaluate(() => caches.keys())).toEqual([]);

    // The worker's own downloads are seen here too (so the offline check below sees them).
    const downloadedByWorker: string[] = [];
    context.on('requestfinished', (request) => {
      if (request.serviceWorker()) downloadedByWorker.push(new URL(request.url()).pathname);
    });
    // One file held back until the reader has seen the progress.
    const { files } = JSON.parse(readFileSync(join(dist, edition.prefix, 'offline.json'), 'utf8')) as { files: unknown[] };
    let release = () => {};
    const progressSeen = new Promise<void>((resolve) => (release = resolve));
    await context.route(`**/${edition.prefix}chapters/inside-the-compounds/`, async (route) => {
      await progressSeen;
      await route.continue();
    });
    await offline.getByRole('button', { name: edition.t['offline.save'] }).click();
    const progress = new RegExp(
      edition.t['offline.progress'].replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace('\\{done\\}', '\\d+').replace('\\{total\\}', String(files.length)),
    );
    await expect(offline.getByRole('progressbar')).toBeVisible();
    await expect(offline).toContainText(progress);
    release();
    await expect(offline.getByRole('status')).toHaveText(edition.t['offline.saved']);
    await expect(offline.getByRole('button', { name: edition.t['offline.remove'] })).toBeVisible();
    await expect(offline.getByRole('button', { name: edition.t['offline.save'] })).toBeHidden();
    expect(requested.some((path) => path.endsWith(`/${edition.prefix}offline.json`))).toBe(true);
    expect(downloadedByWorker.filter((path) => path.endsWith(`/${edition.prefix}chapters/inside-the-compounds/`))).toHaveLength(1);

    // Offline, every answer comes from the saved copy: a request that reached
    // the server (the page's, or the worker's own) would be listed here.
    const answeredByNetwork: string[] = [];
    context.on('requestfinished', async (request) => {
      const response = await request.response();
      if (request.serviceWorker() || !response?.fromServiceWorker()) answeredByNetwork.push(request.url());
    });
    await context.setOffline(true);
    // A chapter this reader never opened.
    const chapter = `${edition.prefix}chapters/inside-the-compounds/`;
    await page.goto(chapter);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(builtHeading(chapter));

    // Search, from the saved index.
    await page.goto(`${edition.prefix}search/?q=${encodeURIComponent(snakehead.get(edition)!)}`);
    const first = page.locator('.search-results a.search-page').first();
    await expect(first).toHaveAttribute('href', new RegExp(`/${edition.prefix}chapters/trafficking-and-recruitment/`));

    // Chromium does not use a page's preloads when a service worker answers
    // them (the search page preloads its index files): it reads them from the
    // saved copy a second time and warns. Nothing else may go wrong.
    expect(errors.filter((message) => !message.includes('cross-world service worker resource mismatch'))).toEqual([]);
    errors.length = 0;

    // A page the edition does not have: the site's 404 page (and its 404 status), from the saved copy.
    const missing = await page.goto(`${edition.prefix}no-such-page/`);
    expect(missing?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(edition.t['notFound.title']);
    errors.length = 0;

    // The home page, offline, knows it is saved; removing the copy removes the offline reading.
    await page.goto(edition.prefix);
    await expect(offline.getByRole('status')).toHaveText(edition.t['offline.saved']);
    await offline.getByRole('button', { name: edition.t['offline.remove'] }).click();
    await expect(offline.getByRole('status')).toHaveText(edition.t['offline.removed']);
    await expect(offline.getByRole('button', { name: edition.t['offline.save'] })).toBeVisible();
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    await expect(page.goto(`${edition.prefix}chapters/recommendations/`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    expect(answeredByNetwork).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const edition of editions) {
    test(`${edition.name}: no offline control on the home and About pages`, async ({ page }) => {
      for (const path of [edition.prefix, `${edition.prefix}about/`]) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await expect(page.locator('[data-offline]')).toHaveCount(1);
        await expect(page.locator('[data-offline]')).toBeHidden();
        await expect(page.getByRole('button', { name: edition.t['offline.save'] })).toHaveCount(0);
      }
    });
  }
});
