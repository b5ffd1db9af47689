/**
 * Search benchmark (a benchmark, not a test): a reader on a slow phone opens
 * the search page cold with a query. On a 400 kbit/s link with a 400 ms round
 * trip (applied by the server to every response, workers' included) and the
 * CPU slowed 4×, it reports per edition and query the bytes fetched after the
 * page's HTML and stylesheet until all results show (headers included), and
 * the time from navigation start to the first result link and to all
 * results: the median of three cold runs. Run `npm run bench:search` after
 * `npm run build`; it prints the table and writes tests/bench/results/search.md.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBrowser } from './browser.ts';
import { serveDist, type SentResponse } from '../../src/serve/static-server.ts';
import { normaliseBasePath } from '../../src/config/site.ts';
import { firstSearchBudgets, firstSearches } from '../support/first-search.ts';

const slowPhone = { roundTripMs: 400, kilobitsPerSecond: 400, cpuSlowdown: 4 };
const timeBudgetMs = 6000;
const runs = 3;
const root = join(import.meta.dirname, '..', '..');
const base = normaliseBasePath(process.env['BASE_PATH']);

/** Records, against the page's own clock (0 = navigation start), when the first result link and all results show. */
function watchResults(): void {
  const times: { first?: number; all?: number } = {};
  (window as unknown as { searchTimes: typeof times }).searchTimes = times;
  new MutationObserver(() => {
    const box = document.querySelector('[data-search-results]');
    if (!box) return;
    const now = performance.now();
    if (times.first === undefined && box.querySelector('.search-instant a[href], .search-results a[href]')) times.first = now;
    if (times.all === undefined && !box.hasAttribute('aria-busy') && box.querySelector('.search-count, .search-message')) times.all = now;
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

/** Bytes after the page itself: everything but the HTML document and stylesheets. */
function bytesAfterPage(responses: readonly SentResponse[], pagePath: string): number {
  return responses
    .filter((response) => response.path !== pagePath && !response.path.endsWith('.css'))
    .reduce((sum, response) => sum + response.wireBytes, 0);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const server = await serveDist(join(root, 'dist'), base, 0, slowPhone);
const browser = await launchBrowser();
const rows: Array<{ edition: string; query: string; bytes: number; firstMs: number; allMs: number; budget: number; files: string[] }> = [];

for (const edition of firstSearches) {
  for (const query of edition.queries) {
    const samples: Array<{ bytes: number; first: number; all: number; files: string[] }> = [];
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      await context.addInitScript(watchResults);
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowPhone.cpuSlowdown });
      server.sent.responses = [];
      const pagePath = `${base}${edition.prefix}search/`;
      await page.goto(`${server.url}${edition.prefix}search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => (window as unknown as { searchTimes: { all?: number } }).searchTimes.all !== undefined, undefined, { timeout: 60_000, polling: 100 });
      const times = await page.evaluate(() => (window as unknown as { searchTimes: { first?: number; all: number } }).searchTimes);
      const responses = [...server.sent.responses];
      samples.push({ bytes: bytesAfterPage(responses, pagePath), first: times.first ?? times.all, all: times.all, files: responses.map((response) => response.path) });
      await context.close();
    }
    const row = {
      edition: edition.name,
      query,
      bytes: median(samples.map((sample) => sample.bytes)),
      firstMs: median(samples.map((sample) => sample.first)),
      allMs: median(samples.map((sample) => sample.all)),
      budget: edition.budget,
      files: samples[0]!.files,
    };
    rows.push(row);
    console.log(`${row.edition} | ${query} | ${(row.bytes / 1024).toFixed(1)} KiB | first ${(row.firstMs / 1000).toFixed(1)} s | all ${(row.allMs / 1000).toFixed(1)} s`);
    if (process.env['BENCH_VERBOSE']) console.log(`  ${row.files.join('\n  ')}`);
  }
}

await browser.close();
await server.close();

const within = (row: (typeof rows)[number]) => row.bytes <= row.budget && row.allMs <= timeBudgetMs;
const table = [
  '| Edition | Query | Fetched for the search (KiB) | First link (s) | All results (s) | Within the targets |',
  '| --- | --- | ---: | ---: | ---: | --- |',
  ...rows.map((row) => `| ${row.edition} | ${row.query} | ${(row.bytes / 1024).toFixed(1)} | ${(row.firstMs / 1000).toFixed(1)} | ${(row.allMs / 1000).toFixed(1)} | ${within(row) ? 'yes' : '**no**'} |`),
].join('\n');
const report = `# Search benchmark

Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium, opening each edition's search page cold with the query in its address, on an emulated slow phone: ${slowPhone.kilobitsPerSecond} kbit/s shared by all responses, ${slowPhone.roundTripMs} ms round trip per response (both applied by the test server, so every request the page and the search engine make is slowed), CPU slowed ${slowPhone.cpuSlowdown}× (Chromium's throttling, main thread). Bytes are everything fetched after the page's HTML and stylesheet until all results show, status line and headers included, gzip as a host sends it. Times are from navigation start, the median of ${runs} cold runs. Targets: ${firstSearchBudgets.English / 1024} KiB (English) or ${firstSearchBudgets.Chinese / 1024} KiB (Chinese), all results within ${timeBudgetMs / 1000} s.

${table}
`;
await mkdir(join(root, 'tests', 'bench', 'results'), { recursive: true });
await writeFile(join(root, 'tests', 'bench', 'results', 'search.md'), report);
console.log(report);
