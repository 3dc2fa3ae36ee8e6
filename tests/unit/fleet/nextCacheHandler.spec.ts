import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { registerFleet, type Fleet } from '@/cache/fleetRegistry'

type Handler = {
  get: (key: string, ctx: unknown) => Promise<unknown>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>
}
type HandlerClass = new (ctx: unknown) => Handler

const load = async (): Promise<HandlerClass> =>
  ((await import('../../../src/cache/nextCacheHandler.mjs' as string)) as { default: HandlerClass }).default

// The same module instances Next's server uses (the handler requires them the same way).
const require = createRequire(import.meta.url)
const FileSystemCache = (require('next/dist/server/lib/incremental-cache/file-system-cache.js') as { default: { memoryCache?: unknown } }).default
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js') as {
  SharedCacheControls: { cacheControls: Map<string, unknown> }
}
const cacheControls = SharedCacheControls.cacheControls

/** A fresh handler whose memory store (static, made by the first handler) has NEXT_CACHE_MAX_MB = `mb`. */
const freshHandler = async (mb?: string) => {
  FileSystemCache.memoryCache = undefined
  const previous = process.env.NEXT_CACHE_MAX_MB
  if (mb === undefined) delete process.env.NEXT_CACHE_MAX_MB
  else process.env.NEXT_CACHE_MAX_MB = mb
  try {
    return new (await load())(nextContext())
  } finally {
    if (previous === undefined) delete process.env.NEXT_CACHE_MAX_MB
    else process.env.NEXT_CACHE_MAX_MB = previous
  }
}

const ROUTE_KEY = (path: string) => `/_route-cache/app-page/abc/$${path}`
const page = (status: number, html = '<html>halaman</html>') => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status })
const pageCtx = { kind: 'APP_PAGE', isFallback: false }
const fetchEntry = (body: string) => ({ kind: 'FETCH', data: { headers: {}, body, status: 200, url: '' }, revalidate: 31536000 })
/** As IncrementalCache.set does: the lifetime goes into Next's map first, then the handler stores. */
const storePage = async (handler: Handler, key: string, data: unknown) => {
  cacheControls.set(key, { revalidate: false, expire: undefined })
  await handler.set(key, data, { cacheControl: { revalidate: false } })
}

// What Next passes to a custom cache handler (next-server.js getIncrementalCache).
const nextContext = () => ({
  dev: false,
  fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
  flushToDisk: false,
  serverDistDir: fs.mkdtempSync(path.join(os.tmpdir(), 'warta-cache-handler-')),
  revalidatedTags: [],
  maxMemoryCacheSize: 10 * 1024 * 1024,
  _requestHeaders: {},
})

afterEach(() => {
  registerFleet(null)
  cacheControls.clear()
})

