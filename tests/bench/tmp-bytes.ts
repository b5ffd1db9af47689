import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveDist } from '../support/static-server.ts';
const root = join(import.meta.dirname, '..', '..');
const server = await serveDist(join(root, 'dist'), '/', 0, { roundTripMs: 0, kilobitsPerSecond: 100000, cpuSlowdown: 1 });
const browser = await launchBrowser();
for (const [prefix, q] of [['', 'snakehead'], ['', 'Prince Group'], ['zh/', '诈骗园区'], ['zh/', '蛇头']]) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  server.sent.responses = [];
  await page.goto(`${server.url}${prefix}search/?q=${encodeURIComponent(q!)}`);
  await page.locator('.search-count, .search-message').first().waitFor();
  await page.waitForTimeout(1500);
  console.log(`== ${prefix} ${q}`);
  let total = 0;
  for (const r of server.sent.responses) { console.log(`${String(r.wireBytes).padStart(7)} ${r.path}`); total += r.wireBytes; }
  console.log('total', total, (total/1024).toFixed(1));
  await context.close();
}
await browser.close(); await server.close();
