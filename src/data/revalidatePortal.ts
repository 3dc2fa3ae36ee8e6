import { revalidateTag } from 'next/cache'
import { after } from 'next/server'

import { currentFleet } from '@/cache/fleetRegistry'

import { rememberArticleSlugsOfTags } from './knownArticleSlugs'
import { purgeMicroCache } from './microCacheRegistry'
import { setRetracted } from './retractionRegistry'

type IncrementalCacheLike = { revalidateTag?: (tags: string[], durations?: { expire?: number }) => Promise<void> }

/** Slugs whose retraction state changed with this revalidation (the proxy answers 410 for retracted ones). */
export type RetractionChange = { retracted?: string[]; restored?: string[] }

/**
 * Expires portal cache tags so the very next request reads fresh data (`{ expire: 0 }`, not the
 * stale-while-revalidate `'max'` profile: a publish, correction or retraction must be visible
 * within a second). Inside a Next.js request the tags are applied when the request ends. Outside
 * one (job cron in the server process) Next's process-wide incremental cache is used directly when
 * present; in Vitest or CLI scripts there is no Next cache and nothing needs invalidating.
 * The server's micro-cache (src/server/portalMicroCache.ts) is purged too: at once, and again
 * once the request has ended and Next has applied the tags, so no reader in between can store
 * the old page. Retraction state changes at once in this process, and the changed articles' slugs
 * become known to the server's article routing (src/data/knownArticleSlugs.ts).
 * With REDIS_URL (src/cache/startFleet.ts) the change is also announced to every instance: the
 * tags expire in the shared cache and this call returns when every web instance has purged its
 * micro-cache and updated its retraction state.
 */
export const revalidatePortal = async (tags: string[], change: RetractionChange = {}): Promise<void> => {
  const unique = [...new Set(tags)]
  rememberArticleSlugsOfTags(unique)
  for (const slug of change.retracted ?? []) setRetracted(slug, true)
  for (const slug of change.restored ?? []) setRetracted(slug, false)
  await revalidateLocally(unique)
  await currentFleet()?.announce({ tags: unique, ...change })
}

const revalidateLocally = async (unique: string[]): Promise<void> => {
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
