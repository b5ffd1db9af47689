import { test, expect, type Page } from '@playwright/test';
import { watchConsole } from '../support/console';
import { checkedPaths } from '../support/editions';

// Share pages too: they redirect to the section, and must request nothing else on the way.
const pages = [...checkedPaths(), 's/trafficking-and-recruitment/snakeheads/', 'zh/s/trafficking-and-recruitment/snakeheads/'];

/** Records requests to other origins and CSP violations reported by the page. */
async function watch(page: Page, origin: string) {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return {
    foreign,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  };
}

/** The policy a host that reads `_headers` sends with a page. */
function expectDocumentHeaders(headers: Record<string, string>) {
  const header = headers['content-security-policy'];
  expect(header).toContain("frame-ancestors 'none'");
  expect(header).not.toContain("'unsafe-inline'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['permissions-policy']).toContain('camera=()');
}

for (const path of pages) {
  test(`/${path}: strict CSP, no other origin, no violation, no console error`, async ({ page, baseURL }) => {
    const problems = watchConsole(page);
    const origin = new URL(baseURL!).origin;
    const watched = await watch(page, origin);
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(meta).toMatch(/script-src 'self'/);
    expect(meta).not.toContain("'unsafe-inline'");
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    // An address outside every folder the site has is answered by the 404 page with only the meta policy.
    if (path !== 'no-such-page/') expectDocumentHeaders(response!.headers());
    expect(watched.foreign).toEqual([]);
    expect(await watched.violations()).toEqual([]);
    // The 404 page's own status is logged by the browser; nothing else may be.
    const expectedNotFound = path === 'no-such-page/' ? [/status of 404/] : [];
    expect(problems.filter((line) => !expectedNotFound.some((pattern) => pattern.test(line)))).toEqual([]);
  });
}

test('searching, highlighting, copying and quoting stay within the policy', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems = watchConsole(page);
  const watched = await watch(page, new URL(baseURL!).origin);
  await page.goto('chapters/trafficking-and-recruitment/');
  await page.getByRole('searchbox', { name: 'Search the report' }).fill('passport');
  await page.locator('#site-search-panel .search-results a').first().click();
  await expect(page.locator('mark.pagefind-highlight').first()).toBeVisible();
  await page.getByRole('button', { name: /^Copy link to section/ }).first().click();
  await expect(page.locator('#share-status')).toHaveText('Link copied');
  await page.locator('.prose p').first().selectText();
  await page.getByRole('button', { name: 'Copy link to quote' }).click();
  await expect(page.locator('#share-status')).toHaveText('Quote and link copied');
  expect(watched.foreign).toEqual([]);
  expect(await watched.violations()).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});

test('the site cannot be framed by another page', async ({ page, baseURL }) => {
  const response = await page.request.get('');
  expect(response.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  await page.setContent(`<iframe src="${baseURL}" title="framed"></iframe>`);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveCount(0);
});

test('a mistyped address inside the site gets the 404 page with the whole policy', async ({ page }) => {
  for (const path of ['chapters/no-such-chapter/', 'zh/chapters/no-such-chapter/', 'zh-hant/no-such-page/']) {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    expectDocumentHeaders(response!.headers());
  }
});

test('scripts, styles and the search index come without the page policy, which browsers ignore there', async ({ page }) => {
  const assets: Array<{ url: string; headers: Record<string, string> }> = [];
  page.on('response', async (response) => {
    if (/\/(_astro|pagefind)\//.test(new URL(response.url()).pathname)) assets.push({ url: response.url(), headers: await response.allHeaders() });
  });
  await page.goto('search/?q=snakehead');
  await expect(page.locator('.search-count')).toBeVisible();
  expect(assets.map((asset) => new URL(asset.url).pathname)).toEqual(expect.arrayContaining([expect.stringMatching(/\.css$/), expect.stringMatching(/pagefind\.js$/), expect.stringMatching(/\.pagefind$/)]));
  for (const asset of assets) {
    expect(asset.headers['x-content-type-options'], asset.url).toBe('nosniff');
    expect(asset.headers['content-security-policy'], asset.url).toBeUndefined();
    expect(asset.headers['permissions-policy'], asset.url).toBeUndefined();
  }
});
