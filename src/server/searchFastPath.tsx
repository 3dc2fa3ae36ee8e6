import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import escapeHtml from 'escape-html'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import { renderToStaticMarkup } from 'react-dom/server'

import type { ArchiveSearchFunction } from '../data/archiveSearchRegistry'
import type { SearchShellCache } from './searchPageShell'

import { SearchSection } from '../app/(frontend)/cari/SearchSection'
import { CACHE_CONTROL } from '../data/cacheControl'
import { pageOutOfRange } from '../data/pageNumber'
import { searchRequestOf } from '../data/searchRequest'
import { isClientRouterRequest, isPersonalRequest } from './portalRequestKinds'

const gzipAsync = promisify(gzip)

export type SearchFastPathOptions = {
  shell: SearchShellCache
  /** The portal's search, once Payload has booted (src/data/archiveSearchRegistry.ts). */
  search: () => ArchiveSearchFunction | null
  /** The portal's 404 document (src/server/serverRendered404.ts), for a page past the last; null when unavailable. */
  notFoundDocument: () => Promise<string | null>
  /** Requests carrying it are the server's own (the shell fetch): never answered here. */
  isInternal: (req: IncomingMessage) => boolean
  log: { error: (message: string) => void }
}

/**
 * Answers an ordinary `/cari?q=…` visit without Next.js: the query through the portal's public
 * search, SearchSection rendered with react-dom/server into the page's own shell
 * (src/server/searchPageShell.ts). Next's App Router render costs ~6 ms of one core per page — three
 * times the search itself — and a search crawl asks for a distinct URL every time, so no cache
 * helps. A page past the last gets the portal's 404 document, as Next would send it. Returns false,
 * leaving the request to Next, for everything else: client navigations, staff and draft sessions,
 * an empty query, before Payload has booted, and when the shell, the 404 document or the search fails.
 */
export const createSearchFastPath = ({ shell, search, notFoundDocument, isInternal, log }: SearchFastPathOptions) =>
  async function searchFastPath(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url?.startsWith('/cari?')) return false
    if (isInternal(req) || isPersonalRequest(req) || isClientRouterRequest(req)) return false
    const url = new URL(req.url, 'http://portal.invalid')
    if (url.pathname !== '/cari') return false
    const { q, page } = searchRequestOf({ q: url.searchParams.getAll('q'), halaman: url.searchParams.getAll('halaman') })
    const run = search()
    if (!q || !run) return false
    try {
      const document = await shell.get()
      if (!document) return false
      const result = await run(q, page)
      if (pageOutOfRange(page, result.totalPages)) {
        const missing = await notFoundDocument()
        if (missing === null) return false
        await send(req, res, 404, { ...document.headers, 'cache-control': CACHE_CONTROL.notFound }, missing)
        return true
      }
      const query = escapeHtml(q)
      const html = document.before.join(query) + renderToStaticMarkup(<SearchSection q={q} result={result} />) + document.after.join(query)
      await send(req, res, 200, document.headers, html)
      return true
    } catch (error) {
      log.error(`[warta] search fast path failed, Next answers: ${error instanceof Error ? error.message : String(error)}`)
      return false
    }
  }

const send = async (req: IncomingMessage, res: ServerResponse, status: number, headers: OutgoingHttpHeaders, html: string): Promise<void> => {
  const gzipped = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))
  const body = gzipped ? await gzipAsync(html) : Buffer.from(html)
  for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value)
  if (gzipped) res.setHeader('Content-Encoding', 'gzip')
  res.setHeader('Content-Length', body.length)
  res.statusCode = status
  res.end(req.method === 'HEAD' ? undefined : body)
}
