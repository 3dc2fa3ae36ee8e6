import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import http from 'node:http'
import { gzipSync } from 'node:zlib'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { purgeMicroCache, registerMicroCache } from '@/data/microCacheRegistry'
import { createPortalMicroCache, type PortalMicroCache } from '@/server/portalMicroCache'

const PUBLIC = 'public, max-age=0, s-maxage=60'
let clock = 1_000
let calls: string[] = []
let hold: Promise<void> | null = null
let cache: PortalMicroCache
let base = ''

/** Stands in for Next.js: answers by path, counting calls, writing in several chunks. */
const fakeNext = async (req: IncomingMessage, res: ServerResponse) => {
  const url = req.url ?? '/'
  calls.push(url)
  if (hold) await hold
  const path = url.split('?')[0]
  const body = `<html>${url} #${calls.length}</html>`
  if (path === '/internal') res.setHeader('Cache-Control', 'private, no-store')
  else res.setHeader('Cache-Control', PUBLIC)
  if (path === '/kuki') res.setHeader('Set-Cookie', 'payload-lng=id')
  if (path === '/basi') res.setHeader('x-nextjs-cache', 'STALE')
  if (path === '/gz' && /gzip/.test(String(req.headers['accept-encoding']))) {
    res.writeHead(200, { 'Content-Encoding': 'gzip', 'Content-Type': 'text/html', ETag: '"gz"' })
    const zipped = gzipSync(body)
    res.write(zipped.subarray(0, 10))
    res.end(zipped.subarray(10))
    return
  }
  res.statusCode = path === '/tidak-ada' ? 404 : path === '/galat' ? 500 : path === '/dicabut' ? 410 : 200
  res.setHeader('Content-Type', 'text/html; charset=utf-8')
  res.setHeader('ETag', `"${calls.length}"`)
  res.write(body.slice(0, 6))
  res.end(body.slice(6))
}

const server = http.createServer((req, res) => void cache.handle(req, res, fakeNext))
const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  fetch(`${base}${path}`, { headers, method })

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  cache = createPortalMicroCache({ ttlMs: 10_000, maxBytes: 1024 * 1024, now: () => clock })
  calls = []
  hold = null
})
afterEach(() => cache.close())

describe('portal micro-cache', () => {
  it('answers a repeated anonymous GET from memory with the same status, headers and body', async () => {
    const first = await get('/berita/banjir')
    const firstBody = await first.text()
    const second = await get('/berita/banjir')
    expect(calls).toEqual(['/berita/banjir'])
    expect(first.headers.get('x-warta-cache')).toBe('MISS')
    expect(second.headers.get('x-warta-cache')).toBe('HIT')
    expect(await second.text()).toBe(firstBody)
    expect(second.headers.get('cache-control')).toBe(PUBLIC)
    expect(second.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(second.headers.get('content-length')).toBe(String(Buffer.byteLength(firstBody)))
  })

  it('keeps a retraction notice (410) and keys search queries separately', async () => {
    await get('/dicabut')
    expect((await get('/dicabut')).status).toBe(410)
    await get('/cari?q=banjir')
    await get('/cari?q=pasar')
    await get('/cari?q=banjir')
    expect(calls).toEqual(['/dicabut', '/cari?q=banjir', '/cari?q=pasar'])
  })

  it('always passes staff sessions, previews, client navigations, writes and non-portal paths to Next.js', async () => {
    const bypassing: [string, Record<string, string>, string?][] = [
      ['/berita/a', { cookie: 'payload-token=abc' }],
      ['/berita/a', { cookie: 'theme=dark; __prerender_bypass=1' }],
      ['/berita/a', { rsc: '1' }],
      ['/berita/a', { 'next-router-prefetch': '1' }],
      ['/berita/a?_rsc=x1', {}],
      ['/berita/a', { authorization: 'Bearer x' }],
      ['/berita/a', {}, 'POST'],
      ['/api/news', {}],
      ['/admin', {}],
      ['/_next/static/x.js', {}],
    ]
    for (const [path, headers, method] of bypassing) {
      await get(path, headers, method)
      await get(path, headers, method)
    }
    expect(calls).toHaveLength(bypassing.length * 2)
  })

  it('never stores private, failed, missing, cookie-setting or stale responses', async () => {
    for (const path of ['/internal', '/galat', '/tidak-ada', '/kuki', '/basi']) {
      await get(path)
      const again = await get(path)
      expect(again.headers.get('x-warta-cache'), path).toBe('MISS')
    }
    expect(calls).toHaveLength(10)
  })

  it('is emptied by a purge through the registry and forgets entries after the TTL', async () => {
    registerMicroCache(cache)
    await get('/berita/a')
    purgeMicroCache()
    expect((await get('/berita/a')).headers.get('x-warta-cache')).toBe('MISS')
    expect((await get('/berita/a')).headers.get('x-warta-cache')).toBe('HIT')
    clock += 10_001
    expect((await get('/berita/a')).headers.get('x-warta-cache')).toBe('MISS')
    expect(cache.stats.purges).toBe(1)
  })

  it('does not store a page that was being rendered when a purge came', async () => {
    let release = () => {}
    hold = new Promise<void>((resolve) => (release = resolve))
    const inFlight = get('/berita/a')
    await new Promise((resolve) => setTimeout(resolve, 20))
    cache.purge()
    release()
    await (await inFlight).text()
    hold = null
    expect((await get('/berita/a')).headers.get('x-warta-cache')).toBe('MISS')
  })

  it('stores compressed bodies per Accept-Encoding and answers If-None-Match with 304', async () => {
    const zipped = await get('/gz', { 'accept-encoding': 'gzip' })
    const text = await zipped.text() // fetch inflates
    const hit = await get('/gz', { 'accept-encoding': 'gzip' })
    expect(hit.headers.get('x-warta-cache')).toBe('HIT')
    expect(hit.headers.get('content-encoding')).toBe('gzip')
    expect(await hit.text()).toBe(text)
    expect((await get('/gz', { 'accept-encoding': 'identity' })).headers.get('x-warta-cache')).toBe('MISS')
    const notModified = await get('/gz', { 'accept-encoding': 'gzip', 'if-none-match': '"gz"' })
    expect(notModified.status).toBe(304)
  })

  it('drops expired entries on its own every TTL, not only when they are asked for again (a crawler never asks twice)', async () => {
    cache.close()
    cache = createPortalMicroCache({ ttlMs: 10_000, maxBytes: 1024 * 1024, now: () => clock, pruneEveryMs: 20 })
    for (const path of ['/cari?q=a', '/cari?q=b', '/feed.xml?v=1']) await (await get(path)).text()
    expect(cache.size.entries).toBe(3)
    expect(cache.size.bytes).toBeGreaterThan(3 * 1024)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(cache.size.entries).toBe(3) // not expired yet
    clock += 10_001
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(cache.size).toEqual({ entries: 0, bytes: 0 })
  })

  it('prunes every ttlMs by default; with pruneEveryMs 0 only prune() and reads drop expired entries', async () => {
    cache.close()
    cache = createPortalMicroCache({ ttlMs: 10_000, maxBytes: 1024 * 1024, now: () => clock, pruneEveryMs: 0 })
    await (await get('/cari?q=c')).text()
    clock += 10_001
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(cache.size.entries).toBe(1)
    cache.prune()
    expect(cache.size.entries).toBe(0)
  })
})