describe('nextCacheHandler.mjs (the cacheHandler Next loads at run time)', () => {
  it('without the fleet delegates to Next’s own cache: a fetch entry round-trips and its tag expires it', async () => {
    const Handler = await load()
    const handler = new Handler(nextContext())
    const data = { kind: 'FETCH', data: { headers: {}, body: 'e30=', status: 200, url: '' }, revalidate: false, tags: ['uji-lokal'] }
    await handler.set('kunci-lokal', data, { fetchCache: true, tags: ['uji-lokal'] })
    expect(await handler.get('kunci-lokal', { kind: 'FETCH', tags: ['uji-lokal'] })).toMatchObject({ value: { kind: 'FETCH' } })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag(['uji-lokal'])
    expect(await handler.get('kunci-lokal', { kind: 'FETCH', tags: ['uji-lokal'] })).toBeNull()
  })

  it('with the fleet registered uses the shared cache', async () => {
    const calls: string[] = []
    registerFleet({
      nextCache: {
        get: async (key: string) => (calls.push(`get ${key}`), { value: 'bersama' }),
        set: async (key: string) => void calls.push(`set ${key}`),
        revalidateTag: async (tags: string[]) => void calls.push(`tags ${String(tags)}`),
      },
    } as unknown as Fleet)
    const Handler = await load()
    const handler = new Handler(nextContext())
    await handler.set('k', { kind: 'FETCH' }, {})
    expect(await handler.get('k', {})).toEqual({ value: 'bersama' })
    await handler.revalidateTag(['news-lists'])
    expect(calls).toEqual(['set k', 'get k', 'tags news-lists'])
  })

  it('keeps no 404 page and no null lookup, and forgets Next’s remembered lifetime of such a path', async () => {
    const handler = await freshHandler()
    const missing = ROUTE_KEY('/berita/tidak-ada-1')
    await storePage(handler, missing, page(404))
    expect(cacheControls.has(missing)).toBe(false)
    expect(await handler.get(missing, pageCtx)).toBeNull()

    const found = ROUTE_KEY('/berita/ada')
    await storePage(handler, found, page(200))
    expect(cacheControls.has(found)).toBe(true)
    expect(await handler.get(found, pageCtx)).toMatchObject({ value: { status: 200 } })
    // The page became a 404 (unpublished): the old 200 must not stay behind.
    await storePage(handler, found, page(404))
    expect(await handler.get(found, pageCtx)).toBeNull()
    expect(cacheControls.has(found)).toBe(false)

    // unstable_cache of an unknown slug's lookup stores the JSON `null`.
    await handler.set('artikel-tidak-ada', fetchEntry('null'), { fetchCache: true, tags: [] })
    expect(await handler.get('artikel-tidak-ada', { kind: 'FETCH', tags: [] })).toBeNull()
    await handler.set('artikel-ada', fetchEntry('{"judul":"Ada"}'), { fetchCache: true, tags: [] })
    expect(await handler.get('artikel-ada', { kind: 'FETCH', tags: [] })).toMatchObject({ value: { kind: 'FETCH' } })
  })

  it('bounds its memory store by NEXT_CACHE_MAX_MB, evicting least recently used entries with their remembered lifetimes', async () => {
    const handler = await freshHandler('0.05') // 52,428 bytes
    const html = 'x'.repeat(10_000)
    const keys = Array.from({ length: 12 }, (_, i) => ROUTE_KEY(`/kategori/k${i}`))
    for (const key of keys) await storePage(handler, key, page(200, html))
    const kept = []
    for (const key of keys) if (await handler.get(key, pageCtx)) kept.push(key)
    // ~10 KB each: five fit, the oldest seven were evicted and Next forgot their lifetimes.
    expect(kept).toEqual(keys.slice(-5))
    expect(keys.filter((key) => cacheControls.has(key))).toEqual(keys.slice(-5))
  })

  it('defaults to 16 MB; NEXT_CACHE_MAX_MB must be a positive number', async () => {
    const { maxCacheBytes } = (await import('../../../src/cache/nextCacheHandler.mjs' as string)) as { maxCacheBytes: (value?: string) => number }
    expect(maxCacheBytes(undefined)).toBe(16 * 1024 * 1024)
    expect(maxCacheBytes('')).toBe(16 * 1024 * 1024)
    expect(maxCacheBytes('-1')).toBe(16 * 1024 * 1024)
    expect(maxCacheBytes('abc')).toBe(16 * 1024 * 1024)
    expect(maxCacheBytes('32')).toBe(32 * 1024 * 1024)
  })

  it('with the fleet, a 404 page or null lookup deletes the shared key instead of storing it', async () => {
    const calls: string[] = []
    registerFleet({
      nextCache: {
        get: async () => null,
        set: async (key: string, data: unknown) => void calls.push(`set ${key} ${data === null ? 'null' : 'data'}`),
        revalidateTag: async () => undefined,
      },
    } as unknown as Fleet)
    const handler = new (await load())(nextContext())
    await storePage(handler, ROUTE_KEY('/berita/x'), page(404))
    await handler.set('k', fetchEntry('null'), { fetchCache: true })
    await handler.set('k2', fetchEntry('[]'), { fetchCache: true })
    expect(calls).toEqual([`set ${ROUTE_KEY('/berita/x')} null`, 'set k null', 'set k2 data'])
    expect(cacheControls.has(ROUTE_KEY('/berita/x'))).toBe(false)
  })
})
