/**
 * Site benchmark (not a test): build time for the report and for a synthetic
 * report 50 times larger, page weights per page type, script per page, and
 * Lighthouse scores (mobile preset) per page type. Writes
 * tests/bench/results/site.md. Run with `npm run bench` (which builds first).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/config/site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { serveDist } from '../../src/serve/static-server.ts';
import { runLighthouse } from './lighthouse.ts';
import { timedBuild } from './synthetic-build.ts';

const root = join(import.meta.dirname, '..', '..');
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

console.log('building the report…');
const single = timedBuild(1);
// 50 by default; BENCH_TIMES sets another size (the three-edition 50× build takes over 20 minutes on 2 cores).
const times = Number(process.env['BENCH_TIMES'] ?? 50);
console.log(`building a report ${times} times larger…`);
const fifty = timedBuild(times);

const pageTypes: Array<[string, string]> = [
  ['Landing page', ''],
  ['Chapter (largest: chapter 1, with its map)', 'chapters/sihanoukville/'],
  ['Chapter (typical)', 'chapters/trafficking-and-recruitment/'],
  ['Glossary', 'glossary/'],
  ['Search page', 'search/'],
  ['Map', 'map/'],
  ['Timeline', 'timeline/'],
  ['Figures', 'figures/'],
  ['Cite a section', 'cite/trafficking-and-recruitment/snakeheads/'],
  ['Print edition', 'print/'],
  ['Chapter 1, Simplified Chinese', 'zh/chapters/sihanoukville/'],
  ['Chapter 1, Traditional Chinese', 'zh-hant/chapters/sihanoukville/'],
  ['Landing page, Simplified Chinese', 'zh/'],
];
const dist = join(root, 'dist');
const weights = pageTypes.map(([label, page]) => ({ label, page, ...pageWeight(dist, basePath, page) }));

console.log('running Lighthouse…');
const server = await serveDist(dist, basePath);
const scores: Array<{ label: string; scores: Record<string, number> }> = [];
for (const [label, page] of pageTypes) {
  scores.push({ label, scores: await runLighthouse(`${server.url}${page}`) });
}
await server.close();

const lines = [
  '# Site benchmark',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)} on a 2-core machine. Byte figures are gzip level 9 of what a first visit loads before any interaction; the budgets (tested in \`tests/dist/budgets.test.ts\`) are 14 KB of HTML+CSS per chapter, 2.5 KB of script, 100 KB in all.`,
  '',
  '## Build time',
  '',
  '| Report | Pages built | Build time |',
  '| --- | ---: | ---: |',
  `| The report (7 chapters, in three editions) | ${single.pages} | ${single.seconds.toFixed(1)} s |`,
  `| Synthetic, ${times} times larger (${times * 7} chapters, in three editions) | ${fifty.pages} | ${fifty.seconds.toFixed(1)} s |`,
  '',
  '## Page weight per page type (KB, gzip)',
  '',
  '| Page type | HTML | CSS | Script | Images | Total | Scripts loaded |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...weights.map(
    (w) => `| ${w.label} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.images)} | ${kb(w.total)} | ${w.jsFiles.map((f) => f.split('/').pop()).join(', ')} |`,
  ),
  '',
  '## Lighthouse (mobile preset, local server, Chromium)',
  '',
  '| Page type | Performance | Accessibility | Best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...scores.map(
    (s) => `| ${s.label} | ${s.scores['performance']} | ${s.scores['accessibility']} | ${s.scores['best-practices']} | ${s.scores['seo']} |`,
  ),
  '',
];
mkdirSync(join(root, 'tests', 'bench', 'results'), { recursive: true });
writeFileSync(join(root, 'tests', 'bench', 'results', 'site.md'), lines.join('\n'));
console.log(lines.join('\n'));
