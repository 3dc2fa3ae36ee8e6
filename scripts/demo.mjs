// `npm run demo`: build if needed, then start the production server with the demo seeded on an
// empty database (admin, portal and job runner in one process). Honours PORT, DATABASE_URI,
// ADMIN_EMAIL/ADMIN_PASSWORD and PUBLIC_URL.
import { needsBuild, runOrExit, startServer } from './lib.mjs'

const port = process.env.PORT || '3000'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  WARTA_DEMO: 'true',
  PUBLIC_URL: process.env.PUBLIC_URL || `http://localhost:${port}`,
  // A laptop demo may run without PAYLOAD_SECRET: one is generated under data/ (never in production).
  ...(process.env.PAYLOAD_SECRET ? {} : { WARTA_ALLOW_GENERATED_SECRET: 'true' }),
}

runOrExit('tsx', ['scripts/preflight.ts'], env)
if (needsBuild()) {
  console.log('[warta] building the production bundle (first run or sources changed)…')
  runOrExit('next', ['build'], { ...env, WARTA_DEMO: undefined })
}
console.log(`[warta] starting Warta at ${env.PUBLIC_URL} (admin: ${env.PUBLIC_URL}/admin)`)
startServer(env)
