// End-to-end tests against the release build in dist/ (make it with `npm run build`).
// Chromium is Debian's /usr/bin/chromium: never run `npx playwright install` (offline machine).
import { defineConfig } from '@playwright/test';

const PORT = 4173;
const BASE_URL = `http://127.0.0.1:${PORT}`;
// Host pages for the embedding tests (tests/e2e/fixtures), on another origin and site than the
// app: same loopback address, other port and host name. serve.mjs binds 127.0.0.1 only, and
// `localhost` resolves to 127.0.0.1 (/etc/hosts). The same server is also reached as
// http://127.0.0.1:4174, a third origin, by embed.js's own tests.
const HOST_PORT = 4174;
const HOST_URL = `http://localhost:${HOST_PORT}`;

export const CHROMIUM = {
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--headless',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
  ],
};

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.mjs',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: { browserName: 'chromium', launchOptions: CHROMIUM },
    },
  ],
  webServer: [
    {
      command: `node build/serve.mjs dist ${PORT}`,
      url: BASE_URL,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      command: `node build/serve.mjs tests/e2e/fixtures ${HOST_PORT}`,
      url: `${HOST_URL}/index.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'ignore',
      stderr: 'pipe',
    },
  ],
});
