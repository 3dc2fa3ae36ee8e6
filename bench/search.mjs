#!/usr/bin/env node
// Archive search bench: /cari under 20 connections on a seeded archive (default the 10,000-item
// bench database), every request a different query and page so neither the micro-cache nor any
// other cache answers. Reports req/s and latency percentiles (autocannon on the same machine:
// latency ≈ server time). Needs a build and a database:
//   DATABASE_URI=file:./data/admin-10k.db BULK=10000 npx tsx bench/preparePortalDb.ts
//   NEXT_DIST_DIR=.next-bench npm run build
//   npx node bench/search.mjs
// Env: DB (data/admin-10k.db), NEXT_DIST_DIR (.next-bench), BENCH_PORT (3260), CONNECTIONS (20), DURATION (20 s),
// PORTAL_FAST_SEARCH=off (every search through Next's page, as before the server's fast path),
// ARCHIVE_SEARCH_WORKER=off (SQLite ranks on the main thread). Compare interleaved in one session:
// for m in on off on off; do PORTAL_FAST_SEARCH=$m node bench/search.mjs; done
import autocannon from 'autocannon'

import { startBenchServer, treeRssMb } from './benchServer.mjs'

const connections = Number(process.env.CONNECTIONS || 20)
const duration = Number(process.env.DURATION || 20)
const words = ['pasar', 'banjir', 'jalan', 'warga', 'kota', 'sekolah', 'vaksin', 'posyandu', 'umkm', 'festival', 'beasiswa', 'wali', 'dinas', 'kesehatan', 'bantuan', 'perbaikan', 'kegiatan', 'pelatihan', 'air', 'lampu', 'sampah', 'taman', 'pajak', 'anak', 'pemuda', 'lingkungan', 'kelurahan', 'program', 'layanan', 'digital']
let n = 0
const nextPath = () => {
  n++
  const a = words[n % words.length]
  const b = words[(n * 7) % words.length]
  // One-word, two-word and prefix queries; pages 1–3 (an out-of-range page answers 404, counted apart).
  const q = n % 3 === 0 ? a : n % 3 === 1 ? `${a} ${b}` : a.slice(0, 4)
  return `/cari?q=${encodeURIComponent(q)}&halaman=${1 + (n % 3)}&r=${n}`
}

const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT || 3260),
  database: process.env.DB || 'data/admin-10k.db',
  distDir: process.env.NEXT_DIST_DIR || '.next-bench',
})
try {
  for (let i = 0; i < 30; i++) await (await fetch(`${server.base}${nextPath()}`)).text() // warm-up
  const statuses = {}
  // Every response time, for the p95 the bound is stated in (autocannon reports p90 and p97.5).
  const times = []
  const result = await new Promise((resolve, reject) => {
    const run = autocannon(
      {
        url: server.base,
        connections,
        duration,
        requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }), onResponse: (status) => (statuses[status] = (statuses[status] ?? 0) + 1) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    )
    run.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime))
  })
  times.sort((a, b) => a - b)
  const p95 = Math.round(times[Math.ceil(times.length * 0.95) - 1] ?? NaN)
  console.log(
    JSON.stringify(
      {
        connections,
        duration,
        requests: result.requests.total,
        rps: result.requests.average,
        fastSearch: process.env.PORTAL_FAST_SEARCH !== 'off',
        // Whether ranking really ran in the worker thread (a failed worker warns and ranks on the main thread).
        rankingWorker: process.env.ARCHIVE_SEARCH_WORKER === 'off' ? 'off' : server.output().includes('search worker stopped') ? 'FAILED' : 'on',
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p95, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
        statuses,
        errors: result.errors + result.timeouts,
        rssMb: Math.round(treeRssMb(server.pid)),
      },
      null,
      2,
    ),
  )
} finally {
  server.stop()
}
process.exit(0)
