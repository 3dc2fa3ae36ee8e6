import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import type { ArchiveSearchFunction } from '@/data/archiveSearchRegistry'
import type { Paginated, SearchResult } from '@/data/portalQueries'
import { createSearchFastPath } from '@/server/searchFastPath'
import type { SearchShell, SearchShellCache } from '@/server/searchPageShell'

const SHELL: SearchShell = {
  before: ['<!DOCTYPE html><html><head><title>Pencarian: ', ' — Warta Kota</title></head><body><main>'],
  after: ['</main></body></html>'],
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=0, s-maxage=60', vary: 'rsc, Accept-Encoding' },
}

const hit = (id: number, title: string): SearchResult =>
  ({
    id,
    title,
    slug: `berita-${id}`,
    publishedAt: '2026-11-15T04:10:05.999Z',
    firstPublishedAt: null,
    unit: { id: 1, shortName: 'Dinkes', slug: 'dinkes' },
    category: { id: 2, name: 'Kesehatan', slug: 'kesehatan' },
    highlight: { title: [{ text: title, match: true }], snippet: [{ text: 'Posyandu <b>buka</b>', match: false }] },
  }) as unknown as SearchResult

let server: http.Server | null = null
afterEach(() => server?.close())

type Setup = { shell?: SearchShell | null; search?: ArchiveSearchFunction | null; notFound?: string | null }
const NOT_FOUND = '<!DOCTYPE html><html><body><h1>Halaman tidak ditemukan</h1></body></html>'

