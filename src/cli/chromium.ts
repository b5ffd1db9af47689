import { chromium, type LaunchOptions } from '@playwright/test';
import { findChromium, type ChromiumChoice } from './find-chromium.ts';
import { npmChromiumPath, npmChromiumVersion } from './npm-chromium.ts';

/**
 * Without these, Chromium phones home at start-up: noise on a closed
 * network, a leak on a watched one. The npm build needs nothing more; its
 * serverless defaults (--single-process, --no-zygote) would kill the browser
 * when the first test's context closes, and --disable-web-security would
 * hide the very policy the tests check.
 */
export const quietChromiumArgs = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Where Playwright's own Chromium would be, whether or not it was downloaded. */
function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The browser to use (see find-chromium.ts). Throws the install advice when there is none. */
export function chooseChromium(): ChromiumChoice {
  return findChromium({
    envPath: process.env['CHROMIUM_PATH'],
    playwrightPath: playwrightChromiumPath(),
    npmChromium: npmChromiumPath,
  });
}

/** One line saying which browser a run uses, e.g. `browser: @sparticuz/chromium 153.0.0 (npm)`. */
export function describeChromium(choice: ChromiumChoice): string {
  switch (choice.source) {
    case 'CHROMIUM_PATH':
      return `browser: ${choice.executablePath} (CHROMIUM_PATH)`;
    case 'playwright':
      return `browser: ${playwrightChromiumPath()} (Playwright's download)`;
    case 'system':
      return `browser: ${choice.executablePath} (system)`;
    case 'npm':
      return `browser: @sparticuz/chromium ${npmChromiumVersion()} (npm)`;
  }
}

/** Playwright launch options for a chosen browser. */
export function launchOptionsFor(choice: ChromiumChoice): LaunchOptions {
  return { ...(choice.executablePath ? { executablePath: choice.executablePath } : {}), args: quietChromiumArgs };
}

/** The browser to use, as Playwright launch options. */
export function chromiumLaunchOptions(): LaunchOptions {
  return launchOptionsFor(chooseChromium());
}

/** The browser's executable path, for tools that launch it themselves (Lighthouse). */
export function chromiumExecutablePath(): string {
  return chromiumLaunchOptions().executablePath ?? chromium.executablePath();
}
