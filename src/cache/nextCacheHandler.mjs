// Next.js `cacheHandler` (next.config.ts). With REDIS_URL, scripts/server.ts registers the fleet
// connection before Next starts and every instance reads and writes the shared Redis cache
// (src/cache/redisNextCache.ts). Without it — and during `next build` — this is Next's own
// file-system/memory cache, unchanged. Plain JavaScript: Next loads it at run time, unbundled.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default

const sharedCache = () => globalThis[Symbol.for('warta.fleet')]?.nextCache ?? null

export default class WartaCacheHandler {
  constructor(ctx) {
    this.shared = sharedCache()
    this.local = this.shared ? null : new FileSystemCache(ctx)
  }

  get(key, ctx) {
    return this.shared ? this.shared.get(key, ctx) : this.local.get(key, ctx)
  }

  set(key, data, ctx) {
    return this.shared ? this.shared.set(key, data, ctx) : this.local.set(key, data, ctx)
  }

  revalidateTag(tags, durations) {
    return this.shared ? this.shared.revalidateTag(tags, durations) : this.local.revalidateTag(tags, durations)
  }

  resetRequestCache() {
    this.local?.resetRequestCache?.()
  }
}
