import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'

/**
 * Processes of the fleet suite: a loopback redis-server, web instances (scripts/server.ts on the
 * production build) and workers (scripts/worker.ts), all on one SQLite file. Ports come from
 * FLEET_PORT_BASE (web: base, base+1, …) and FLEET_REDIS_PORT; the build from FLEET_DIST_DIR.
 */
export const ROOT = path.resolve(import.meta.dirname, '../..')
export const PORT_BASE = Number(process.env.FLEET_PORT_BASE) || 3350
export const REDIS_PORT = Number(process.env.FLEET_REDIS_PORT) || 6450
export const DIST_DIR = process.env.FLEET_DIST_DIR || process.env.NEXT_DIST_DIR || '.next'
const DATA_DIR = path.join(ROOT, 'data', `fleet-${PORT_BASE}`)

export type Proc = { name: string; child: ChildProcess; output: string[]; exited: Promise<number | null> }

const running: Proc[] = []

const launch = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv): Proc => {
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const output: string[] = []
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) output.push(line)
    if (output.length > 4000) output.splice(0, output.length - 4000)
    if (process.env.FLEET_VERBOSE) process.stdout.write(`[${name}] ${chunk}`)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const proc = { name, child, output, exited }
  running.push(proc)
  return proc
}

export const redisUrl = () => `redis://127.0.0.1:${REDIS_PORT}`

/** Refuses to start when something already listens on `port`: a leftover server from an earlier run would answer the readiness checks. */
const assertPortFree = (port: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`${what}: port ${port} is in use (${error.code}); a process from an earlier run? Set FLEET_PORT_BASE / FLEET_REDIS_PORT or stop it`)),
    )
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()))
  })

export const startRedis = async (): Promise<Proc> => {
  await assertPortFree(REDIS_PORT, 'redis-server')
  const redis = launch('redis', 'redis-server', ['--port', String(REDIS_PORT), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], process.env)
  await waitFor(
    async () => {
      if (redis.child.exitCode !== null) throw new Error(`redis-server exited:\n${redis.output.slice(-20).join('\n')}`)
      return redis.output.some((line) => /Ready to accept connections/.test(line))
    },
    15_000,
    'redis-server',
  )
  return redis
}

/** The build names the fleet's cache handler (next.config.ts always does since h12; older builds did only with REDIS_URL at build time). */
const buildHasCacheHandler = (distDir: string): boolean => {
  try {
    const files = JSON.parse(fs.readFileSync(path.join(distDir, 'required-server-files.json'), 'utf8')) as { config?: { cacheHandler?: string } }
    return /nextCacheHandler\.mjs$/.test(files.config?.cacheHandler ?? '')
  } catch {
    return false
  }
}

/**
 * Builds the app into DIST_DIR when it is missing, older than the sources or made without the
 * fleet's cache handler (under the shared heavy-work lock). FLEET_SKIP_BUILD=1 (npm test, which
 * built already) never builds: a missing or unsuitable build is then an error.
 */
export const ensureBuild = async (): Promise<void> => {
  const dist = path.join(ROOT, DIST_DIR)
  const { needsBuild } = (await import(path.join(ROOT, 'scripts/lib.mjs'))) as { needsBuild: (dir: string) => boolean }
  if (process.env.FLEET_SKIP_BUILD === '1') {
    if (!fs.existsSync(path.join(dist, 'BUILD_ID')) || !buildHasCacheHandler(dist)) {
      throw new Error(`FLEET_SKIP_BUILD=1 but ${DIST_DIR} holds no production build with src/cache/nextCacheHandler.mjs`)
    }
    return
  }
  if (!needsBuild(dist) && buildHasCacheHandler(dist)) return
  // Next rewrites tsconfig.json for a custom distDir: put it back afterwards.
  const tsconfig = fs.readFileSync(path.join(ROOT, 'tsconfig.json'))
  try {
    const result = spawnSync('flock', ['/tmp/warta-heavy.lock', 'npx', 'next', 'build'], {
      cwd: ROOT,
      env: { ...process.env, NODE_ENV: 'production', NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: '1' },
      stdio: 'inherit',
    })
    if (result.status !== 0) throw new Error(`next build failed (${result.status})`)
  } finally {
    fs.writeFileSync(path.join(ROOT, 'tsconfig.json'), tsconfig)
  }
}

