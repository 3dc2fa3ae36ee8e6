import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { purgeMicroCache } from './microCacheRegistry'

type IncrementalCacheLike = { revalidateTag?: (tags: string[], durations?: { expire?: number }) => Promise<void> }

/**
 * Expires portal cache tags so the very next request reads fresh data (`{ expire: 0 }`, not the
 * stale-while-revalidate `'max'` profile: a publish, correction or retraction must be visible
 * within a second). Inside a Next.js request the tags are applied when the request ends. Outside
 * one (job cron in the server process) Next's process-wide incremental cache is used directly when
 * present; in Vitest or CLI scripts there is no Next cache and nothing needs invalidating.
 * The server's micro-cache (src/server/portalMicroCache.ts) is purged too: at once, and again
 * once the request has ended and Next has applied the tags, so no reader in between can store
 * the old page.
 */
export const revalidatePortal = async (tags: string[]): Promise<void> => {
  const unique = [...new Set(tags)]
  try {
    for (const tag of unique) revalidateTag(tag, { expire: 0 })
    purgeMicroCache()
    purgeWhenRequestEnds()
    return
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    if (!/static generation store missing|workAsyncStorage|outside a request|during render/i.test(message)) throw error
  }
  const cache = (globalThis as { __incrementalCache?: IncrementalCacheLike }).__incrementalCache
  if (cache?.revalidateTag) await cache.revalidateTag(unique, { expire: 0 })
  purgeMicroCache()
}

const purgeWhenRequestEnds = () => {
  try {
    after(purgeMicroCache)
  } catch {
    setTimeout(purgeMicroCache, 1000).unref()
  }
}
