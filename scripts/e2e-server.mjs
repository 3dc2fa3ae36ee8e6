// Server for the Playwright suite: production build, fresh SQLite file and media folder, demo
// content seeded with one known password (WARTA_DEMO_PASSWORD).
import fs from 'node:fs'

import { localAdminOrigins, needsBuild, runOrExit, startServer } from './lib.mjs'

const port = process.env.PORT || '3210'
for (const target of ['data/e2e.db', 'data/e2e.db-wal', 'data/e2e.db-shm', 'data/e2e-media']) {
  fs.rmSync(target, { recursive: true, force: true })
}
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  DATABASE_URI: 'file:./data/e2e.db',
  MEDIA_DIR: 'data/e2e-media',
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-only-secret-0123456789abcdef0123456789',
  // Test-only key (64 hex chars): the e2e database is thrown away after every run.
  WARTA_SECRET_KEY: process.env.WARTA_SECRET_KEY || 'e2e0'.repeat(16),
  PUBLIC_URL: `http://localhost:${port}`,
  // The suite also opens the admin at 127.0.0.1 (a second address of the same server).
  ADMIN_ORIGINS: localAdminOrigins(port),
  WARTA_DEMO: 'true',
  // The syndication spec waits for deliveries: run the job queue every 5 s instead of every minute.
  JOBS_CRON: process.env.JOBS_CRON || '*/5 * * * * *',
  // Known to e2e/helpers/platforms.ts: the spec breaks and restores the webhook secret.
  FAKE_HOOK_SECRET: 'e2e-webhook-secret-0123456789',
}
if (needsBuild()) runOrExit('next', ['build'], { ...env, WARTA_DEMO: undefined })
// --- syndication (fake Instagram/YouTube/webhooks; channels pointed at them by the seed) ---
const { startFakePlatforms } = await import('./fake-platforms-process.mjs')
env.WARTA_FAKE_PLATFORMS = await startFakePlatforms(env)
// --- end syndication ---
startServer(env)
