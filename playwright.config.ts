import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests run against the built site (`dist/`), served as plain files, in Chromium.
 * Playwright cannot download browsers on these machines: use Debian's Chromium when present.
 */
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
// `npm run build:e2e` builds dist/ for http://127.0.0.1:4322/ and dist-base/ for
// http://127.0.0.1:4323/ky-nang-so/, so QR codes in the built pages lead to these servers.
const port = 4322;
const basePort = 4323;
const basePath = '/ky-nang-so/';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  ...(process.env.CI ? { workers: 2 } : {}),
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'vi-VN',
    colorScheme: 'light',
    // The service worker answers requests itself, out of reach of `page.route`: tests of other
    // features run without it, tests/e2e/offline.spec.ts turns it on.
    serviceWorkers: 'block',
    viewport: { width: 360, height: 740 },
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      // Without these, Chromium calls home at start-up; the machines here have no internet.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-gpu',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 } },
  ],
  // A plain static server, like the hosts the site will live on (see tests/e2e/static-server.mjs).
  webServer: [
    {
      command: `node tests/e2e/static-server.mjs dist ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      command: `node tests/e2e/static-server.mjs dist-base ${basePort} ${basePath}`,
      url: `http://127.0.0.1:${basePort}${basePath}`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
