import type { OutgoingHttpHeaders } from 'node:http'

import { SEARCH_SECTION_OPEN } from '../app/(frontend)/cari/SearchSection'

/**
 * The search page's shell for the server's fast path (src/server/searchFastPath.ts): the `/cari`
 * document Next.js renders for a placeholder query, with the portal layout (header, category menu,
 * footer, head tags) and Next's response headers. The fast path puts the real query where the
 * placeholder was (title and social tags) and its own rendering of SearchSection where the page's
 * section was.
 *
 * Next's scripts are dropped: they would hydrate the page from the placeholder's RSC payload and
 * replace the results. The portal works without JavaScript (the search page has no client code), so
 * the page stays whole; links from it load pages normally.
 */
export type SearchShell = {
  /** The document before the section, split where the query goes. */
  before: string[]
  /** The document after the section, split where the query goes. */
  after: string[]
  headers: OutgoingHttpHeaders
}

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi
const SCRIPT_LINK = /<link\b[^>]*(?:\bas="script"|\brel="modulepreload")[^>]*>/gi
const SECTION_CLOSE = '</section>'
// Not to be copied onto another answer: sizes and encodings of this body, caching validators,
// cookies, connection handling, Next's own cache state and the micro-cache's marker.
const DROPPED_HEADERS = new Set([
  'connection',
  'content-encoding',
  'content-length',
  'date',
  'etag',
  'keep-alive',
  'last-modified',
  'set-cookie',
  'transfer-encoding',
  'x-warta-cache',
])

/** Cuts a rendered `/cari?q=<placeholder>` page into a shell; null when it is not one (the fast path then stays off). */
export const prepareSearchShell = (html: string, placeholder: string, headers: Headers): SearchShell | null => {
  const page = html.replace(SCRIPT, '').replace(SCRIPT_LINK, '')
  const start = page.indexOf(SEARCH_SECTION_OPEN)
  if (start < 0 || page.indexOf(SEARCH_SECTION_OPEN, start + 1) >= 0 || /<script\b/i.test(page)) return null
  const end = page.indexOf(SECTION_CLOSE, start)
  if (end < 0) return null
  const before = page.slice(0, start).split(placeholder)
  // The title carries the query: a shell without it is not the page asked for.
  if (before.length < 2) return null
  const kept: OutgoingHttpHeaders = {}
  headers.forEach((value, name) => {
    if (!DROPPED_HEADERS.has(name) && !name.startsWith('x-nextjs-')) kept[name] = value
  })
  if (!/^text\/html/i.test(String(kept['content-type'] ?? ''))) return null
  return { before, after: page.slice(end + SECTION_CLOSE.length).split(placeholder), headers: kept }
}

/**
 * The current shell, fetched when first needed and kept for `ttlMs` (its layout shows the category
 * menu and site settings, which change rarely). `reset()` — on every portal purge — drops it, and a
 * fetch begun before a reset is not kept; `holdMs` keeps none for that long (another instance's
 * change may not have reached this one's data cache yet).
 */
export const createSearchShellCache = (fetchShell: () => Promise<SearchShell | null>, ttlMs = 30_000, now = () => performance.now()) => {
  let cached: { shell: SearchShell; at: number } | null = null
  let pending: Promise<SearchShell | null> | null = null
  let generation = 0
  let holdUntil = 0
  return {
    async get(): Promise<SearchShell | null> {
      if (cached && now() - cached.at < ttlMs) return cached.shell
      if (now() < holdUntil) return null
      if (!pending) {
        const startedIn = generation
        const at = now()
        pending = fetchShell()
          .catch(() => null)
          .then((shell) => {
            if (shell && startedIn === generation) cached = { shell, at }
            return shell
          })
          .finally(() => {
            pending = null
          })
      }
      return pending
    },
    reset(holdMs = 0): void {
      generation++
      cached = null
      pending = null
      if (holdMs > 0) holdUntil = Math.max(holdUntil, now() + holdMs)
    },
  }
}

export type SearchShellCache = ReturnType<typeof createSearchShellCache>
