import type { Page } from '@playwright/test';

/**
 * Collects console errors and warnings, page errors and CSP violations, so a
 * test can assert that nothing went wrong behind what the reader sees.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}
