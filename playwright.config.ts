import { defineConfig, devices } from '@playwright/test';
import { chooseChromium, describeChromium, launchOptionsFor } from './src/cli/chromium';
import { normaliseBasePath } from './src/config/site';

// Fails here, with what to install, when there is no browser.
const browser = chooseChromium();
// The runner and every worker read this file; workers inherit the runner's
// environment, so the marker makes the line appear once per run.
if (!process.env['REPORT_BROWSER_ANNOUNCED']) {
  console.log(describeChromium(browser));
  process.env['REPORT_BROWSER_ANNOUNCED'] = '1';
}

// The test server listens on a free port of its own and prints it; Playwright
// copies the named group into REPORT_TEST_PORT before any worker starts, so a
// server the suite did not start (a preview left on 4321) is never tested.
const port = process.env['REPORT_TEST_PORT'];
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
    ...(port ? { baseURL: `http://127.0.0.1:${port}${basePath}` } : {}),
    trace: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: launchOptionsFor(browser),
      },
    },
  ],
  webServer: {
    // The production build, served as a static host would serve it, _headers included.
    command: 'node tests/support/serve.ts',
    wait: { stdout: /serving dist\/ at http:\/\/127\.0\.0\.1:(?<report_test_port>\d+)\// },
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
