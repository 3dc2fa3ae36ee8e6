// `npm test`: every suite once, on one production build.
//  - Vitest (unit, adapters, integration) needs no build: it starts at once, beside the build and
//    then beside the black-box chain; its throw-away SQLite files live on tmpfs (/dev/shm) when
//    there is one, so schema pushes and writes do not wait for the disk;
//  - the black-box chain starts ONE production server (scripts/e2e-server.mjs: demo content, fake
//    platforms) and runs the Playwright journeys, then the hostile-input suite against it (the
//    security suite goes last: it brute-forces logins and posts hostile content);
//  - the fleet suites (their own loopback redis-server; the two-instance suite on the same build)
//    run once the build exists and Vitest or the black-box chain has ended.
// Each group's output goes to the console with a [name] prefix; the server's log to
// reports/server.log (the security suite scans it for secrets). Exits non-zero if any suite failed.
import { spawn } from 'node:child_process'
import fs from 'node:fs'

import { needsBuild } from './lib.mjs'

const port = process.env.E2E_PORT || '3210'
const baseURL = `http://localhost:${port}`
// Known to the server and to the suites (the secrets scan looks for these values).
const shared = {
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET || 'e2e-only-secret-0123456789abcdef0123456789',
  WARTA_SECRET_KEY: process.env.WARTA_SECRET_KEY || 'e2e0'.repeat(16),
  FAKE_HOOK_SECRET: 'e2e-webhook-secret-0123456789',
  // The demo accounts' password in the suites (e2e/helpers/accounts.ts reads the same variable).
  WARTA_DEMO_PASSWORD: process.env.WARTA_DEMO_PASSWORD || 'e2e-kata-sandi-demo',
  NEXT_TELEMETRY_DISABLED: '1',
}
// A fresh reports folder: the summary must never count an earlier run's results.
fs.rmSync('reports', { recursive: true, force: true })
fs.mkdirSync('reports', { recursive: true })

const prefixLines = (name, stream, out) => {
  let rest = ''
  stream.on('data', (chunk) => {
    const lines = (rest + chunk.toString()).split('\n')
    rest = lines.pop() ?? ''
    for (const line of lines) out.write(`[${name}] ${line}\n`)
  })
  stream.on('end', () => rest && out.write(`[${name}] ${rest}\n`))
}

const run = (name, command, args, env = {}) =>
  new Promise((resolve) => {
    const started = Date.now()
    const child = spawn(command, args, { env: { ...process.env, ...shared, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    prefixLines(name, child.stdout, process.stdout)
    prefixLines(name, child.stderr, process.stderr)
    child.on('exit', (code) => {
      console.log(`=== ${name}: exit ${code} after ${Math.round((Date.now() - started) / 1000)} s`)
      resolve(code ?? 1)
    })
  })

const waitForServer = async (url, timeoutMs) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs / 1000} s`)
}

const blackBox = async () => {
  const log = fs.createWriteStream('reports/server.log')
  const server = spawn(process.execPath, ['scripts/e2e-server.mjs'], {
    env: { ...process.env, ...shared, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  server.stdout.pipe(log)
  server.stderr.pipe(log)
  try {
    await waitForServer(`${baseURL}/api/users/me`, 600_000)
    const e2e = await run('e2e', 'npx', ['playwright', 'test'], { E2E_BASE_URL: baseURL })
    const security = await run('security', 'npx', ['playwright', 'test', '-c', 'playwright.security.config.ts'], {
      SECURITY_BASE_URL: baseURL,
      SECURITY_SERVER_LOG: 'reports/server.log',
    })
    return e2e || security
  } catch (error) {
    console.error(String(error))
    return 1
  } finally {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}

const started = Date.now()
const tmpfs = fs.existsSync('/dev/shm') && fs.statSync('/dev/shm').isDirectory() ? { TMPDIR: '/dev/shm' } : {}

const build = async () => {
  if (needsBuild()) {
    const code = await run('build', 'npx', ['next', 'build'], { NODE_ENV: 'production' })
    if (code) return code
  }
  console.log(`=== build ready after ${Math.round((Date.now() - started) / 1000)} s`)
  return 0
}

const built = build()
// Two suites need the machine to themselves more than the others: the child-process suite that
// vitest.config.mts leaves out under WARTA_RUN_ALONE_LATER ("alone", after Vitest) and the fleet
// suites (tests/fleet: the Redis bus, then two production web instances and a worker sharing a
// loopback redis-server, on this build: FLEET_SKIP_BUILD=1, never a second build). They never run
// together. The fleet starts as soon as the build exists and EITHER Vitest or the black-box chain
// has ended, so it overlaps the tail of the other one instead of waiting for both.
let exclusive = Promise.resolve(0)
const oneAtATime = (job) => (exclusive = exclusive.then(job, job))
const vitestDone = run('vitest', 'npx', ['vitest', 'run'], { ...tmpfs, WARTA_RUN_ALONE_LATER: '1' })
const aloneDone = vitestDone.then(() =>
  oneAtATime(() => run('alone', 'npx', ['vitest', 'run', '--project', 'int-sqlite', 'tests/int/syndicationWorkerKill.int.spec.ts', '--outputFile.json=reports/vitest-alone.json'], tmpfs)),
)
const blackBoxDone = built.then((code) => code || blackBox())
const fleetDone = Promise.race([vitestDone, blackBoxDone]).then(async () => {
  if (await built) return console.log('=== fleet: skipped (no production build)'), 1
  return oneAtATime(() => run('fleet', 'npx', ['vitest', 'run', '--config', 'tests/fleet/vitest.config.mts'], { FLEET_SKIP_BUILD: '1' }))
})
const codes = await Promise.all([vitestDone, aloneDone, blackBoxDone, fleetDone])
console.log(`=== all suites finished after ${Math.round((Date.now() - started) / 1000)} s`)
process.exit(codes.some((code) => code) ? 1 : 0)
