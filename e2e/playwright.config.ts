import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { E2E_ADMIN } from './support/admin';

const port = Number(process.env.E2E_PORT ?? 3100);
// A fresh embedded PostgreSQL per run, so the demo data is loaded anew and runs never share
// state; within a run every journey makes its own data (support/fixtures.ts). Set in the
// environment so the workers see the same directory as the main process.
if (!process.env.E2E_DATA_DIR) {
  process.env.E2E_DATA_DIR = mkdtempSync(join(tmpdir(), 'motesplats-e2e-'));
  // As root, PostgreSQL runs as its own system user, which must be able to enter the directory.
  chmodSync(process.env.E2E_DATA_DIR, 0o755);
}

export default defineConfig({
  // scripts/run-shuffled.mjs points this at shuffled copies of tests/.
  testDir: process.env.E2E_TEST_DIR ?? './tests',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium: Playwright's own browser downloads are not reachable from here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    // The built app exactly as `pnpm start` serves it (the test script builds first).
    command: 'node ../apps/api/dist/main.js',
    url: `http://127.0.0.1:${port}/api/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'development',
      // Never a developer's own database: the run loads demo data and creates users.
      DATABASE_URL: '',
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATA_DIR: process.env.E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // Chromium and the app share the machine's cores; their stalls are not what journeys test.
      MAX_EVENT_LOOP_DELAY_MS: '0',
      // Journeys read reset and invitation links from the kept mail, as a developer would.
      DEV_MAILBOX: 'true',
      // The administrator the fixtures use wherever a journey needs a curator.
      ADMIN_EMAIL: E2E_ADMIN.email,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      // Many journeys sign in from one address within a minute.
      AUTH_RATE_LIMIT: '1000',
      WRITE_RATE_LIMIT: '1000',
    },
  },
});
