/**
 * Search benchmark: for typical queries, the bytes a reader downloads for a
 * first search on a cold cache (search UI, Pagefind, WebAssembly, index and
 * fragments, compressed as a host would send them), and the time from the
 * query to results once the index is loaded. Run: `npm run bench:search`
 * (after `npm run build`). Prints a table and writes tests/bench/results/search.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveDist } from '../support/static-server.ts';

/** Each edition searches its own index: what its readers type, in the words of its search field. */
const editions = [
  { name: 'English', prefix: '', field: 'Search the report', queries: ['snakehead', '蛇头', 'SSEZ', 'passport', 'Xiong Bo', '一带一路', 'Kampong Som', 'criminal liability'] },
  { name: 'Simplified Chinese', prefix: 'zh/', field: '搜索本报告', queries: ['蛇头', '西港', '诈骗园区', 'SSEZ', '护照', '遣返', '卖猪仔', '熊波'] },
  { name: 'Traditional Chinese', prefix: 'zh-hant/', field: '搜尋本報告', queries: ['蛇頭', '西港', '詐騙園區', 'SSEZ', '護照', '遣返', '賣豬仔', '熊波'] },
];
const root = join(import.meta.dirname, '..', '..');

const server = await serveDist(join(root, 'dist'));
const browser = await launchBrowser();
const rows: Array<{ edition: string; query: string; coldKB: number; coldMs: number; warmMs: number }> = [];

for (const edition of editions) for (const query of edition.queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${edition.prefix}chapters/sihanoukville/`, { waitUntil: 'networkidle' });
  server.sent.bytes = 0;
  server.sent.paths = [];
  const field = page.getByRole('searchbox', { name: edition.field });
  const start = Date.now();
  await field.fill(query);
  await page.locator('#site-search-panel .search-results').waitFor();
  const coldMs = Date.now() - start;
  await page.waitForLoadState('networkidle');
  const bytes = server.sent.bytes;
  if (query === edition.queries[0]) console.log(`${edition.name}: files fetched for the first search: ${server.sent.paths.join(', ')}`);
  // Warm: the index is loaded; time a new query typed into the same field.
  const warmMs = await page.evaluate(async (q) => {
    const input = document.querySelector<HTMLInputElement>('#site-search-q')!;
    const panel = document.querySelector('#site-search-panel')!;
    input.value = '';
    input.dispatchEvent(new Event('input'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const done = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        if (panel.querySelector('.search-results')) {
          observer.disconnect();
          resolve(performance.now() - started);
        }
      });
      observer.observe(panel, { childList: true, subtree: true });
    });
    input.value = q;
    input.dispatchEvent(new Event('input'));
    return done;
  }, query);
  // The field waits 120 ms after the last keystroke before searching; report the search itself.
  rows.push({ edition: edition.name, query, coldKB: bytes / 1024, coldMs, warmMs: Math.max(0, warmMs - 120) });
  await context.close();
}

await browser.close();
await server.close();

const table = [
  '| Edition | Query | First search, cold cache (KB transferred) | Query to results, index loaded (ms) |',
  '| --- | --- | ---: | ---: |',
  ...rows.map((row) => `| ${row.edition} | ${row.query} | ${row.coldKB.toFixed(1)} | ${row.warmMs.toFixed(0)} |`),
].join('\n');
const summary = editions
  .map((edition) => {
    const own = rows.filter((row) => row.edition === edition.name);
    const worstKB = Math.max(...own.map((row) => row.coldKB));
    const worstMs = Math.max(...own.map((row) => row.warmMs));
    return `${edition.name}: largest first search ${worstKB.toFixed(1)} KB (target < 150 KB, goal 100 KB); slowest warm search ${worstMs.toFixed(0)} ms (target < 100 ms).`;
  })
  .join('\n');
const report = `# Search benchmark\n\nMeasured ${new Date().toISOString().slice(0, 10)} in headless Chromium against \`dist/\` served with gzip.\nThe time excludes the field's 120 ms typing pause.\n\n${table}\n\n${summary}\n`;
await mkdir(join(root, 'tests', 'bench', 'results'), { recursive: true });
await writeFile(join(root, 'tests', 'bench', 'results', 'search.md'), report);
console.log(report);
