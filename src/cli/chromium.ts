import { chromium, type LaunchOptions } from '@playwright/test';
import { findChromium } from './find-chromium.ts';

/**
 * Without these, Chromium phones home at start-up: noise on a closed
 * network, a leak on a watched one.
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

/** The browser to use (see find-chromium.ts), as Playwright launch options. */
export function chromiumLaunchOptions(): LaunchOptions {
  const choice = findChromium({ envPath: process.env['CHROMIUM_PATH'], playwrightPath: playwrightChromiumPath() });
  return { ...(choice.executablePath ? { executablePath: choice.executablePath } : {}), args: quietChromiumArgs };
}

/** The browser's executable path, for tools that launch it themselves (Lighthouse). */
export function chromiumExecutablePath(): string {
  return chromiumLaunchOptions().executablePath ?? chromium.executablePath();
}