const serve = async ({ shell = SHELL, search, notFound = NOT_FOUND }: Setup = {}) => {
  const calls: Array<{ q: string; page: number }> = []
  const errors: string[] = []
  const run: ArchiveSearchFunction =
    search ??
    (async (q, page): Promise<Paginated<SearchResult>> => {
      calls.push({ q, page })
      return { docs: [hit(7, 'Vaksinasi di Posyandu')], page, totalPages: 2, totalDocs: 12 }
    })
  const cache = { get: async () => shell, reset: () => {} } as unknown as SearchShellCache
  const fastPath = createSearchFastPath({
    shell: cache,
    search: () => (search === null ? null : run),
    notFoundDocument: async () => notFound,
    isInternal: (req) => req.headers['x-internal'] === 'yes',
    log: { error: (message) => errors.push(message) },
  })
  server = http.createServer((req, res) => {
    void fastPath(req, res).then((answered) => {
      if (!answered) res.end('NEXT')
    })
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, calls, errors }
}

describe('search fast path', () => {
  it('answers a search visit in the shell: query in the title and form, hits, count, pagination, shell headers', async () => {
    const { base, calls } = await serve()
    const response = await fetch(`${base}/cari?q=${encodeURIComponent('  vaksin  ')}&halaman=2`, { headers: { 'accept-encoding': 'identity' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60')
    expect(response.headers.get('vary')).toBe('rsc, Accept-Encoding')
    expect(response.headers.get('content-encoding')).toBeNull()
    const html = await response.text()
    expect(calls).toEqual([{ q: 'vaksin', page: 2 }])
    expect(html).toContain('<title>Pencarian: vaksin — Warta Kota</title>')
    expect(html).toMatch(/<main><section aria-labelledby="judul-cari">.*<\/section><\/main><\/body><\/html>$/s)
    expect(html).toContain('<input id="cari-halaman" type="search" name="q" value="vaksin"/>')
    expect(html).toContain('<p role="status">12 berita cocok dengan “vaksin”.</p>')
    expect(html).toContain('<a href="/berita/berita-7"><mark>Vaksinasi di Posyandu</mark></a>')
    expect(html).toContain('Posyandu &lt;b&gt;buka&lt;/b&gt;')
    expect(html).toContain('<a rel="prev" href="/cari?q=vaksin">← Sebelumnya</a>')
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(html)))
  })

  it('escapes the query wherever it is written back', async () => {
    const { base } = await serve()
    const q = '"><script>alert(1)</script>&'
    const html = await (await fetch(`${base}/cari?q=${encodeURIComponent(q)}`)).text()
    expect(html).not.toContain('<script>')
    expect(html).toContain('<title>Pencarian: &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp; — Warta Kota</title>')
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"')
  })

  it('compresses for clients that accept gzip; a HEAD gets the headers only', async () => {
    const { base } = await serve()
    const gzipped = await new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve) =>
      http.get(`${base}/cari?q=air`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }))
      }),
    )
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).toString()).toContain('<title>Pencarian: air — Warta Kota</title>')
    const head = await fetch(`${base}/cari?q=air`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it('reads the first q and the first halaman, as the page does', async () => {
    const { base, calls } = await serve()
    await (await fetch(`${base}/cari?q=pasar&q=lain&halaman=2&halaman=3`)).text()
    expect(calls).toEqual([{ q: 'pasar', page: 2 }])
  })

  it('leaves to Next.js: empty queries, other paths and methods, client navigations, staff, draft and internal requests', async () => {
    const { base, calls } = await serve()
    const next = async (path: string, init: RequestInit = {}) => (await fetch(`${base}${path}`, init)).text()
    expect(await next('/cari')).toBe('NEXT')
    expect(await next('/cari?q=%20%20')).toBe('NEXT')
    expect(await next('/cari/lain?q=air')).toBe('NEXT')
    expect(await next('/cariku?q=air')).toBe('NEXT')
    expect(await next('/cari?q=air', { method: 'POST' })).toBe('NEXT')
    expect(await next('/cari?q=air', { headers: { rsc: '1' } })).toBe('NEXT')
    expect(await next('/cari?q=air&_rsc=abc')).toBe('NEXT')
    expect(await next('/cari?q=air', { headers: { cookie: 'x=1; payload-token=abc' } })).toBe('NEXT')
    expect(await next('/cari?q=air', { headers: { cookie: '__prerender_bypass=1' } })).toBe('NEXT')
    expect(await next('/cari?q=air', { headers: { authorization: 'users API-Key x' } })).toBe('NEXT')
    expect(await next('/cari?q=air', { headers: { 'x-internal': 'yes' } })).toBe('NEXT')
    expect(calls).toEqual([])
  })

  it('answers a page past the last with the 404 document, shared briefly; page 1 of no hits is a page', async () => {
    const noHits: ArchiveSearchFunction = async (_q, page) => ({ docs: [], page, totalPages: 0, totalDocs: 0 })
    const { base } = await serve({ search: noHits })
    const missing = await fetch(`${base}/cari?q=air&halaman=2`)
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10')
    expect(missing.headers.get('vary')).toBe('rsc, Accept-Encoding')
    expect(await missing.text()).toBe(NOT_FOUND)
    const html = await (await fetch(`${base}/cari?q=air`)).text()
    expect(html).toContain('Tidak ada berita yang cocok dengan “air”.')
    server?.close()
    // Without the 404 document Next.js answers (and renders its own).
    const bare = await serve({ search: noHits, notFound: null })
    expect(await (await fetch(`${bare.base}/cari?q=air&halaman=2`)).text()).toBe('NEXT')
  })

  it('leaves the request to Next.js before Payload has booted, without a shell, and when the search fails', async () => {
    expect(await (await fetch(`${(await serve({ search: null })).base}/cari?q=air`)).text()).toBe('NEXT')
    server?.close()
    expect(await (await fetch(`${(await serve({ shell: null })).base}/cari?q=air`)).text()).toBe('NEXT')
    server?.close()
    const failing = await serve({ search: async () => Promise.reject(new Error('database is locked')) })
    expect(await (await fetch(`${failing.base}/cari?q=air`)).text()).toBe('NEXT')
    expect(failing.errors).toEqual(['[warta] search fast path failed, Next answers: database is locked'])
  })
})
