#!/usr/bin/env node
// Portal benchmark: builds and starts the production server on a SQLite demo database with
// ≥ 500 published items, then loads a cached article, the home page and /feed.xml with autocannon
// (50 connections), interleaved with the same article's HTML served as a static file by nginx.
// Also measures publish→visible latency and the server's peak RSS. Run: `node bench/portal.mjs`
// (through npx/npm so Node 22 is used: `npx node bench/portal.mjs`).
//
// Env: BENCH_PORT (3120), NGINX_PORT (3121), BULK (500), DURATION (10 s), CONNECTIONS (50),
// ROUNDS (3), SKIP_BUILD=1 to reuse .next-portal, SKIP_SEED=1 to reuse data/portal-bench.db.
import autocannon from 'autocannon'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const port = Number(process.env.BENCH_PORT || 3120)
const nginxPort = Number(process.env.NGINX_PORT || 3121)
const duration = Number(process.env.DURATION || 10)
const connections = Number(process.env.CONNECTIONS || 50)
const rounds = Number(process.env.ROUNDS || 3)
const base = `http://127.0.0.1:${port}`
const distDir = process.env.NEXT_DIST_DIR || '.next-portal'
const password = 'bench-kata-sandi-demo'
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_DIST_DIR: distDir,
  PORT: String(port),
  PAYLOAD_SECRET: 'portal-bench-secret-0123456789abcdef0123',
  WARTA_SECRET_KEY: 'b0b0'.repeat(16), // bench-only key (64 hex chars); the bench database is disposable
  DATABASE_URI: 'file:./data/portal-bench.db',
  MEDIA_DIR: 'data/portal-bench-media',
  PUBLIC_URL: `http://localhost:${port}`,
  JOBS_AUTORUN: 'false',
  NEXT_TELEMETRY_DISABLED: '1',
  WARTA_DEMO_PASSWORD: password,
}
const log = (...args) => console.log('[bench]', ...args)
const sleep = (ms) => new Promise((r) => setTimeout(r, ms))
const run = (cmd, args, extra = {}) => {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...env, ...extra } })
  if (res.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${res.status}`)
}

// 1. Build (Next rewrites tsconfig.json for a custom distDir: put it back afterwards).
if (process.env.SKIP_BUILD !== '1') {
  const tsconfig = fs.readFileSync(path.join(root, 'tsconfig.json'))
  try {
    log('building into', distDir)
    run('flock', ['/tmp/warta-build.lock', 'npm', 'run', 'build'], { NODE_ENV: undefined })
  } finally {
    fs.writeFileSync(path.join(root, 'tsconfig.json'), tsconfig)
  }
}
// 2. Database: migrations + demo + bulk items.
if (process.env.SKIP_SEED !== '1') {
  log('preparing database')
  run('npx', ['tsx', 'bench/preparePortalDb.ts'], { BULK: String(process.env.BULK || 500), NODE_OPTIONS: '--conditions=development' })
}

// 3. Server + RSS sampling of its process tree. Next's data cache lives on disk in the dist
// folder: start from an empty one so no entry from another database is served.
fs.rmSync(path.join(root, distDir, 'cache/fetch-cache'), { recursive: true, force: true })
// The product's own server (scripts/server.ts: Next.js + portal micro-cache); PORTAL_MICROCACHE=off
// measures Next.js alone.
const server = spawn(process.execPath, ['--import', 'tsx', 'scripts/server.ts'], {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true,
})
let serverLog = ''
server.stdout.on('data', (d) => (serverLog += d))
server.stderr.on('data', (d) => (serverLog += d))
const treeRss = (pid) => {
  let kb = 0
  try {
    kb += Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    const children = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean)
    for (const child of children) kb += treeRss(Number(child))
  } catch {}
  return kb
}
let peakRssKb = 0
const sampler = setInterval(() => (peakRssKb = Math.max(peakRssKb, treeRss(server.pid))), 100)

let nginx
const cleanup = () => {
  clearInterval(sampler)
  try {
    process.kill(-server.pid, 'SIGTERM')
  } catch {}
  if (nginx) {
    try {
      nginx.kill('SIGTERM')
    } catch {}
  }
}
process.on('exit', cleanup)
process.on('SIGINT', () => process.exit(130))

const get = async (url, init) => {
  const res = await fetch(url, init)
  return { status: res.status, text: await res.text(), headers: res.headers }
}
const waitFor = async (url, ms = 120_000) => {
  const until = Date.now() + ms
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).status < 500) return
    } catch {}
    await sleep(250)
  }
  throw new Error(`server did not answer ${url}\n${serverLog.slice(-3000)}`)
}

const cannon = (url) =>
  new Promise((resolve, reject) =>
    autocannon({ url, connections, duration, pipelining: 1 }, (err, result) => (err ? reject(err) : resolve(result))),
  )

const main = async () => {
  await waitFor(`${base}/api/users/me`)
  const article = '/berita/massal-1'
  for (const p of [article, '/', '/feed.xml']) {
    const r = await get(`${base}${p}`)
    if (r.status !== 200) throw new Error(`${p} answered ${r.status}`)
  }
  const idleRssMb = treeRss(server.pid) / 1024

  // 4. nginx serving the same article HTML.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-bench-nginx-'))
  fs.mkdirSync(path.join(dir, 'html'))
  // nginx workers run as www-data: the folder must be readable by them.
  fs.chmodSync(dir, 0o755)
  fs.writeFileSync(path.join(dir, 'html', 'article.html'), (await get(`${base}${article}`)).text)
  if (spawnSync('sh', ['-c', 'command -v nginx || test -x /usr/sbin/nginx']).status !== 0) {
    log('installing nginx (apt-get)')
    execFileSync('sh', ['-c', 'apt-get install -y nginx >/dev/null || (apt-get update >/dev/null && apt-get install -y nginx >/dev/null)'], { stdio: 'inherit' })
  }
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  client_body_temp_path ${dir}/tmp; proxy_temp_path ${dir}/tmp; fastcgi_temp_path ${dir}/tmp; uwsgi_temp_path ${dir}/tmp; scgi_temp_path ${dir}/tmp;
  server { listen 127.0.0.1:${nginxPort}; root ${dir}/html; default_type text/html; } }\n`,
  )
  fs.mkdirSync(path.join(dir, 'tmp'))
  nginx = spawn(fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-c', path.join(dir, 'nginx.conf'), '-p', dir], { stdio: 'inherit' })
  await waitFor(`http://127.0.0.1:${nginxPort}/article.html`, 10_000)

  // 5. Interleaved load.
  const targets = {
    article: `${base}${article}`,
    home: `${base}/`,
    feed: `${base}/feed.xml`,
    nginx: `http://127.0.0.1:${nginxPort}/article.html`,
  }
  const results = Object.fromEntries(Object.keys(targets).map((k) => [k, []]))
  for (let round = 1; round <= rounds; round++) {
    for (const [name, url] of Object.entries(targets)) {
      const r = await cannon(url)
      const non2xx = r.non2xx + r.errors + r.timeouts
      results[name].push({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, non2xx })
      log(`round ${round} ${name}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, errors ${non2xx}`)
    }
  }
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length
  const summary = Object.fromEntries(
    Object.entries(results).map(([k, rs]) => [
      k,
      { rps: mean(rs.map((r) => r.rps)), p50: mean(rs.map((r) => r.p50)), p99: mean(rs.map((r) => r.p99)), errors: rs.reduce((a, r) => a + r.non2xx, 0) },
    ]),
  )
  for (const k of ['article', 'home', 'feed']) summary[k].ratioToNginx = summary[k].rps / summary.nginx.rps

  // 6. Change → visible latency (admin REST writes; the hooks expire the cache tags).
  const login = await fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@warta.local', password }),
  })
  const token = (await login.json()).token
  if (!token) throw new Error('admin login failed')
  const auth = { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' }
  const visible = async (url, needle, timeoutMs = 10_000) => {
    const t0 = performance.now()
    while (performance.now() - t0 < timeoutMs) {
      if ((await get(url)).text.includes(needle)) return performance.now()
      await sleep(10)
    }
    return Number.NaN
  }
  const latency = {}
  // a) Site rename: shown in the header of every page.
  for (const [name, url] of [['siteRename.home', `${base}/`], ['siteRename.article', `${base}${article}`]]) {
    const label = `Warta Bench ${Date.now()}`
    const t0 = performance.now()
    const res = await fetch(`${base}/api/globals/site`, { method: 'POST', headers: auth, body: JSON.stringify({ name: label }) })
    if (!res.ok) throw new Error(`site update ${res.status}`)
    latency[name] = (await visible(url, label)) - t0
  }
  // b) Publishing the demo's approved item through the workflow endpoint.
  const approved = await (await fetch(`${base}/api/news?where[workflowState][equals]=approved&limit=1&depth=0`, { headers: auth })).json()
  const item = approved.docs?.[0]
  if (item) {
    const t0 = performance.now()
    const res = await fetch(`${base}/api/news/${item.id}/transition`, { method: 'POST', headers: auth, body: JSON.stringify({ action: 'publish' }) })
    if (res.ok) {
      const home = visible(`${base}/`, `/berita/${item.slug}"`)
      const page = visible(`${base}/berita/${item.slug}`, item.title.replaceAll('"', '&quot;').slice(0, 30))
      latency['publish.home'] = (await home) - t0
      latency['publish.article'] = (await page) - t0
    } else {
      latency.publish = `transition refused: ${res.status} ${(await res.text()).slice(0, 200)}`
    }
  }
  const report = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GB`,
    node: process.version,
    settings: { connections, duration, rounds, bulk: Number(process.env.BULK || 500) },
    summary,
    latencyMs: latency,
    rssMb: { idleAfterWarmup: idleRssMb, peak: peakRssKb / 1024 },
  }
  fs.mkdirSync(path.join(root, 'bench/results'), { recursive: true })
  const out = path.join(root, 'bench/results', `portal-${report.date.replace(/[:.]/g, '-')}.json`)
  fs.writeFileSync(out, JSON.stringify(report, null, 2))
  console.log(JSON.stringify(report, null, 2))
  log('written', path.relative(root, out))
}

main()
  .then(() => process.exit(0))
  .catch((error) => {
    console.error(error)
    process.exit(1)
  })
