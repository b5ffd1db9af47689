/**
 * `npm run bench:tests`: times `npm test` stage by stage and writes
 * tests/bench/results/test-suite.md. A benchmark, not a test: timings vary
 * with the machine and its load, so they are reported, never asserted.
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { runSuite, suitePlan, summary } from '../support/suite.ts';

/** `npm test` at 7169ff9 (stages one after another), measured on this kind of machine. */
const before: Record<string, number> = { check: 27, unit: 123, build: 11, dist: 17, e2e: 204 };

const started = performance.now();
const results = await runSuite(suitePlan({ basePathPass: false }));
const total = (performance.now() - started) / 1000;
console.log(summary(results, total));
if (!results.every((result) => result.passed)) {
  process.exitCode = 1;
} else {
  const beforeTotal = Object.values(before).reduce((a, b) => a + b, 0);
  const rows = results.map((r) => `| ${r.name} | ${before[r.name] ?? '–'} s | ${r.seconds.toFixed(0)} s |`);
  const text = [
    '# `npm test`, stage by stage',
    '',
    `Measured by \`npm run bench:tests\` on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, with the`,
    'browser the tests pick (see the README). "After" stages in one group run side by',
    'side (e2e beside dist), so their times overlap; the total is wall time.',
    '',
    '| Stage | Before (7169ff9) | After |',
    '| --- | --- | --- |',
    ...rows,
    `| **total** | **${beforeTotal} s** | **${total.toFixed(0)} s** |`,
    '',
  ].join('\n');
  await writeFile(join(import.meta.dirname, 'results', 'test-suite.md'), text);
  console.log('wrote tests/bench/results/test-suite.md');
}
