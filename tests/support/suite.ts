/**
 * `npm test`: every check, in as little wall time as two cores allow. The
 * checks of dist/ run beside the browser tests, which leave a core idle at
 * times; the build runs once and both dist/ suites share it. `--base-path /report/` is the
 * second CI pass: it skips the type check and unit tests, which do not
 * depend on the base path, and runs the rest with the site under it.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface Stage {
  name: string;
  /** The npm script that runs the stage on its own. */
  script: string;
}

export interface StageResult {
  name: string;
  seconds: number;
  passed: boolean;
}

const root = join(import.meta.dirname, '..', '..');

/** Groups run one after another; the stages of a group run side by side. */
export function suitePlan(options: { basePathPass: boolean }): Stage[][] {
  return [
    // Side by side, the type check and the fixture builds each took longer
    // than both one after the other: they compete for the same two cores.
    ...(options.basePathPass ? [] : [[{ name: 'check', script: 'check' }], [{ name: 'unit', script: 'test:unit' }]]),
    [{ name: 'build', script: 'build' }],
    [
      { name: 'e2e', script: 'test:e2e' },
      { name: 'dist', script: 'test:dist' },
    ],
  ];
}

/**
 * Runs one stage. The first stage of a group writes to the terminal as it
 * goes; the others' output is held and printed whole when they finish, so
 * two reporters never interleave.
 */
function runStage(stage: Stage, live: boolean, env: NodeJS.ProcessEnv): Promise<StageResult> {
  const started = performance.now();
  const child = spawn('npm', ['run', '--silent', stage.script], {
    cwd: root,
    env,
    stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
  });
  const held: Buffer[] = [];
  child.stdout?.on('data', (chunk: Buffer) => held.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => held.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      if (!live) process.stdout.write(`\n── ${stage.name} (npm run ${stage.script}) ──\n${Buffer.concat(held).toString()}`);
      resolve({ name: stage.name, seconds: (performance.now() - started) / 1000, passed: code === 0 });
    });
  });
}

/** Runs the plan, stopping after the first group with a failure. */
export async function runSuite(plan: Stage[][], env: NodeJS.ProcessEnv = process.env): Promise<StageResult[]> {
  const results: StageResult[] = [];
  // Held output loses the terminal; keep its colours when there is one.
  const childEnv = process.stdout.isTTY ? { FORCE_COLOR: '1', ...env } : env;
  for (const group of plan) {
    const names = group.map((stage) => stage.name).join(' + ');
    console.log(`\n▶ ${names}${env['BASE_PATH'] ? ` (BASE_PATH=${env['BASE_PATH']})` : ''}`);
    results.push(...(await Promise.all(group.map((stage, index) => runStage(stage, index === 0, childEnv)))));
    if (results.some((result) => !result.passed)) break;
  }
  return results;
}

export function summary(results: StageResult[], seconds: number): string {
  const rows = results.map((r) => `  ${r.name.padEnd(6)} ${r.seconds.toFixed(0).padStart(4)} s  ${r.passed ? 'passed' : 'FAILED'}`);
  return ['', 'test suite:', ...rows, `  ${'total'.padEnd(6)} ${seconds.toFixed(0).padStart(4)} s (wall)`].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { 'base-path': { type: 'string' } } });
  const basePath = values['base-path'];
  const started = performance.now();
  const results = await runSuite(
    suitePlan({ basePathPass: basePath !== undefined }),
    basePath === undefined ? process.env : { ...process.env, BASE_PATH: basePath },
  );
  console.log(summary(results, (performance.now() - started) / 1000));
  process.exitCode = results.every((result) => result.passed) ? 0 : 1;
}
