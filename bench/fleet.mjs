#!/usr/bin/env node
// Fleet benchmark: portal req/s and p99 with one web instance vs two (both with REDIS_URL, sharing
// one SQLite file and a loopback redis-server), interleaved over ROUNDS. "Two instances" is two
// autocannon runs at the same time, CONNECTIONS/2 each (a load balancer spreading the load, without
// the balancer's own cost). Pages: home, an article, /feed.xml, a category. On a 2-core machine
// the load generator and both instances share the CPUs: read the ratio, not the absolute figures.
// Run: `npx node bench/fleet.mjs` after `npx tsx bench/preparePortalDb.ts` prepared
// data/portal-bench.db (bench/portal.mjs does it) and a build exists in NEXT_DIST_DIR.
// Env: BENCH_PORT (3360; the second instance +1), REDIS_PORT (6451), DURATION (8 s),
// CONNECTIONS (40), ROUNDS (2), NEXT_DIST_DIR (.next-portal).
import autocannon from 'autocannon'
import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const port = Number(process.env.BENCH_PORT || 3360)
const redisPort = Number(process.env.REDIS_PORT || 6451)
const duration = Number(process.env.DURATION || 8)
const connections = Number(process.env.CONNECTIONS || 40)
const rounds = Number(process.env.ROUNDS || 2)
const distDir = process.env.NEXT_DIST_DIR || '.next-portal'
const log = (...args) => console.log('[bench:fleet]', ...args)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const children = []
const start = (name, cmd, args, env = process.env) => {
  const child = spawn(cmd, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (out += d))
  children.push(child)
  return { child, output: () => out, name }
}
process.on('exit', () => children.forEach((c) => c.kill('SIGKILL')))
process.on('SIGINT', () => process.exit(130))

const waitFor = async (url, proc) => {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {}
    await sleep(200)
  }
  throw new Error(`${url} never answered\n${proc.output().slice(-2000)}`)
}

const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: 'portal-bench-secret-0123456789abcdef0123',
  WARTA_SECRET_KEY: 'b0b0'.repeat(16),
  DATABASE_URI: 'file:./data/portal-bench.db',
  MEDIA_DIR: 'data/portal-bench-media',
  JOBS_AUTORUN: 'false',
  REDIS_URL: `redis://127.0.0.1:${redisPort}`,
  REDIS_PREFIX: `bench-${port}:`,
  HOSTNAME: '127.0.0.1',
}
start('redis', 'redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
const web = [0, 1].map((i) => start(`web${i}`, process.execPath, ['--import', 'tsx', 'scripts/server.ts'], { ...env, PORT: String(port + i) }))
const bases = [0, 1].map((i) => `http://127.0.0.1:${port + i}`)
await Promise.all(bases.map((base, i) => waitFor(`${base}/api/users/me`, web[i])))

const paths = ['/', '/berita/massal-1', '/feed.xml', '/kategori/kesehatan']
const requests = paths.map((p) => ({ path: p }))
for (const base of bases) for (const p of paths) await fetch(`${base}${p}`)

const cannon = (url, conns) =>
  new Promise((resolve, reject) => autocannon({ url, connections: conns, duration, requests }, (err, r) => (err ? reject(err) : resolve(r))))

const results = { one: [], two: [] }
for (let round = 1; round <= rounds; round++) {
  const one = await cannon(bases[0], connections)
  results.one.push({ rps: one.requests.average, p99: one.latency.p99, non2xx: one.non2xx })
  const both = await Promise.all(bases.map((base) => cannon(base, connections / 2)))
  results.two.push({
    rps: both.reduce((sum, r) => sum + r.requests.average, 0),
    p99: Math.max(...both.map((r) => r.latency.p99)),
    non2xx: both.reduce((sum, r) => sum + r.non2xx, 0),
  })
  log(`round ${round}: one ${JSON.stringify(results.one.at(-1))} · two ${JSON.stringify(results.two.at(-1))}`)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summary = Object.fromEntries(
  Object.entries(results).map(([k, v]) => [k, { rps: Math.round(median(v.map((x) => x.rps))), p99: median(v.map((x) => x.p99)) }]),
)
log(`median of ${rounds}: one instance ${summary.one.rps} req/s p99 ${summary.one.p99} ms; two instances ${summary.two.rps} req/s p99 ${summary.two.p99} ms; ratio ${(summary.two.rps / summary.one.rps).toFixed(2)} (${connections} connections, ${duration} s, ${paths.join(' ')})`)
process.exit(0)
