import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumExecutablePath, quietChromiumArgs } from '../../src/cli/chromium.ts';

/** Lighthouse's four category scores (0–100) for a URL, mobile preset. */
export async function runLighthouse(url: string): Promise<Record<string, number>> {
  const chrome = await launch({
    chromePath: chromiumExecutablePath(),
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', ...quietChromiumArgs],
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
