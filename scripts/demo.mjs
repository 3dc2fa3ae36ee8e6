// `npm run demo`: build if needed, then start the production server with the demo seeded on an
// empty database (admin, portal and job runner in one process). Honours PORT, DATABASE_URI,
// ADMIN_EMAIL/ADMIN_PASSWORD, PUBLIC_URL and ADMIN_ORIGINS (loopback and this machine's names are added).
import { localAdminOrigins, needsBuild, runOrExit, startServer } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  WARTA_DEMO: 'true',
  // The demo shows syndication at work: run the job queue every 10 s (production: every minute).
  JOBS_CRON: process.env.JOBS_CRON || '*/10 * * * * *',
  JOBS_LIMIT: process.env.JOBS_LIMIT || '50',
  PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${port}`,
  // Staff may open the demo at 127.0.0.1, the machine's name or its LAN address too.
  ADMIN_ORIGINS: localAdminOrigins(port),
  // A laptop demo may run without PAYLOAD_SECRET / WARTA_SECRET_KEY: each missing one is
  // generated once under data/ (never in production, where `npm start` refuses instead).
  ...(process.env.PAYLOAD_SECRET && process.env.WARTA_SECRET_KEY ? {} : { WARTA_ALLOW_GENERATED_SECRET: 'true' }),
}

runOrExit('tsx', ['scripts/preflight.ts'], env)
if (needsBuild()) {
  console.log('[warta] building the production bundle (first run or sources changed)…')
  runOrExit('next', ['build'], { ...env, WARTA_DEMO: undefined })
}
// --- syndication (fake Instagram/YouTube/webhooks; channels pointed at them by the seed) ---
const { startFakePlatforms } = await import('./fake-platforms-process.mjs')
env.WARTA_FAKE_PLATFORMS = await startFakePlatforms(env)
// --- end syndication ---
console.log(`[warta] starting Warta at ${env.PUBLIC_URL} (admin: ${env.PUBLIC_URL}/admin)`)
startServer(env)
