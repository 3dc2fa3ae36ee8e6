import { describe, expect, it } from 'vitest'

import { createSearchShellCache, prepareSearchShell, type SearchShell } from '@/server/searchPageShell'

const PLACEHOLDER = 'wartashellabcdef'
const HEAD = `<!DOCTYPE html><html lang="id"><head><link rel="stylesheet" href="/_next/static/chunks/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/><script src="/_next/static/chunks/c.js" async=""></script><title>Pencarian: ${PLACEHOLDER} — Warta Kota</title><meta property="og:title" content="Pencarian: ${PLACEHOLDER} — Warta Kota"/><link rel="modulepreload" href="/x.js"/></head>`
const SECTION = `<section aria-labelledby="judul-cari"><h1 id="judul-cari">Pencarian</h1><input value="${PLACEHOLDER}"/><p role="status">Tidak ada berita yang cocok dengan “${PLACEHOLDER}”.</p></section>`
const BODY = `<body><header><nav><a href="/kategori/kesehatan">Kesehatan</a></nav></header><main id="konten">${SECTION}<!--$--><!--/$--></main><footer>Humas</footer><script>self.__next_f.push([1,"${PLACEHOLDER} \\u003c/script"])</script></body></html>`
const PAGE = HEAD + BODY
const HEADERS = new Headers({
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=0, s-maxage=60',
  'content-security-policy': "default-src 'self'",
  vary: 'rsc, Accept-Encoding',
  'content-length': '999',
  etag: '"abc"',
  'set-cookie': 'a=b',
  'x-nextjs-cache': 'MISS',
  'x-warta-cache': 'MISS',
})

describe('prepareSearchShell', () => {
  const shell = prepareSearchShell(PAGE, PLACEHOLDER, HEADERS)!

  it('keeps the layout, drops every script and script preload, and cuts out the search section', () => {
    const joined = shell.before.join('Q') + '[SECTION]' + shell.after.join('Q')
    expect(joined).not.toMatch(/<script|as="script"|modulepreload/)
    expect(joined).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css"/>')
    expect(joined).toContain('<a href="/kategori/kesehatan">Kesehatan</a>')
    expect(joined).toContain('<main id="konten">[SECTION]<!--$--><!--/$--></main><footer>Humas</footer>')
    expect(joined).not.toContain('judul-cari')
  })

  it('splits the head where the query goes (title and social tags)', () => {
    expect(shell.before).toHaveLength(3)
    expect(shell.before.join('banjir')).toContain('<title>Pencarian: banjir — Warta Kota</title>')
    expect(shell.before.join('banjir')).toContain('<meta property="og:title" content="Pencarian: banjir — Warta Kota"/>')
    expect(shell.after).toHaveLength(1)
  })

  it("keeps Next's policy headers and drops those of this body, its cookies and cache markers", () => {
    expect(shell.headers).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=0, s-maxage=60',
      'content-security-policy': "default-src 'self'",
      vary: 'rsc, Accept-Encoding',
    })
  })

  it('refuses a page that is not the search page asked for (the fast path then stays off)', () => {
    expect(prepareSearchShell(PAGE.replace('judul-cari', 'judul-404'), PLACEHOLDER, HEADERS)).toBeNull()
    expect(prepareSearchShell(PAGE.replaceAll(PLACEHOLDER, 'lain'), PLACEHOLDER, HEADERS)).toBeNull()
    expect(prepareSearchShell(PAGE.replace('</main>', `${SECTION}</main>`), PLACEHOLDER, HEADERS)).toBeNull()
    expect(prepareSearchShell(PAGE, PLACEHOLDER, new Headers({ 'content-type': 'application/json' }))).toBeNull()
  })
})

describe('createSearchShellCache', () => {
  const shell = (tag: string): SearchShell => ({ before: [tag, ''], after: [''], headers: {} })

  it('fetches once for concurrent callers and keeps the shell for its lifetime', async () => {
    let clock = 0
    let fetches = 0
    const cache = createSearchShellCache(async () => shell(`v${++fetches}`), 1000, () => clock)
    const [a, b] = await Promise.all([cache.get(), cache.get()])
    expect(a).toBe(b)
    expect(fetches).toBe(1)
    clock = 999
    expect((await cache.get())?.before[0]).toBe('v1')
    clock = 1000
    expect((await cache.get())?.before[0]).toBe('v2')
  })

  it('drops the shell on reset, and does not keep one fetched before the reset', async () => {
    let release: (s: SearchShell) => void = () => {}
    let fetches = 0
    const cache = createSearchShellCache(() => {
      fetches++
      return new Promise<SearchShell>((resolve) => (release = resolve))
    }, 60_000)
    const early = cache.get()
    cache.reset()
    release(shell('old'))
    expect((await early)?.before[0]).toBe('old')
    const next = cache.get()
    release(shell('new'))
    expect((await next)?.before[0]).toBe('new')
    expect(fetches).toBe(2)
  })

  it('answers null during a hold after a remote purge and on a failed fetch, then fetches again', async () => {
    let clock = 0
    let fail = true
    const cache = createSearchShellCache(async () => (fail ? Promise.reject(new Error('down')) : shell('ok')), 1000, () => clock)
    expect(await cache.get()).toBeNull()
    fail = false
    cache.reset(1500)
    clock = 1000
    expect(await cache.get()).toBeNull()
    clock = 1500
    expect((await cache.get())?.before[0]).toBe('ok')
  })
})
