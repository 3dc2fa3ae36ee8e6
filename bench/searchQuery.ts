/**
 * Archive search server time: the portal's search query (`portalQueries.search`: the FTS5 or
 * MongoDB text query, ranking, highlighting, and the page's list fields: read with the hits on SQLite, by the public `payload.find` on MongoDB) on a
 * seeded archive, 1 and CONCURRENCY calls in flight, each call a different query and page (the
 * same mix as bench/search.mjs). Page rendering and HTTP are left out: bench/search.mjs measures
 * the whole `/cari` request.
 *
 *   DATABASE_URI=file:./data/admin-10k.db BULK=10000 npx tsx bench/preparePortalDb.ts   # once
 *   DATABASE_URI=file:./data/admin-10k.db npx tsx bench/searchQuery.ts
 *
 * Env: CONCURRENCY (20), SECONDS (15 per run).
 */
import { applyBenchDatabaseEnv } from './localApiEnv'

const uri = applyBenchDatabaseEnv()
const concurrency = Number(process.env.CONCURRENCY ?? 20)
const seconds = Number(process.env.SECONDS ?? 15)

const WORDS = ['pasar', 'banjir', 'jalan', 'warga', 'kota', 'sekolah', 'vaksin', 'posyandu', 'umkm', 'festival', 'beasiswa', 'wali', 'dinas', 'kesehatan', 'bantuan', 'perbaikan', 'kegiatan', 'pelatihan', 'air', 'lampu', 'sampah', 'taman', 'pajak', 'anak', 'pemuda', 'lingkungan', 'kelurahan', 'program', 'layanan', 'digital']
let n = 0
/** One-word, two-word and prefix queries on pages 1–3, as bench/search.mjs asks them. */
const nextQuery = (): { q: string; page: number } => {
  n++
  const a = WORDS[n % WORDS.length]!
  const b = WORDS[(n * 7) % WORDS.length]!
  return { q: n % 3 === 0 ? a : n % 3 === 1 ? `${a} ${b}` : a.slice(0, 4), page: 1 + (n % 3) }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { portalQueries } = await import('../src/data/portalQueries')
  const payload = await getPayload({ config })
  const total = await payload.count({ collection: 'news', where: { workflowState: { equals: 'published' } } })
  for (let i = 0; i < 30; i++) {
    const { q, page } = nextQuery()
    await portalQueries.search(payload, q, page)
  }
  const run = async (inFlight: number) => {
    const times: number[] = []
    const until = performance.now() + seconds * 1000
    await Promise.all(
      Array.from({ length: inFlight }, async () => {
        while (performance.now() < until) {
          const { q, page } = nextQuery()
          const started = performance.now()
          await portalQueries.search(payload, q, page)
          times.push(performance.now() - started)
        }
      }),
    )
    times.sort((a, b) => a - b)
    const fixed = (value: number) => Number(value.toFixed(1))
    return { inFlight, calls: times.length, perSecond: fixed(times.length / seconds), p50: fixed(percentile(times, 50)), p95: fixed(percentile(times, 95)), p99: fixed(percentile(times, 99)) }
  }
  console.log(JSON.stringify({ database: uri, published: total.totalDocs, engine: payload.db.name, runs: [await run(1), await run(concurrency)] }, null, 2))
  await payload.destroy()
  process.exit(0)
}

void main()
