import { defineConfig, devices } from '@playwright/test'

import { E2E_PASSWORD } from './e2e/helpers/accounts'

const port = Number(process.env.E2E_PORT || 3210)
// E2E_BASE_URL points the suite at a server you already run (then no server is started).
const baseURL = process.env.E2E_BASE_URL || `http://localhost:${port}`

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  // Spec files run side by side against one server; tests inside a file run in order.
  workers: Number(process.env.E2E_WORKERS || 2),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }], ...(process.env.CI ? [] : [['html', { open: 'never' }] as const])],
  use: {
    ...devices['Desktop Chrome'],
    baseURL,
    trace: 'on-first-retry',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: process.env.E2E_BASE_URL
    ? undefined
    : {
        // Builds when needed, then serves the production build on a fresh demo database.
        command: 'node scripts/e2e-server.mjs',
        url: `${baseURL}/api/users/me`,
        timeout: 600_000,
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        env: { PORT: String(port), WARTA_DEMO_PASSWORD: E2E_PASSWORD, NEXT_TELEMETRY_DISABLED: '1' },
      },
})
