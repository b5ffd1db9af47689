import { test, expect } from '@playwright/test';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, type DistServer } from '../../src/serve/static-server.ts';
import { normaliseBasePath } from '../../src/config/site.ts';
import { cacheName } from '../../src/outputs/offline/names.ts';
import { chinese, editions } from '../support/editions';

/**
 * A saved copy follows the site: when a newer build is online, the browser
 * installs its service worker, which downloads the saved edition again and
 * only then replaces the old copy. The "newer build" is this build's copy in
 * a folder of its own, served by a server this test starts, with one
 * chapter's heading changed and a new build id in the worker and the lists,
 * as a rebuild after an edit would make them.
 */
const dist = join(import.meta.dirname, '..', '..', 'dist');
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const edition = chinese;
const chapter = `${edition.prefix}chapters/inside-the-compounds/`;
const newBuild = 'feedc0ffee00';
const editedHeading = '测试：新版本的标题';

let folder = '';
let server: DistServer;

test.beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'report-offline-update-'));
  await cp(dist, folder, { recursive: true });
  server = await serveDist(folder, basePath, 0);
});

test.afterAll(async () => {
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
});

/** Rewrites the served copy as the next build would: the chapter's heading edited, every list and the worker carrying the new id. */
async function publishNewBuild(oldBuild: string): Promise<void> {
  const page = join(folder, chapter, 'index.html');
  const html = await readFile(page, 'utf8');
  const edited = html.replace(/(<h1[^>]*>)[\s\S]*?(<\/h1>)/, `$1${editedHeading}$2`);
  expect(edited).not.toBe(html);
  await writeFile(page, edited);
  for (const file of ['sw.js', ...editions.map(({ prefix }) => `${prefix}offline.json`)]) {
    const path = join(folder, file);
    const text = await readFile(path, 'utf8');
    expect(text, `${file} carries the build id`).toContain(oldBuild);
    await writeFile(path, text.replaceAll(oldBuild, newBuild));
  }
}

test(`${edition.name}: a saved copy updates itself when a newer build is online`, async ({ page, context }) => {
  const { build: oldBuild } = JSON.parse(await readFile(join(folder, edition.prefix, 'offline.json'), 'utf8')) as { build: string };
  await page.goto(`${server.url}${edition.prefix}`);
  const offline = page.getByRole('region', { name: edition.t['offline.heading'] });
  await offline.getByRole('button', { name: edition.t['offline.save'] }).click();
  await expect(offline.getByRole('status')).toHaveText(edition.t['offline.saved']);
  expect(await page.evaluate(() => caches.keys())).toEqual([cacheName(oldBuild, edition.code)]);

  await publishNewBuild(oldBuild);
  // What a browser does on its own at the next navigation once a day: ask for the worker again.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  // The new copy is complete before the old one goes, so there is never a moment without one.
  await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 }).toEqual([cacheName(newBuild, edition.code)]);

  await context.setOffline(true);
  await page.goto(`${server.url}${chapter}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(editedHeading);
  await page.goto(`${server.url}${edition.prefix}`);
  await expect(offline.getByRole('status')).toHaveText(edition.t['offline.saved']);
});
