import autocannon from 'autocannon'
import fs from 'node:fs'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { crawlUrl } from '../../bench/crawlUrls.mjs'
import { startS3Server, type TestS3Server } from '../helpers/s3Server'
import { ensureBuild, freshData, MEDIA_DIR, PORT_BASE, type Proc, sharedEnv, startRedis, startWeb, startWorker, stopAll, waitFor } from './cluster'
import { approvedItem, type Item, type Newsroom, setUpNewsroom, transition } from './portalApi'

/**
 * Two web instances (A, B) and one worker on one SQLite file, sharing Redis and an S3-compatible
 * media store (s3rver on loopback, run by this test). Everything is measured from the moment the
 * editor's request through A returned.
 */
let s3: TestS3Server
const S3_PREFIX = 'armada/media'
let a: Proc & { url: string }
let b: Proc & { url: string }
let worker: Proc
let room: Newsroom
/** A third instance as a single server runs it (no Redis), with a memory probe (tests/fleet/memoryProbe.mjs). */
let crawled: Proc & { url: string }
const PROBE_PORT = PORT_BASE + 9
let counter = 0

const unique = () => `armada${Date.now().toString(36)}${(counter++).toString(36)}`

const get = async (url: string) => {
  const res = await fetch(url, { redirect: 'manual' })
  return { status: res.status, text: await res.text() }
}

/** The public pages an item must appear on, and how to recognise it there. */
const pagesFor = (base: string, item: Item, word: string) => [
  { name: 'home', url: `${base}/`, has: item.title },
  { name: 'article', url: `${base}/berita/${item.slug}`, has: item.title },
  { name: 'category', url: `${base}/kategori/${room.category.slug}`, has: item.title },
  { name: 'rss', url: `${base}/feed.xml`, has: item.title },
  { name: 'json feed', url: `${base}/feed.json`, has: item.title },
  { name: 'sitemap', url: `${base}/sitemap.xml`, has: `/berita/${item.slug}` },
  // Search results mark the matched words inside the title: recognise the hit by its link.
  { name: 'search', url: `${base}/cari?q=${word}`, has: `/berita/${item.slug}` },
]

/**
 * Milliseconds from `since` until every page shows the item (polling every 20 ms, up to 10 s).
 * For changes nobody waits for (a job due at a time): what a visitor sees some time later.
 */
const visibleAfter = async (pages: ReturnType<typeof pagesFor>, since: number): Promise<number> => {
  const times = await Promise.all(
    pages.map(async (page) => {
      const deadline = since + 10_000
      while (Date.now() < deadline) {
        const { status, text } = await get(page.url)
        if (status === 200 && text.includes(page.has)) return Date.now() - since
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error(`${page.name} (${page.url}) never showed the item`)
    }),
  )
  return Math.max(...times)
}

/**
 * The first request to each page after the editor's request returned (all pages at once): the
 * pages that did not show the item yet, and when the slowest answer arrived (ms after `since`).
 * Every instance acknowledged the change before the editor's request returned, so nothing may be
 * stale here — whatever the machine's speed; the time only measures rendering on a cold cache.
 */
const firstRequests = async (pages: ReturnType<typeof pagesFor>, since: number): Promise<{ stale: string[]; ms: number }> => {
  const answers = await Promise.all(
    pages.map(async (page) => {
      const { status, text } = await get(page.url)
      return { page, shows: status === 200 && text.includes(page.has), at: Date.now() - since }
    }),
  )
  return { stale: answers.filter((answer) => !answer.shows).map((answer) => answer.page.name), ms: Math.max(...answers.map((answer) => answer.at)) }
}

/**
 * Upper bound for "published → served by B" (rendering on a cold cache included). The issue's
 * target is 1 s on production hardware; on the CI machine three Next servers, the worker, the
 * load generator and the test share two cores, so the default is 3 s (FLEET_VISIBLE_MS). The
 * freshness itself is asserted strictly: the first request after the publish shows the item.
 */
const VISIBLE_MS = Number(process.env.FLEET_VISIBLE_MS) || 3000

/**
 * The target for the quiet case (no load generator): p95 of 20 publishes within 1 s of
 * the editor's request returning, cold-cache rendering included (CI measured p95 364 ms).
 */
const FRESH_MS = Number(process.env.FLEET_FRESH_MS) || 1000

const publishThrough = async (base: string, title: string): Promise<{ item: Item; returnedAt: number }> => {
  const item = await approvedItem(base, room, title)
  await transition(base, room.verifier, item.id, { action: 'publish' })
  return { item, returnedAt: Date.now() }
}

const p95 = (values: number[]) => [...values].sort((x, y) => x - y)[Math.ceil(values.length * 0.95) - 1]

beforeAll(async () => {
  await ensureBuild()
  freshData()
  s3 = await startS3Server({ prefix: S3_PREFIX })
  Object.assign(sharedEnv, s3.env)
  await startRedis()
  a = await startWeb(0)
  ;[b, worker, crawled] = await Promise.all([
    startWeb(1),
    startWorker(),
    // NEXT_CACHE_MAX_MB=4: the bound the crawl test relies on, whatever fills the cache.
    startWeb(2, { REDIS_URL: '', MEMORY_PROBE_PORT: String(PROBE_PORT), PORTAL_MICROCACHE_TTL_MS: '1000', NEXT_CACHE_MAX_MB: '4' }, [
      '--expose-gc',
      '--import',
      './tests/fleet/memoryProbe.mjs',
    ]),
  ])
  room = await setUpNewsroom(a.url)
}, 240_000)

afterAll(async () => {
  await stopAll()
  await s3?.stop()
})

/** Heap plus array buffers (response bodies) in use after full GCs, in bytes. */
const memoryInUse = async (): Promise<number> => {
  const usage = (await (await fetch(`http://127.0.0.1:${PROBE_PORT}/`)).json()) as { heapUsed: number; arrayBuffers: number }
  return usage.heapUsed + usage.arrayBuffers
}

/** Requests `count` distinct crawler URLs (bench/crawlUrls.mjs) over 8 connections; answers the statuses seen. */
const crawl = async (base: string, run: string, count: number): Promise<Record<number, number>> => {
  const statuses: Record<number, number> = {}
  let next = 0
  const worker = async () => {
    while (next < count) {
      const res = await fetch(`${base}${crawlUrl(next++, { run, categories: [room.category.slug] })}`)
      await res.arrayBuffer()
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: 8 }, worker))
  return statuses
}

