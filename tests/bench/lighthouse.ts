import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from '@playwright/test';
import { findChromium } from '../../src/cli/find-chromium.ts';

function chromePath(): string {
  let playwrightPath: string | undefined;
  try {
    playwrightPath = chromium.executablePath();
  } catch {
    playwrightPath = undefined;
  }
  return findChromium({ envPath: process.env['CHROMIUM_PATH'], playwrightPath }).executablePath ?? playwrightPath!;
}

/** Lighthouse's four category scores (0–100) for a URL, mobile preset. */
export async function runLighthouse(url: string): Promise<Record<string, number>> {
  const chrome = await launch({
    chromePath: chromePath(),
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const categories = result?.lhr.categories ?? {};
    return Object.fromEntries(
      Object.entries(categories).map(([id, category]) => [id, Math.round((category.score ?? 0) * 100)]),
    );
  } finally {
    chrome.kill();
  }
}
