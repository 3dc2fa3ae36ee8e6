// Next.js `cacheHandler` (next.config.ts). With REDIS_URL, scripts/server.ts registers the fleet
// connection before Next starts and every instance reads and writes the shared Redis cache
// (src/cache/redisNextCache.ts). Without it — and during `next build` — this is Next's own
// file-system/memory cache with a memory store of our own, bounded by NEXT_CACHE_MAX_MB.
// Plain JavaScript: Next loads it at run time, unbundled.
//
// Bounded memory under crawlers (issue 12): every distinct URL a crawler asks for must leave
// nothing behind that outlives a bounded cache. So, in both modes:
// - 404 pages and `unstable_cache` results that are `null` (an unknown slug's lookup) are never
//   stored: each distinct unknown URL would otherwise add an entry;
// - Next keeps a process-wide map of cache lifetimes per stored path (`SharedCacheControls`),
//   filled before the handler is asked to store; its entry is deleted whenever the handler drops
//   or evicts the path's entry (the lifetime is stored with the entry and restored from it on a hit);
// - the local memory store is an LRU of NEXT_CACHE_MAX_MB (default 16) as Next counts sizes.
import { createRequire } from 'node:module'

import { LRUCache } from 'lru-cache'

const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default
// `.external` modules are shared by Next's server and its bundles: this is the map Next uses.
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js')

const sharedCache = () => globalThis[Symbol.for('warta.fleet')]?.nextCache ?? null

const DEFAULT_MAX_MB = 16

/**
 * NEXT_CACHE_MAX_MB as bytes (a positive number of megabytes; anything else: the default). Read
 * here, not in src/config: Next loads this file on its own, unbundled, in every process.
 */
export const maxCacheBytes = (value = process.env.NEXT_CACHE_MAX_MB) => {
  const mb = Number(value)
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : DEFAULT_MAX_MB) * 1024 * 1024)
}

const RESPONSE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE', 'PAGES'])

/** Entries worth nothing to keep and different for every distinct URL: 404 pages, null lookups, nothing. */
export const isPerUrlMiss = (data) => {
  if (!data) return true
  if (RESPONSE_KINDS.has(data.kind)) return data.status === 404
  if (data.kind === 'FETCH') return data.data?.body === 'null'
  return false
}

const forgetCacheControl = (key) => SharedCacheControls.cacheControls.delete(key)

const bufferSize = (buffer) => buffer?.length ?? 0

// As Next's own memory cache counts (memory-cache.external.js), never less than 1.
const entrySize = ({ value }, key) => {
  let size = 25
  if (value?.kind === 'FETCH') size = JSON.stringify(value.data ?? '').length
  else if (value?.kind === 'APP_ROUTE') size = bufferSize(value.body)
  else if (value?.kind === 'APP_PAGE') {
    size = (value.html?.length ?? 0) + bufferSize(value.rscData) + (value.postponed?.length ?? 0)
    for (const [segment, buffer] of value.segmentData ?? []) size += segment.length + bufferSize(buffer)
  } else if (value?.kind === 'PAGES') size = (value.html?.length ?? 0) + (JSON.stringify(value.pageData)?.length ?? 0)
  else if (value) size = JSON.stringify(value).length
  return Math.max(1, key.length + size)
}

/** The LRU FileSystemCache keeps in memory (its static `memoryCache`, shared by every instance). */
export const createMemoryStore = (maxBytes) =>
  new LRUCache({
    maxSize: maxBytes,
    sizeCalculation: entrySize,
    // Evicted or dropped: the path's remembered lifetime goes too (replaced entries keep theirs).
    dispose: (_value, key, reason) => {
      if (reason !== 'set') forgetCacheControl(key)
    },
  })

export default class WartaCacheHandler {
  constructor(ctx) {
    this.shared = sharedCache()
    if (this.shared) {
      this.local = null
      return
    }
    // Set before the first FileSystemCache is made, which then keeps it instead of Next's LRU.
    if (ctx.maxMemoryCacheSize && !FileSystemCache.memoryCache) FileSystemCache.memoryCache = createMemoryStore(maxCacheBytes())
    this.local = new FileSystemCache(ctx)
  }

  get(key, ctx) {
    return this.shared ? this.shared.get(key, ctx) : this.local.get(key, ctx)
  }

  async set(key, data, ctx) {
    if (isPerUrlMiss(data)) {
      FileSystemCache.memoryCache?.delete?.(key)
      forgetCacheControl(key)
      // The fleet's cache deletes a key set to null (an older entry for it must not be served).
      if (this.shared) await this.shared.set(key, null, ctx)
      return
    }
    return this.shared ? this.shared.set(key, data, ctx) : this.local.set(key, data, ctx)
  }

  revalidateTag(tags, durations) {
    return this.shared ? this.shared.revalidateTag(tags, durations) : this.local.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    this.local?.resetRequestCache?.()
  }
}
