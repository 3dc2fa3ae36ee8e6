#!/usr/bin/env node
// Archive search bench: /cari under 20 connections on a seeded archive (default the 10,000-item
// bench database), every request a different query and page so neither the micro-cache nor any
// other cache answers. Reports req/s and latency percentiles (autocannon on the same machine:
// latency ≈ server time). Needs a build and a database:
//   DATABASE_URI=file:./data/admin-10k.db BULK=10000 npx tsx bench/preparePortalDb.ts
//   NEXT_DIST_DIR=.next-bench npm run build
//   npx node bench/search.mjs
// Env: DB (data/admin-10k.db), NEXT_DIST_DIR (.next-bench), BENCH_PORT (3260), CONNECTIONS (20), DURATION (20 s).
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
  const result = await new Promise((resolve, reject) =>
    autocannon(
      {
        url: server.base,
        connections,
        duration,
        requests: [{ setupRequest: (req) => ({ ...req, path: nextPath() }), onResponse: (status) => (statuses[status] = (statuses[status] ?? 0) + 1) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    ),
  )
  console.log(
    JSON.stringify(
      {
        connections,
        duration,
        requests: result.requests.total,
        rps: result.requests.average,
        latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p97_5: result.latency.p97_5, p99: result.latency.p99, max: result.latency.max },
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
