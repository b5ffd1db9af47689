import { existsSync } from 'node:fs';

/** System Chromium builds the tests know how to drive, most common first. */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export const installAdvice = [
  'No Chromium browser was found for the end-to-end tests, and the one that',
  'comes with `npm install` (@sparticuz/chromium) only runs on Linux x64.',
  'Install one of these, then run `npm test` again:',
  '  - with internet access:      npx playwright install chromium',
  '  - on Debian or Ubuntu:       sudo apt-get install -y chromium',
  '  - or point to a browser:     CHROMIUM_PATH=/path/to/chromium npm test',
].join('\n');

export type ChromiumSource = 'CHROMIUM_PATH' | 'playwright' | 'system' | 'npm';

export interface ChromiumChoice {
  /** Undefined means "Playwright's own download". */
  executablePath: string | undefined;
  source: ChromiumSource;
}

/**
 * Picks the browser for the tests: an explicit CHROMIUM_PATH, then the
 * Chromium Playwright downloaded, then a system Chromium, and last the one
 * npm installed (`npmChromium`, called only then because it unpacks a
 * browser; it returns undefined where that build does not run). Throws the
 * install advice when there is none, so `npm test` says what to do.
 */
export function findChromium(
  options: {
    envPath?: string | undefined;
    playwrightPath?: string | undefined;
    npmChromium?: () => string | undefined;
    exists?: (path: string) => boolean;
  } = {},
): ChromiumChoice {
  const exists = options.exists ?? existsSync;
  if (options.envPath) {
    if (exists(options.envPath)) return { executablePath: options.envPath, source: 'CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${options.envPath}, but no file is there.\n\n${installAdvice}`);
  }
  if (options.playwrightPath && exists(options.playwrightPath)) {
    return { executablePath: undefined, source: 'playwright' };
  }
  const system = systemChromiumPaths.find((path) => exists(path));
  if (system) return { executablePath: system, source: 'system' };
  const fromNpm = options.npmChromium?.();
  if (fromNpm) return { executablePath: fromNpm, source: 'npm' };
  throw new Error(installAdvice);
}
