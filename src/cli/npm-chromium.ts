/**
 * The browser of last resort, from npm alone: @sparticuz/chromium ships a
 * brotli-packed Chromium (Linux x64 only) inside the package. It is unpacked
 * once into node_modules/.cache/, one folder per package version, rather than
 * the package's default /tmp/chromium, which it never checks for staleness
 * and which other projects on the machine share.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// From the file's URL: import.meta.dirname is not set where Vite loads this module (the build's PDF step).
const root = fileURLToPath(new URL('../..', import.meta.url));
const packageJson = join(root, 'node_modules', '@sparticuz', 'chromium', 'package.json');

/** The installed package's version, or undefined when it is not installed. */
export function npmChromiumVersion(): string | undefined {
  if (!existsSync(packageJson)) return undefined;
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/**
 * The unpacked browser's path, unpacking it on first use (about 3 s).
 * Synchronous, because Playwright reads its config synchronously.
 * Undefined where the package does not run or is not installed.
 */
export function npmChromiumPath(): string | undefined {
  const version = npmChromiumVersion();
  if (process.platform !== 'linux' || process.arch !== 'x64' || !version) return undefined;
  const dir = join(root, 'node_modules', '.cache', `sparticuz-chromium-${version}`);
  const executable = join(dir, 'chromium');
  if (existsSync(executable)) return executable;
  mkdirSync(dirname(dir), { recursive: true });
  // The package unpacks into os.tmpdir(): point that at a scratch folder and
  // move it into place whole, so a half-unpacked browser is never launched.
  const scratch = mkdtempSync(`${dir}.partial-`);
  try {
    execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "await (await import('@sparticuz/chromium')).default.executablePath();"],
      { cwd: root, env: { ...process.env, TMPDIR: scratch }, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    renameSync(scratch, dir);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    // Another run may have unpacked it first; only a missing browser is an error.
    if (!existsSync(executable)) throw error;
  }
  return executable;
}
