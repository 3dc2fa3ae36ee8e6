import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { CACHE_CONTROL } from './cacheControl'
import { isRetracted } from './retractionRegistry'

const TTL_MS = 1000
let retracted: { at: number; slugs: Set<string>; loading?: Promise<Set<string>> } = { at: 0, slugs: new Set() }

/**
 * Fallback when the retraction registry was not loaded at boot (src/instrumentation.ts): slugs of
 * retracted items, polled from /dicabut/daftar.json (a cached route) at most once a second.
 */
const retractedSlugs = async (origin: string): Promise<Set<string>> => {
  if (Date.now() - retracted.at < TTL_MS) return retracted.slugs
  if (!retracted.loading) {
    retracted.loading = fetch(new URL('/dicabut/daftar.json', origin), { cache: 'no-store', signal: AbortSignal.timeout(2000) })
      .then(async (res) => (res.ok ? new Set(((await res.json()) as { slugs: string[] }).slugs) : retracted.slugs))
      .catch(() => retracted.slugs)
      .then((slugs) => {
        retracted = { at: Date.now(), slugs }
        return slugs
      })
  }
  return retracted.loading
}

const articleRetracted = async (slug: string, origin: string): Promise<boolean> =>
  (await isRetracted(slug, 2000)) ?? (await retractedSlugs(origin)).has(slug)

const isStaffPath = (path: string) => path === '/internal' || path.startsWith('/internal/') || path.startsWith('/pratinjau')

/**
 * The portal's part of the proxy: a retracted article's URL is rewritten to its notice, which
 * answers 410 Gone; pages get CDN-friendly Cache-Control (staff and preview pages: private).
 * Returns null for paths that are not the portal's.
 */
export const portalProxy = async (request: NextRequest): Promise<NextResponse | null> => {
  const path = request.nextUrl.pathname
  if (path.startsWith('/admin') || path.startsWith('/api') || path.startsWith('/_next')) return null
  const article = /^\/berita\/([a-z0-9-]+)\/?$/.exec(path)
  if (article?.[1] && (await articleRetracted(article[1], request.nextUrl.origin))) {
    return NextResponse.rewrite(new URL(`/dicabut/${article[1]}`, request.url))
  }
  const draft = request.cookies.has('__prerender_bypass')
  const cacheControl = isStaffPath(path) || draft ? CACHE_CONTROL.private : CACHE_CONTROL.public
  if (path === '/') {
    // The home page is served from its full-route-cached twin.
    const home = NextResponse.rewrite(new URL('/beranda/terkini', request.url))
    home.headers.set('Cache-Control', cacheControl)
    return home
  }
  const response = NextResponse.next()
  response.headers.set('Cache-Control', cacheControl)
  return response
}

