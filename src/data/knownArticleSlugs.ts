import { TAGS } from './tags'

/**
 * Slugs of articles this process knows to be published, so scripts/server.ts can send only those
 * `/berita/<slug>` requests to the full-route-cached (ISR) article route. Every other slug goes to
 * its uncached twin (`/berita-langsung/<slug>`): rendering an unknown slug on demand through the
 * ISR route leaves per-path state in Next.js, and a crawler's distinct slugs then exhaust the heap
 * (docs/deploy.md, "Bounded memory"). Learned at boot (every public article), from every change's
 * `news-item:<slug>` cache tag (this process's hooks and, with REDIS_URL, other instances' changes)
 * and whenever the article page finds a published article. Correctness never depends on this set:
 * both routes render the same page from the database, so a slug missing here is served fresh (just
 * not cached), and a known slug that stops being public renders its 404 (or the proxy's 410).
 * Kept on globalThis so the Next bundle and the server script (which reads it) share one set.
 */
const KEY = Symbol.for('warta.knownArticleSlugs')
/** Far above any city's archive; reaching it means something is wrong, so start learning again. */
const MAX_SLUGS = 200_000

const slugs = (): Set<string> => {
  const store = globalThis as Record<symbol, unknown>
  let current = store[KEY] as Set<string> | undefined
  if (!current) {
    current = new Set()
    store[KEY] = current
  }
  return current
}

/** Called when the public article page found a published article under this slug. */
export const rememberArticleSlug = (slug: string): void => {
  const known = slugs()
  if (known.has(slug)) return
  if (known.size >= MAX_SLUGS) known.clear()
  known.add(slug)
}

/** Learns the slugs of the `news-item:<slug>` tags a change expires (see src/data/revalidatePortal.ts). */
export const rememberArticleSlugsOfTags = (tags: Iterable<string>): void => {
  const prefix = TAGS.newsItem('')
  for (const tag of tags) if (tag.startsWith(prefix) && tag.length > prefix.length) rememberArticleSlug(tag.slice(prefix.length))
}

export const isKnownArticleSlug = (slug: string): boolean => slugs().has(slug)

/** Tests only. */
export const forgetArticleSlugs = (): void => slugs().clear()
