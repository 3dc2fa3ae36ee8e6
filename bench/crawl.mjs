#!/usr/bin/env node
// Crawler bench (bounded memory): DISTINCT distinct URLs — unknown /berita/<slug> (404), /cari
// searches, list pages of the home, categories and OPDs (`?halaman=`), and feeds with distinct
// query strings (bench/crawlUrls.mjs) — against the production server started with
// --max-old-space-size=512. Samples the server's RSS every second and reports it over the crawl
// (every 10 %): it must plateau (≤ 600 MB) and the server must survive.
//   npx node bench/crawl.mjs     (needs a build in NEXT_DIST_DIR and a database, see search.mjs)
// Env: DB (data/admin-10k.db), NEXT_DIST_DIR (.next-bench), BENCH_PORT (3261), DISTINCT (50000),
// CONNECTIONS (16), HEAP_MB (512), SERVER_ENV (extra server env, e.g. "NEXT_CACHE_MAX_MB=32"),
// SNAPSHOTS_AT (e.g. "2000,50000": heap snapshots of the server after that many URLs, written to
// SNAPSHOT_DIR, default reports/heap; compare two with bench/heapDiff.mjs), RESULT (a JSON file).
import fs from 'node:fs'
import path from 'node:path'

import { root, sleep, startBenchServer, treeRssMb } from './benchServer.mjs'
import { crawlUrl } from './crawlUrls.mjs'

const total = Number(process.env.DISTINCT || 50_000)
const connections = Number(process.env.CONNECTIONS || 16)
const heapMb = Number(process.env.HEAP_MB || 512)
const snapshotsAt = (process.env.SNAPSHOTS_AT || '').split(',').filter(Boolean).map(Number).filter((n) => n > 0 && n <= total).sort((a, b) => a - b)
const snapshotDir = path.resolve(root, process.env.SNAPSHOT_DIR || 'reports/heap')
const serverEnv = Object.fromEntries((process.env.SERVER_ENV || '').split(/\s+/).filter(Boolean).map((pair) => pair.split('=')))
const nodeOptions = [`--max-old-space-size=${heapMb}`]
if (snapshotsAt.length) {
  fs.mkdirSync(snapshotDir, { recursive: true })
  nodeOptions.push('--heapsnapshot-signal=SIGUSR2', `--diagnostic-dir=${snapshotDir}`)
}
const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT || 3261),
  database: process.env.DB || 'data/admin-10k.db',
  distDir: process.env.NEXT_DIST_DIR || '.next-bench',
  nodeOptions: nodeOptions.join(' '),
  env: serverEnv,
})
const run = Date.now().toString(36)

/** Writes a heap snapshot of the idle server (V8 collects garbage first) and returns its path. */
const snapshot = async (label) => {
  const before = new Set(fs.readdirSync(snapshotDir))
  // Let the micro-cache's TTL pass (and its pruning run), as a crawler's pause would.
  await sleep(Number(process.env.SNAPSHOT_WAIT_MS || 11_000))
  process.kill(server.pid, 'SIGUSR2')
  const deadline = Date.now() + 300_000
  for (;;) {
    const file = fs.readdirSync(snapshotDir).find((name) => !before.has(name) && name.endsWith('.heapsnapshot'))
    // The snapshot is written on the main thread: once the server answers again, it is complete.
    if (file && (await fetch(`${server.base}/robots.txt`).then((res) => res.ok).catch(() => false))) {
      const target = path.join(snapshotDir, `crawl-${label}.heapsnapshot`)
      fs.renameSync(path.join(snapshotDir, file), target)
      console.log(`[crawl] heap snapshot after ${label} URLs: ${path.relative(root, target)} (RSS ${treeRssMb(server.pid).toFixed(0)} MB)`)
      return target
    }
    if (Date.now() > deadline || server.exited()) throw new Error('no heap snapshot')
    await sleep(500)
  }
}

const statuses = {}
const samples = []
const snapshots = []
let done = 0
let failed = 0
const started = Date.now()
const seconds = () => Math.round((Date.now() - started) / 1000)
const sampler = setInterval(() => samples.push({ at: done, s: seconds(), rssMb: treeRssMb(server.pid) }), 1000)
const startRss = treeRssMb(server.pid)
const timeline = [{ urls: 0, s: 0, rssMb: Math.round(startRss) }]
let next = 0
const crawlUntil = async (end) => {
  const worker = async () => {
    while (next < end && !server.exited()) {
      const i = next++
      try {
        const res = await fetch(`${server.base}${crawlUrl(i, { run })}`, { signal: AbortSignal.timeout(30_000) })
        await res.arrayBuffer()
        statuses[res.status] = (statuses[res.status] ?? 0) + 1
      } catch {
        failed++
      }
      done++
      if (done % Math.max(1, Math.round(total / 10)) === 0) {
        timeline.push({ urls: done, s: seconds(), rssMb: Math.round(treeRssMb(server.pid)) })
        console.log(`[crawl] ${done}/${total} in ${seconds()} s, RSS ${timeline.at(-1).rssMb} MB`)
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, worker))
}
for (const at of snapshotsAt) {
  await crawlUntil(at)
  if (server.exited()) break
  snapshots.push(await snapshot(at))
}
await crawlUntil(total)
clearInterval(sampler)
const alive = !server.exited()
const afterRss = treeRssMb(server.pid)
const byDecile = Array.from({ length: 10 }, (_, d) => {
  const inDecile = samples.filter((s) => s.at <= ((d + 1) * total) / 10 && s.at > (d * total) / 10)
  return Math.round(Math.max(0, ...inDecile.map((s) => s.rssMb)))
})
const result = {
  date: new Date().toISOString(),
  distinctUrls: total,
  connections,
  heapMb,
  serverEnv,
  seconds: seconds(),
  alive,
  exit: server.exited(),
  statuses,
  failed,
  rssMb: { start: Math.round(startRss), peak: Math.round(Math.max(...samples.map((s) => s.rssMb))), end: Math.round(afterRss), peakPerTenth: byDecile },
  timeline,
  snapshots: snapshots.map((file) => path.relative(root, file)),
}
console.log(JSON.stringify(result, null, 2))
if (process.env.RESULT) fs.writeFileSync(path.resolve(root, process.env.RESULT), `${JSON.stringify(result, null, 2)}\n`)
if (!alive) console.log(server.output().slice(-3000))
server.stop()
process.exit(alive ? 0 : 1)