export const MEDIA_DIR = path.join(DATA_DIR, 'media')

export const freshData = () => {
  fs.rmSync(DATA_DIR, { recursive: true, force: true })
  fs.mkdirSync(DATA_DIR, { recursive: true })
}

export const ADMIN = { email: 'admin-fleet@contoh.go.id', password: 'kata-sandi-armada-123' }

/** Environment every process of the run shares on top of the defaults (the suite's S3 store). */
export const sharedEnv: Record<string, string> = {}

const baseEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: '1',
  DATABASE_URI: `file:${path.join(DATA_DIR, 'fleet.db')}`,
  MEDIA_DIR,
  PAYLOAD_SECRET: 'fleet-test-secret-0123456789abcdef0123',
  WARTA_SECRET_KEY: 'f1ee'.repeat(16),
  PUBLIC_URL: `http://localhost:${PORT_BASE}`,
  REDIS_URL: redisUrl(),
  REDIS_PREFIX: `fleet-${PORT_BASE}:`,
  JOBS_AUTORUN: 'false',
  WARTA_DB_PUSH: undefined,
  ...sharedEnv,
})

export const webUrl = (index: number) => `http://127.0.0.1:${PORT_BASE + index}`

/** `nodeArgs` go before the server script (e.g. `--expose-gc`, another `--import`). */
export const startWeb = async (index: number, extraEnv: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Proc & { url: string }> => {
  await assertPortFree(PORT_BASE + index, `web${index}`)
  const env = { ...baseEnv(), PORT: String(PORT_BASE + index), HOSTNAME: '127.0.0.1', ...extraEnv }
  if (index === 0) Object.assign(env, { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password })
  const proc = launch(`web${index}`, process.execPath, [...nodeArgs, '--import', 'tsx', 'scripts/server.ts'], env)
  const url = webUrl(index)
  await waitFor(
    async () => {
      if (proc.child.exitCode !== null) throw new Error(`web${index} exited:\n${proc.output.slice(-40).join('\n')}`)
      const res = await fetch(`${url}/api/health`).catch(() => null)
      return res !== null && res.status === 200
    },
    90_000,
    `web${index} health`,
  )
  return { ...proc, url }
}

export const startWorker = async (name = 'worker', extraEnv: Record<string, string> = {}): Promise<Proc> => {
  // As `npm run worker`: Lexical's top-level await needs the development condition outside Next.
  const env = { ...baseEnv(), NODE_OPTIONS: '--conditions=development', WORKER_IDLE_MS: '250', ...extraEnv }
  const proc = launch(name, process.execPath, ['--import', 'tsx', 'scripts/worker.ts'], env)
  await waitFor(async () => proc.output.some((line) => line.includes('running queue')), 60_000, `${name} start`)
  return proc
}

/** Stops every process of the run; their last output lines are kept in reports/fleet-logs/<name>.log. */
export const stopAll = async (): Promise<void> => {
  for (const proc of running.reverse()) if (proc.child.exitCode === null) proc.child.kill('SIGKILL')
  await Promise.all(running.map((proc) => proc.exited))
  const logs = path.join(ROOT, 'reports', 'fleet-logs')
  fs.mkdirSync(logs, { recursive: true })
  for (const proc of running) fs.writeFileSync(path.join(logs, `${proc.name}.log`), `${proc.output.join('\n')}\n`)
  running.length = 0
}

export const waitFor = async (check: () => Promise<boolean>, timeoutMs: number, what: string, intervalMs = 100): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
  throw new Error(`timed out waiting for ${what}`)
}
