#!/usr/bin/env node
// Crawler bench (bounded memory): DISTINCT distinct URLs — unknown /berita/<slug> (404), /cari
// searches, list pages of the home, categories and OPDs, and feeds with distinct query strings —
// against the production server started with --max-old-space-size=512. Samples the server's RSS
// and reports it per 10 % of the crawl: it must plateau (≤ 600 MB) and the server must survive.
//   npx node bench/crawl.mjs     (needs a build in NEXT_DIST_DIR and the bench database, see search.mjs)
// Env: DB (data/admin-10k.db), NEXT_DIST_DIR (.next-bench), BENCH_PORT (3261), DISTINCT (50000),
// CONNECTIONS (16), HEAP_MB (512).
import { startBenchServer, treeRssMb } from './benchServer.mjs'

const total = Number(process.env.DISTINCT || 50_000)
const connections = Number(process.env.CONNECTIONS || 16)
const server = await startBenchServer({
  port: Number(process.env.BENCH_PORT || 3261),
  database: process.env.DB || 'data/admin-10k.db',
  distDir: process.env.NEXT_DIST_DIR || '.next-bench',
  nodeOptions: `--max-old-space-size=${Number(process.env.HEAP_MB || 512)}`,
})
const categories = ['ekonomi-dan-umkm', 'infrastruktur', 'kebencanaan', 'kesehatan', 'pendidikan', 'pemerintahan']
const units = ['badan-penanggulangan-bencana-daerah', 'bagian-hubungan-masyarakat-sekretariat-daerah', 'dinas-kependudukan-dan-pencatatan-sipil']
const feeds = ['/feed.xml', '/atom.xml', '/feed.json']
const words = ['pasar', 'banjir', 'jalan', 'warga', 'kota', 'sekolah', 'vaksin', 'posyandu', 'umkm', 'festival', 'taman', 'pajak']
const random = () => Math.random().toString(36).slice(2, 10)
const urlFor = (i) => {
  switch (i % 6) {
    case 0:
    case 1:
      return `/berita/tidak-ada-${i}-${random()}`
    case 2:
      return `/cari?q=${words[i % words.length]}+${random()}`
    case 3:
      return `/?halaman=${1 + (i % 900)}&utm=${i}`
    case 4:
      return i % 12 < 6 ? `/kategori/${categories[i % categories.length]}?halaman=${1 + (i % 200)}&r=${i}` : `/opd/${units[i % units.length]}?halaman=${1 + (i % 200)}&r=${i}`
    default:
      return `${feeds[i % feeds.length]}?v=${i}`
  }
}

const statuses = {}
const samples = []
let done = 0
let failed = 0
const started = Date.now()
const sampler = setInterval(() => samples.push({ at: done, rssMb: treeRssMb(server.pid) }), 1000)
const startRss = treeRssMb(server.pid)
let next = 0
const worker = async () => {
  while (next < total && !server.exited()) {
    const i = next++
    try {
      const res = await fetch(`${server.base}${urlFor(i)}`, { signal: AbortSignal.timeout(30_000) })
      await res.arrayBuffer()
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
    } catch {
      failed++
    }
    done++
    if (done % 5000 === 0) console.log(`[crawl] ${done}/${total} in ${((Date.now() - started) / 1000).toFixed(0)} s, RSS ${treeRssMb(server.pid).toFixed(0)} MB`)
  }
}
await Promise.all(Array.from({ length: connections }, worker))
clearInterval(sampler)
const alive = !server.exited()
const afterRss = treeRssMb(server.pid)
const byDecile = Array.from({ length: 10 }, (_, d) => {
  const upTo = ((d + 1) * total) / 10
  const inDecile = samples.filter((s) => s.at <= upTo && s.at > (d * total) / 10)
  return Math.round(Math.max(0, ...inDecile.map((s) => s.rssMb)))
})
console.log(
  JSON.stringify(
    {
      distinctUrls: total,
      seconds: Math.round((Date.now() - started) / 1000),
      alive,
      exit: server.exited(),
      statuses,
      failed,
      rssMb: { start: Math.round(startRss), peak: Math.round(Math.max(...samples.map((s) => s.rssMb))), end: Math.round(afterRss), peakPerTenth: byDecile },
    },
    null,
    2,
  ),
)
if (!alive) console.log(server.output().slice(-3000))
server.stop()
process.exit(alive ? 0 : 1)
