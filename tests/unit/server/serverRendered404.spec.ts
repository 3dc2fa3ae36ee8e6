import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterEach, describe, expect, it } from 'vitest'

import { createNotFoundDocument, isPortalPageRequest, replaceNotFoundBody } from '@/server/serverRendered404'

const DOCUMENT = '<!DOCTYPE html><html lang="id"><body><main><h1>Halaman tidak ditemukan</h1></main></body></html>'
const EMPTY_SHELL = '<!DOCTYPE html><html id="__next_error__"><body><div hidden=""></div></body></html>'

let server: http.Server | null = null
afterEach(() => server?.close())

/** A server whose handler answers like Next.js would, behind replaceNotFoundBody. */
const serve = async (handler: (res: http.ServerResponse) => void, document: () => Promise<string | null> = async () => DOCUMENT) => {
  server = http.createServer((_req, res) => {
    replaceNotFoundBody(res, document)
    handler(res)
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`
}

describe('replaceNotFoundBody', () => {
  it('replaces a 404 HTML body written in chunks with the 404 document, status and other headers kept', async () => {
    const url = await serve((res) => {
      res.statusCode = 404
      res.setHeader('Content-Type', 'text/html; charset=utf-8')
      res.setHeader('Cache-Control', 'private, no-cache, no-store')
      res.flushHeaders()
      res.write(EMPTY_SHELL.slice(0, 20))
      res.end(EMPTY_SHELL.slice(20))
    })
    const response = await fetch(url)
    expect(response.status).toBe(404)
    expect(response.headers.get('cache-control')).toBe('private, no-cache, no-store')
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(DOCUMENT)))
    expect(await response.text()).toBe(DOCUMENT)
  })

  it('shortens a public 404 to a brief shared lifetime with no stale copy; a private one stays private', async () => {
    for (const [sent, expected] of [
      ['public, max-age=0, s-maxage=60, stale-while-revalidate=600', 'public, max-age=0, s-maxage=10'],
      ['private, no-store', 'private, no-store'],
    ]) {
      const url = await serve((res) => {
        res.writeHead(404, { 'Content-Type': 'text/html', 'Cache-Control': sent })
        res.end(EMPTY_SHELL)
      })
      const response = await fetch(url)
      expect(response.status).toBe(404)
      expect(response.headers.get('cache-control')).toBe(expected)
      expect(await response.text()).toBe(DOCUMENT)
      server?.close()
    }
  })

  it('replaces a compressed body too, and sends the document uncompressed', async () => {
    const url = await serve((res) => {
      res.writeHead(404, { 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' })
      res.end(gzipSync(EMPTY_SHELL))
    })
    const response = await fetch(url)
    expect(response.status).toBe(404)
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(DOCUMENT)
  })

  it('keeps Next’s own body when no document can be had', async () => {
    const url = await serve(
      (res) => {
        res.writeHead(404, { 'content-type': 'text/html' })
        res.end(EMPTY_SHELL)
      },
      async () => null,
    )
    const response = await fetch(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe(EMPTY_SHELL)
  })

  it('leaves every other answer alone: a page, a 404 that is not HTML, a 410 notice', async () => {
    for (const [status, type, body] of [
      [200, 'text/html', '<p>Berita</p>'],
      [404, 'application/json', '{"errors":[]}'],
      [410, 'text/html', '<h1>Berita dicabut</h1>'],
    ] as const) {
      const url = await serve((res) => {
        res.statusCode = status
        res.setHeader('content-type', type)
        res.write(body.slice(0, 3))
        res.end(body.slice(3))
      })
      const response = await fetch(url)
      expect(response.status).toBe(status)
      expect(await response.text()).toBe(body)
      server?.close()
    }
  })
})

describe('createNotFoundDocument', () => {
  it('fetches once for concurrent callers, keeps the document for its lifetime, then fetches again', async () => {
    let fetches = 0
    const load = createNotFoundDocument(async () => `<p>${++fetches}</p>`, 50)
    expect(await Promise.all([load(), load(), load()])).toEqual(['<p>1</p>', '<p>1</p>', '<p>1</p>'])
    expect(await load()).toBe('<p>1</p>')
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(await load()).toBe('<p>2</p>')
  })

  it('answers the last good document when a refresh fails, and null before any success', async () => {
    let fail = true
    const load = createNotFoundDocument(async () => {
      if (fail) throw new Error('connection refused')
      return '<p>ok</p>'
    }, 0)
    expect(await load()).toBeNull()
    fail = false
    expect(await load()).toBe('<p>ok</p>')
    fail = true
    expect(await load()).toBe('<p>ok</p>')
  })
})

describe('isPortalPageRequest', () => {
  const req = (method: string, url: string, headers: Record<string, string> = {}) => ({ method, url, headers }) as http.IncomingMessage
  it('takes portal pages, not the admin, the API, assets, client navigations or writes', () => {
    expect(isPortalPageRequest(req('GET', '/kategori/tidak-ada'))).toBe(true)
    expect(isPortalPageRequest(req('HEAD', '/berita/x?utm=1'))).toBe(true)
    for (const url of ['/admin', '/admin/collections/news', '/api/news/1', '/_next/static/x.js']) expect(isPortalPageRequest(req('GET', url)), url).toBe(false)
    expect(isPortalPageRequest(req('GET', '/kategori/x', { rsc: '1' }))).toBe(false)
    expect(isPortalPageRequest(req('POST', '/kategori/x'))).toBe(false)
  })
})
