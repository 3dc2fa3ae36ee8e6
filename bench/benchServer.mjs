// Starts the production server (scripts/server.ts, the product's own) from an existing build and
// database for a bench, and samples its resident memory. Shared by bench/search.mjs and
// bench/crawl.mjs. The build must exist in NEXT_DIST_DIR (`NEXT_DIST_DIR=.next-x npm run build`).
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/** RSS of a process and its children, in MB. */
export const treeRssMb = (pid) => {
  let kb = 0
  const walk = (id) => {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0)
      for (const child of fs.readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)) walk(Number(child))
    } catch {}
  }
  walk(pid)
  return kb / 1024
}

/**
 * @param {{ port: number, database: string, distDir: string, nodeOptions?: string, env?: Record<string,string> }} options
 */
export const startBenchServer = async ({ port, database, distDir, nodeOptions = '', env = {} }) => {
  if (!fs.existsSync(path.join(root, distDir, 'BUILD_ID'))) throw new Error(`no build in ${distDir}: NEXT_DIST_DIR=${distDir} npm run build`)
  fs.rmSync(path.join(root, distDir, 'cache/fetch-cache'), { recursive: true, force: true })
  const server = spawn(process.execPath, [...nodeOptions.split(' ').filter(Boolean), '--import', 'tsx', 'scripts/server.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_DIST_DIR: distDir,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      PAYLOAD_SECRET: 'portal-bench-secret-0123456789abcdef0123',
      WARTA_SECRET_KEY: 'b0b0'.repeat(16), // bench-only key; the bench database is disposable
      DATABASE_URI: `file:${database}`,
      MEDIA_DIR: 'data/portal-bench-media',
      PUBLIC_URL: `http://localhost:${port}`,
      JOBS_AUTORUN: 'false',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  })
  let output = ''
  let exited = null
  server.stdout.on('data', (d) => (output = (output + d).slice(-20_000)))
  server.stderr.on('data', (d) => (output = (output + d).slice(-20_000)))
  server.on('exit', (code, signal) => (exited = { code, signal }))
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM')
    } catch {}
  }
  process.on('exit', stop)
  const base = `http://127.0.0.1:${port}`
  const until = Date.now() + 180_000
  for (;;) {
    if (exited) throw new Error(`server exited ${JSON.stringify(exited)}\n${output}`)
    try {
      if ((await fetch(`${base}/api/users/me`)).status < 500) break
    } catch {}
    if (Date.now() > until) throw new Error(`server did not start\n${output}`)
    await sleep(300)
  }
  return { base, pid: server.pid, stop, output: () => output, exited: () => exited }
}
