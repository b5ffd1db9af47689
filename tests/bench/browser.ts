import { chromium, type Browser } from '@playwright/test';
import { findChromium } from '../../src/cli/find-chromium.ts';

/** The same browser the tests use, started the same quiet way. */
export async function launchBrowser(): Promise<Browser> {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  const choice = findChromium({ envPath: process.env['CHROMIUM_PATH'], playwrightPath });
  return chromium.launch({
    ...(choice.executablePath ? { executablePath: choice.executablePath } : {}),
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
