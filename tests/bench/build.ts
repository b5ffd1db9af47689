/**
 * Build benchmark (not a test): builds the report once, then a synthetic
 * report with ten times the chapters in every edition, and prints exactly two
 * lines, `1x: N pages in S s` and `10x: N pages in S s`. A build that grows
 * no faster than its pages takes about ten times as long for ten times the
 * pages. Run with `npm run bench:build`.
 */
import { timedBuild } from './synthetic-build.ts';

for (const times of [1, 10]) {
  const { pages, seconds } = timedBuild(times);
  console.log(`${times}x: ${pages} pages in ${seconds.toFixed(1)} s`);
}
