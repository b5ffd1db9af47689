import { chromium, type Browser } from '@playwright/test';
import { chromiumLaunchOptions } from '../../src/cli/chromium.ts';

/** The same browser the tests use, started the same quiet way. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions());
}
