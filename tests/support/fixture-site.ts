/**
 * Builds the site's own code over a copy of the small fixture site
 * (`tests/fixtures/minimal`), with files edited or added. The project is
 * copied to a temporary root (dependencies linked) so the build's caches
 * never mix with the real site's.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'minimal');
const temporary: string[] = [];

/**
 * Changes to the fixture, by path: content paths are inside `content/`
 * (`chapters/01-first.mdx`); a path starting `src/` is the site's own code.
 * Each change gets the file's text, or '' for a file that does not exist yet.
 */
export type Edits = Record<string, (text: string) => string>;

export interface FixtureBuild {
  status: number | null;
  output: string;
  /** The built site. */
  dist: string;
}

/** Removes every fixture copy made so far (call it in `afterAll`). */
export function removeFixtureCopies(): void {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export interface FixtureOptions {
  /** The base path to build under (BASE_PATH), `/report/`; the root when left out. */
  basePath?: string;
  /**
   * Run `npm run anchors:record` in the copy first, as an author does after
   * adding text: its new anchors are then recorded and its new paragraphs'
   * ids written into the English chapters before the build.
   */
  recordAnchorsFirst?: boolean;
  /** The address readers use (SITE_URL); unset when left out, whatever the suite runs with. */
  siteUrl?: string;
}

/** Runs a command in a fixture copy; resolves with its exit status and everything it printed. */
async function run(command: string, args: string[], dir: string, options: FixtureOptions): Promise<{ status: number | null; output: string }> {
  const child = spawn(command, args, { cwd: dir, env: fixtureEnv(options) });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { status, output };
}

export async function buildFixture(edits: Edits, args: string[] = ['build'], options: FixtureOptions = {}): Promise<FixtureBuild> {
  const dir = copyFixture(edits);
  if (options.recordAnchorsFirst) {
    // The project's Node (22), which runs this test, as `npm run` would.
    const recording = await run(process.execPath, [join('src', 'cli', 'record-anchors.ts')], dir, options);
    if (recording.status !== 0) return { ...recording, output: `anchors:record failed:\n${recording.output}`, dist: join(dir, 'dist') };
  }
  const { status, output } = await run(astroBin, args, dir, options);
  return { status, output, dist: join(dir, 'dist') };
}

/** The Astro command line, for a test that runs it in a fixture copy itself (`astro dev`). */
export const astroBin = join(root, 'node_modules', '.bin', 'astro');

/**
 * The environment Astro runs in over a fixture copy: the fixture is built at
 * the root (or the base path asked for) whatever BASE_PATH the suite runs
 * under, with SITE_URL only when asked for, and without a telemetry setting
 * from outside: the project must make its own. Fixture builds print no PDFs
 * (REPORT_PDFS=off): the real site's build and tests/dist check those.
 */
export function fixtureEnv(options: FixtureOptions = {}): NodeJS.ProcessEnv {
  const { ASTRO_TELEMETRY_DISABLED: _, ...env } = process.env;
  return { ...env, BASE_PATH: options.basePath ?? '', SITE_URL: options.siteUrl ?? '', REPORT_PDFS: 'off', NO_COLOR: '1', FORCE_COLOR: '0' };
}

/** A copy of the project over the fixture content with `edits` made, in a temporary folder; returns the folder. */
export function copyFixture(edits: Edits): string {
  const dir = mkdtempSync(join(tmpdir(), 'report-fixture-'));
  temporary.push(dir);
  for (const name of ['astro.config.mjs', 'tsconfig.json', 'package.json', 'src', 'public']) {
    cpSync(join(root, name), join(dir, name), { recursive: true });
  }
  // Packages are linked one by one, so the caches Vite and Astro keep in
  // node_modules/ (.vite, .astro) are this build's own: builds running side
  // by side, or the real site's, would otherwise overwrite each other's.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules')).filter((entry) => !entry.startsWith('.'))) {
    symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  cpSync(fixture, join(dir, 'content'), { recursive: true });
  for (const [name, change] of Object.entries(edits)) {
    const path = name.startsWith('src/') ? join(dir, name) : join(dir, 'content', name);
    const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, change(text));
  }
  return dir;
}
