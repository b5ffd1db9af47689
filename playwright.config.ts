import { defineConfig, devices, chromium } from '@playwright/test';
import { findChromium } from './src/cli/find-chromium';
import { normaliseBasePath } from './src/config/site';

function playwrightChromiumPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const browser = findChromium({
  envPath: process.env['CHROMIUM_PATH'],
  playwrightPath: playwrightChromiumPath(),
});

const port = Number(process.env['PORT'] ?? 4321);
const basePath = normaliseBasePath(process.env['BASE_PATH']);

export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  // The machines this runs on have two cores.
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  reporter: 'list',
  use: {
    // Tests use paths without a leading slash so they resolve under any base path.
    baseURL: `http://127.0.0.1:${port}${basePath}`,
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser.executablePath ? { executablePath: browser.executablePath } : {}),
          // Without these, Chromium phones home at start-up; on a closed
          // network that is noise, on a watched one it is a leak.
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build, served as a static host would serve it, _headers included.
    command: `node tests/support/serve.ts ${port}`,
    url: `http://127.0.0.1:${port}${basePath}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