describe('a crawler of distinct URLs', () => {
  it('leaves nothing per URL behind: 1,000 distinct 404s, searches, list pages and feeds grow the heap by < 8 MB', async () => {
    const started = Date.now()
    await crawl(crawled.url, 'pemanasan', 200) // code paths compiled, fixed-size caches filled
    await new Promise((resolve) => setTimeout(resolve, 1200)) // micro-cache TTL (1 s) passed
    const before = await memoryInUse()
    const statuses = await crawl(crawled.url, 'jelajah', 1000)
    await new Promise((resolve) => setTimeout(resolve, 1200))
    const growth = (await memoryInUse()) - before
    console.log(`[fleet] crawl of 1,000 distinct URLs (statuses ${JSON.stringify(statuses)}): heap + buffers after GC grew ${(growth / 1024 / 1024).toFixed(1)} MB, ${Date.now() - started} ms`)
    expect(statuses[500] ?? 0).toBe(0)
    expect(statuses[404]).toBeGreaterThan(300)
    expect(growth).toBeLessThan(8 * 1024 * 1024)
  }, 120_000)
})

describe('fleet: two web instances and a worker sharing Redis', () => {
  it('an item published through A is on B’s home, article, category, feeds, sitemap and search at the first request (20 publishes)', async () => {
    const delays: number[] = []
    const stale: string[] = []
    for (let i = 0; i < 20; i++) {
      const word = unique()
      // B has every page cached (micro-cache and Next's cache) before the publish.
      await Promise.all(pagesFor(b.url, { id: 0, slug: 'x', title: 'x' }, word).map((page) => get(page.url)))
      const { item, returnedAt } = await publishThrough(a.url, `Kabar ${word} terbit`)
      const first = await firstRequests(pagesFor(b.url, item, word), returnedAt)
      stale.push(...first.stale.map((name) => `#${i} ${name}`))
      delays.push(first.ms)
    }
    const sorted = [...delays].sort((x, y) => x - y)
    console.log(`[fleet] publish → served fresh by B: p50 ${sorted[Math.ceil(sorted.length / 2) - 1]} ms, p95 ${p95(delays)} ms, max ${sorted.at(-1)} ms`)
    expect(stale).toEqual([])
    expect(p95(delays)).toBeLessThanOrEqual(FRESH_MS)
    // B searched in the production build: its ranking worker ran (a failed one warns once and ranks on
    // the main thread, which these answers alone would not show). So did the crawled instance, whose
    // server runs with extra preloads (the memory probe) the worker must not inherit.
    for (const web of [b, crawled]) expect(web.output.filter((line) => line.includes('search worker')), web.name).toEqual([])
  }, 180_000)

  it('a retraction through A is a 410 on B at its first request', async () => {
    const word = unique()
    const { item } = await publishThrough(a.url, `Kabar ${word} dicabut`)
    await visibleAfter(pagesFor(b.url, item, word).slice(1, 2), Date.now())
    expect((await get(`${b.url}/berita/${item.slug}`)).status).toBe(200)
    await transition(a.url, room.verifier, item.id, { action: 'retract', reason: 'Data dalam berita keliru.' })
    const first = await get(`${b.url}/berita/${item.slug}`)
    expect(first.status).toBe(410)
    expect((await get(`${a.url}/berita/${item.slug}`)).status).toBe(410)
  }, 60_000)

  it('a scheduled item published by the worker appears on A and B', async () => {
    const word = unique()
    const item = await approvedItem(a.url, room, `Kabar ${word} terjadwal`)
    const mark = worker.output.length
    const publishAt = Date.now() + 3000
    await transition(a.url, room.verifier, item.id, { action: 'schedule', publishAt: new Date(publishAt).toISOString() })
    for (const base of [a.url, b.url]) expect((await get(`${base}/berita/${item.slug}`)).status).toBe(404)
    await waitFor(async () => worker.output.slice(mark).some((line) => /running \d+ job/.test(line)), 15_000, 'the worker to run the job')
    const delays = await Promise.all([a.url, b.url].map((base) => visibleAfter(pagesFor(base, item, word).slice(0, 2), publishAt)))
    console.log(`[fleet] scheduled item served by A and B ${Math.max(...delays)} ms after its publishAt`)
    // Due at publishAt; the worker polls every 250 ms (and does not wait for a slow job of an
    // earlier batch); then the purge reaches both instances and they render on a cold cache.
    expect(Math.max(...delays)).toBeLessThan(VISIBLE_MS)
  }, 60_000)

  it('under load on B while publishing through A: no 5xx, and B’s first answer after each publish shows it', async () => {
    const statuses = new Map<number, number>()
    const load = autocannon({
      url: b.url,
      connections: 8,
      duration: Number(process.env.FLEET_LOAD_SECONDS) || 20,
      requests: [{ path: '/' }, { path: '/feed.xml' }, { path: `/kategori/${room.category.slug}` }, { path: '/sitemap.xml' }],
    })
    load.on('response', (_client: unknown, status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1))
    const delays: number[] = []
    const stale: string[] = []
    const started = Date.now()
    const loadMs = (Number(process.env.FLEET_LOAD_SECONDS) || 20) * 1000
    while (Date.now() - started < loadMs - 4000) {
      const word = unique()
      const { item, returnedAt } = await publishThrough(a.url, `Kabar ${word} beban`)
      const first = await firstRequests(pagesFor(b.url, item, word).slice(0, 4), returnedAt)
      stale.push(...first.stale.map((name) => `#${delays.length} ${name}`))
      delays.push(first.ms)
    }
    const result = await load
    const serverErrors = [...statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0)
    console.log(`[fleet] load on B: ${result.requests.average} req/s, p99 ${result.latency.p99} ms, statuses ${JSON.stringify(Object.fromEntries(statuses))}; ${delays.length} publishes, first answers p95 ${p95(delays)} ms, max ${Math.max(...delays)} ms`)
    expect(serverErrors).toBe(0)
    expect(result.errors).toBe(0)
    expect(delays.length).toBeGreaterThan(0)
    expect(stale).toEqual([])
    expect(p95(delays)).toBeLessThanOrEqual(VISIBLE_MS)
  }, 120_000)

  it('a photo uploaded through A is stored in the shared bucket (not on A’s disk) and served by B with its derivatives', async () => {
    const jpeg = await sharp({ create: { width: 1400, height: 900, channels: 3, background: { r: 30, g: 110, b: 160 } } }).jpeg().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), `armada-${unique()}.jpg`)
    form.append('_payload', JSON.stringify({ alt: 'Foto uji armada' }))
    const upload = await fetch(`${a.url}/api/media`, { method: 'POST', body: form, headers: { Authorization: `JWT ${room.writer}` } })
    const body = (await upload.json()) as { doc: { filename: string; sizes: Record<string, { filename?: string | null }> } }
    expect(upload.status, JSON.stringify(body).slice(0, 300)).toBe(201)
    const { filename, sizes } = body.doc
    const derivatives = Object.values(sizes).flatMap((size) => (size.filename ? [size.filename] : []))
    expect(derivatives.length).toBeGreaterThan(0)
    expect(await s3.keys(`${S3_PREFIX}/`)).toEqual(expect.arrayContaining([filename, ...derivatives].map((name) => `${S3_PREFIX}/${name}`)))
    expect(fs.existsSync(MEDIA_DIR) ? fs.readdirSync(MEDIA_DIR) : []).toEqual([])
    const original = await fetch(`${b.url}/api/media/file/${filename}`)
    expect(original.status).toBe(200)
    expect(Buffer.from(await original.arrayBuffer()).equals(jpeg)).toBe(true)
    for (const name of derivatives) expect((await fetch(`${b.url}/api/media/file/${name}`)).status, name).toBe(200)
  }, 60_000)

  it('SIGKILL of A loses nothing it confirmed, and B keeps publishing', async () => {
    const word = unique()
    const { item } = await publishThrough(a.url, `Kabar ${word} sebelum mati`)
    a.child.kill('SIGKILL')
    await a.exited
    await visibleAfter(pagesFor(b.url, item, word).slice(0, 2), Date.now())
    const next = unique()
    const { item: later, returnedAt } = await publishThrough(b.url, `Kabar ${next} setelah mati`)
    const first = await firstRequests(pagesFor(b.url, later, next), returnedAt)
    expect(first.stale).toEqual([])
    expect(first.ms).toBeLessThanOrEqual(VISIBLE_MS)
    const health = await fetch(`${b.url}/api/health`)
    expect(health.status).toBe(200)
  }, 60_000)
})
