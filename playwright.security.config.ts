import { defineConfig } from '@playwright/test'

import { E2E_PASSWORD } from './e2e/helpers/accounts'

const port = Number(process.env.SECURITY_PORT || 3260)
// SECURITY_BASE_URL points the suite at a server you already run (CI may share one production
// server between black-box suites); then SECURITY_SERVER_LOG names its log file for the secrets scan.
const baseURL = process.env.SECURITY_BASE_URL || `http://localhost:${port}`

export default defineConfig({
  testDir: './tests/security',
  testMatch: '**/*.security.spec.ts',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  globalSetup: './tests/security/setup.ts',
  globalTeardown: './tests/security/report.ts',
  reporter: [['list'], ['json', { outputFile: 'reports/security-playwright.json' }]],
  use: {
    baseURL,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: process.env.SECURITY_BASE_URL
    ? undefined
    : {
        command: 'node scripts/security-server.mjs',
        url: `${baseURL}/api/users/me`,
        timeout: 600_000,
        reuseExistingServer: false,
        stdout: 'ignore',
        stderr: 'pipe',
        env: { PORT: String(port), WARTA_DEMO_PASSWORD: E2E_PASSWORD, NEXT_TELEMETRY_DISABLED: '1' },
      },
})
