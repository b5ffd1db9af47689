/**
 * Site benchmark (not a test): build time for the report and for a synthetic
 * report 50 times larger, page weights per page type, script per page, and
 * Lighthouse scores (mobile preset) per page type. Writes
 * tests/bench/results/site.md. Run with `npm run bench` (which builds first).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normaliseBasePath } from '../../src/config/site.ts';
import { pageWeight } from '../support/page-weight.ts';
import { serveDist } from '../support/static-server.ts';
import { runLighthouse } from './lighthouse.ts';

const root = join(import.meta.dirname, '..', '..');
const basePath = normaliseBasePath(process.env['BASE_PATH']);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Builds a copy of the project whose chapters are repeated `times` times; returns seconds. */
function timedBuild(times: number): { seconds: number; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), `report-bench-${times}x-`));
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public', 'content']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (times > 1) {
    const chapters = join(dir, 'content', 'chapters');
    const originals = readdirSync(chapters).filter((name) => name.endsWith('.mdx'));
    // Every edition: each copy of an English chapter needs its Simplified translation (Traditional follows).
    const translations = readdirSync(chapters, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => join(chapters, entry.name));
    let order = originals.length;
    for (let copy = 2; copy <= times; copy++) {
      for (const name of originals) {
        order++;
        for (const folder of translations) {
          const translated = readFileSync(join(folder, name), 'utf8')
            .replace(/^title: (["']?)(.*?)\1$/m, (_line, quote: string, title: string) => `title: ${quote}${title}（副本 ${copy}）${quote}`)
            .replace(/id: finding-([a-z0-9-]+)/g, `id: finding-$1-${copy}`)
            .replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${copy}}`)
            .replace(/<(Timeline|CambodiaMap|RegionMap)[^>]*\/>/g, '');
          writeFileSync(join(folder, name.replace(/^\d+-/, `${String(order).padStart(3, '0')}-`).replace(/\.mdx$/, `-${copy}.mdx`)), translated);
        }
        const text = readFileSync(join(chapters, name), 'utf8')
          .replace(/^order: \d+$/m, `order: ${order}`)
          .replace(/^title: (.*)$/m, `title: $1 (copy ${copy})`)
          .replace(/id: finding-([a-z0-9-]+)/g, `id: finding-$1-${copy}`)
          // A finding points to its copied section; only the real report leads the home page.
          .replace(/^(\s+section: )([a-z0-9-]+)$/gm, `$1$2-${copy}`)
          .replace(/^\s+headline: true\n/gm, '')
          // Ids stay unique on the single-page edition, which holds every chapter.
          .replace(/\{#([a-z0-9-]+)\}/g, `{#$1-${copy}}`)
          .replace(/<(Timeline|CambodiaMap|RegionMap)[^>]*\/>/g, '');
        writeFileSync(join(chapters, name.replace(/^\d+-/, `${String(order).padStart(3, '0')}-`).replace(/\.mdx$/, `-${copy}.mdx`)), text);
      }
    }
  }
  const started = performance.now();
  const result = spawnSync(join(root, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    // The 50× single-page edition is large; give the build room (the machine has 24 GB).
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=8192' },
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`the ${times}× build failed:\n${result.stdout}\n${result.stderr}`);
  const pages = readdirSync(join(dir, 'dist'), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  rmSync(dir, { recursive: true, force: true });
  return { seconds, pages };
}

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
  `Measured ${new Date().toISOString().slice(0, 10)} on a 2-core machine. Byte figures are gzip level 9 of what a first visit loads before any interaction; the budgets (tested in \`tests/dist/budgets.test.ts\`) are 14 KB of HTML+CSS per chapter, 2 KB of script, 100 KB in all.`,
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
