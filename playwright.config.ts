import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './src/cli/chromium';
import { normaliseBasePath } from './src/config/site';

// Fails here, with what to install, when there is no browser.
const launchOptions = chromiumLaunchOptions();

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
        launchOptions,
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
