import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { CACHE_CONTROL } from '../data/cacheControl'

/**
 * Next.js answers a notFound() thrown while a dynamic page renders with status 404 and an empty
 * document that only its JavaScript fills (vercel/next.js#62228): readers without JavaScript,
 * text browsers and simple crawlers see a blank page. The production server (scripts/server.ts)
 * replaces such a body with the portal's 404 document — the static page at NOT_FOUND_DOCUMENT_PATH,
 * rendered by Next inside the portal layout — keeping the status and Next's other headers.
 */
export const NOT_FOUND_DOCUMENT_PATH = '/tidak-ditemukan'

const NOT_PORTAL = /^\/(?:admin|api|_next)(?:[/?]|$)/

/** Portal page requests (not the admin, the API, assets, or a client navigation's RSC fetch). */
export const isPortalPageRequest = (req: IncomingMessage): boolean =>
  (req.method === 'GET' || req.method === 'HEAD') && !req.headers.rsc && !NOT_PORTAL.test(req.url ?? '/')

type WriteCallback = (error?: Error | null) => void
type Write = (chunk: unknown, encoding?: unknown, cb?: WriteCallback) => boolean
type End = (chunk?: unknown, encoding?: unknown, cb?: () => void) => ServerResponse
type WriteHead = (...args: unknown[]) => ServerResponse

const headersIn = (args: unknown[]): OutgoingHttpHeaders => {
  const headers = args.find((arg, i) => i > 0 && typeof arg === 'object' && arg !== null && !Array.isArray(arg))
  return (headers as OutgoingHttpHeaders | undefined) ?? {}
}
const isHtml = (value: unknown) => /^text\/html/i.test(String(value ?? ''))

/**
 * Watches one response: a 404 HTML answer is held back and, once complete, replaced by the
 * document `loadDocument` returns (Next's own body when it returns null). Every other answer
 * passes through untouched, streaming as before.
 */
export const replaceNotFoundBody = (res: ServerResponse, loadDocument: () => Promise<string | null>): void => {
  let state: 'open' | 'pass' | 'hold' = 'open'
  const held: Buffer[] = []
  const writeHead = res.writeHead.bind(res) as WriteHead
  const write = res.write.bind(res) as Write
  const end = res.end.bind(res) as End
  const flushHeaders = res.flushHeaders.bind(res)

  const decide = (status: number, headers: OutgoingHttpHeaders = {}) => {
    if (state !== 'open') return state
    const contentType = Object.entries(headers).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? res.getHeader('content-type')
    state = status === 404 && isHtml(contentType) ? 'hold' : 'pass'
    // Headers handed to writeHead are kept on the response, to be sent with the final body.
    if (state === 'hold') for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
    return state
  }
  const keep = (chunk: unknown, encoding: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return
    held.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array))
  }
  const finish = (document: string | null) => {
    // A shared cache may keep a 404 briefly, never for the minutes a page may be kept: the
    // category, OPD or article may exist a moment later. Private answers stay private.
    if (/\bpublic\b/.test(String(res.getHeader('cache-control') ?? ''))) res.setHeader('cache-control', CACHE_CONTROL.notFound)
    if (document === null) {
      writeHead(404)
      end(Buffer.concat(held))
      return
    }
    for (const name of ['content-encoding', 'content-length', 'etag', 'transfer-encoding']) res.removeHeader(name)
    res.setHeader('content-type', 'text/html; charset=utf-8')
    res.setHeader('content-length', Buffer.byteLength(document))
    writeHead(404)
    end(document)
  }

  res.writeHead = ((...args: unknown[]) => {
    if (decide(Number(args[0]), headersIn(args)) === 'pass') return writeHead(...args)
    res.statusCode = 404
    return res
  }) as ServerResponse['writeHead']
  res.flushHeaders = () => {
    if (decide(res.statusCode) === 'pass') flushHeaders()
  }
  res.write = ((chunk: unknown, encoding?: unknown, cb?: WriteCallback) => {
    if (decide(res.statusCode) === 'pass') return write(chunk, encoding, cb)
    keep(chunk, encoding)
    const callback = typeof encoding === 'function' ? (encoding as WriteCallback) : cb
    if (callback) queueMicrotask(() => callback())
    return true
  }) as ServerResponse['write']
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: () => void) => {
    if (decide(res.statusCode) === 'pass') return end(chunk, encoding, cb)
    keep(chunk, encoding)
    loadDocument()
      .catch(() => null)
      .then(finish)
      .catch(() => res.destroy())
    return res
  }) as ServerResponse['end']
}

/**
 * The 404 document, fetched from this server (`fetchDocument`) and kept for `ttlMs` — its layout
 * shows the category menu, which editors change rarely. Null when it cannot be had (the caller
 * then sends Next's own body).
 */
export const createNotFoundDocument = (fetchDocument: () => Promise<string | null>, ttlMs = 30_000) => {
  let cached: { html: string; at: number } | null = null
  let pending: Promise<string | null> | null = null
  return async (): Promise<string | null> => {
    if (cached && Date.now() - cached.at < ttlMs) return cached.html
    pending ??= fetchDocument()
      .then((html) => {
        if (html) cached = { html, at: Date.now() }
        return html ?? cached?.html ?? null
      })
      .catch(() => cached?.html ?? null)
      .finally(() => {
        pending = null
      })
    return pending
  }
}
