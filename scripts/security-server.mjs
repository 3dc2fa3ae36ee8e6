// Server for the security suite (tests/security, `npm run test:security`): the production build
// on a fresh SQLite file and media folder, demo content seeded with one known password, and the
// server's whole output copied to reports/security-server.log so the suite can scan it for secrets.
// Fake Instagram/YouTube stand in for the platforms (nothing leaves the machine).
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { needsBuild, runOrExit } from './lib.mjs'

const port = process.env.PORT || '3260'
const data = 'data/security'
fs.rmSync(data, { recursive: true, force: true })
fs.mkdirSync(data, { recursive: true })
fs.mkdirSync('reports', { recursive: true })

// Secret values are per run and known to the suite through the environment (it scans for them).
const env = {
  ...process.env,
  NODE_ENV: 'production',
  PORT: port,
  DATABASE_URI: `file:./${data}/warta.db`,
  MEDIA_DIR: `${data}/media`,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'security-only-secret-0123456789abcdef01234567',
  WARTA_SECRET_KEY: process.env.WARTA_SECRET_KEY || '5ec0'.repeat(16),
  PUBLIC_URL: `http://localhost:${port}`,
  WARTA_DEMO: 'true',
  JOBS_CRON: '*/5 * * * * *',
  FAKE_HOOK_SECRET: process.env.FAKE_HOOK_SECRET || 'security-webhook-secret-0123456789',
}
if (needsBuild()) runOrExit('next', ['build'], { ...env, WARTA_DEMO: undefined })
const { startFakePlatforms } = await import('./fake-platforms-process.mjs')
env.WARTA_FAKE_PLATFORMS = await startFakePlatforms(env)

const log = fs.createWriteStream(process.env.SECURITY_SERVER_LOG || 'reports/security-server.log')
const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { stdio: ['ignore', 'pipe', 'pipe'], env })
for (const stream of [child.stdout, child.stderr]) {
  stream.on('data', (chunk) => {
    log.write(chunk)
    process.stdout.write(chunk)
  })
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => {
  log.end()
  process.exit(code ?? 0)
})
