import type { SharedNextCache } from './fleetRegistry'

/** The Redis commands the shared Next cache needs (satisfied by an @redis/client client). */
export type NextCacheRedis = {
  get: (key: string) => Promise<unknown>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
  del: (key: string) => Promise<number>
  hSet: (key: string, field: string, value: string) => Promise<number>
  hmGet: (key: string, fields: string[]) => Promise<unknown[]>
}

type TagState = { stale?: number; expired?: number }
type Entry = { lastModified: number; value: unknown; cacheControl?: unknown; tags: string[] }
type Ctx = { tags?: string[]; softTags?: string[]; cacheControl?: { expire?: number } }

export type RedisNextCacheOptions = {
  prefix: string
  /**
   * For a `set` with no miss seen in this process (a render whose start is unknown): entries
   * computed this soon after one of their tags expired are not stored (see `set`).
   */
  quarantineMs?: number
  /** Upper bound of an entry's life in Redis (tag expiry normally ends it first). */
  maxTtlMs?: number
  now?: () => number
}

const TAGS_HEADER = 'x-next-cache-tags'

/**
 * Next's incremental cache (the `unstable_cache` data cache and the full-route cache) in Redis,
 * shared by every web instance. Tag expirations are kept in one hash and checked on every read,
 * so a tag expired by any instance or worker hides the entry everywhere at once. The
 * semantics follow Next's own file-system cache: `revalidateTag(tags, { expire: 0 })` expires
 * now, no durations expires now, other durations mark the tag stale now and expired later. We
 * never serve stale portal data, so a stale tag also counts as a miss.
 */
export function createRedisNextCache(redis: NextCacheRedis, options: RedisNextCacheOptions): SharedNextCache {
  const now = options.now ?? Date.now
  const quarantineMs = options.quarantineMs ?? 1500
  const maxTtlMs = options.maxTtlMs ?? 24 * 3_600_000
  const tagsKey = `${options.prefix}next:tags`
  const entryKey = (key: string) => `${options.prefix}next:e:${key}`

  const tagStates = async (tags: string[]): Promise<TagState[]> => {
    if (tags.length === 0) return []
    const raw = await redis.hmGet(tagsKey, tags)
    return raw.map((value) => (typeof value === 'string' ? (JSON.parse(value) as TagState) : {}))
  }

  // When each key last missed in this process: the render that follows read the database after
  // that moment, so its result is stamped with it and any expiry during the render hides it.
  const missedAt = new Map<string, number>()
  const noteMiss = (key: string, at: number) => {
    if (missedAt.has(key)) return // the earliest pending miss is the safe stamp
    missedAt.set(key, at)
    // Bounded: keys that never get a `set` (404s, failed renders) are dropped after a minute or
    // beyond 5,000 pending (oldest first); a set without its miss falls back to the quarantine.
    for (const [oldKey, since] of missedAt) {
      if (missedAt.size <= 5000 && since > at - 60_000) break
      missedAt.delete(oldKey)
    }
  }

  const invalidSince = (state: TagState, lastModified: number, at: number): boolean =>
    (state.expired !== undefined && state.expired <= at && state.expired > lastModified) ||
    (state.stale !== undefined && state.stale > lastModified)

  return {
    async get(key, ctx) {
      const lookedAt = now()
      const raw = await redis.get(entryKey(key))
      if (typeof raw !== 'string') {
        noteMiss(key, lookedAt)
        return null
      }
      const entry = JSON.parse(raw, reviveBuffers) as Entry
      const { tags = [], softTags = [] } = (ctx ?? {}) as Ctx
      const states = await tagStates([...new Set([...entry.tags, ...tags, ...softTags])])
      const at = now()
      if (states.some((state) => invalidSince(state, entry.lastModified, at))) {
        noteMiss(key, lookedAt)
        return null
      }
      return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl }
    },

    async set(key, data, ctx) {
      const renderStart = missedAt.get(key)
      missedAt.delete(key)
      if (!data) {
        await redis.del(entryKey(key))
        return
      }
      const context = (ctx ?? {}) as Ctx
      const tags = [...new Set([...(context.tags ?? []), ...headerTags(data)])]
      const at = now()
      // A render that read the database before a publish may finish after the tag expired. Stamped
      // with its miss time, such a result is already invalid at its first read. Without a known
      // miss, results computed right after an expiry are served but not kept.
      if (renderStart === undefined && (await tagStates(tags)).some((state) => state.expired !== undefined && state.expired > at - quarantineMs)) {
        await redis.del(entryKey(key))
        return
      }
      const expire = context.cacheControl?.expire
      const ttl = typeof expire === 'number' && expire > 0 ? Math.min(expire * 1000, maxTtlMs) : maxTtlMs
      const entry: Entry = { lastModified: renderStart ?? at, value: data, cacheControl: context.cacheControl, tags }
      await redis.set(entryKey(key), JSON.stringify(entry, replaceBuffers), { PX: ttl })
    },

    async revalidateTag(tagOrTags, durations) {
      const tags = typeof tagOrTags === 'string' ? [tagOrTags] : tagOrTags
      const at = now()
      const states = await tagStates(tags)
      await Promise.all(
        tags.map((tag, i) => {
          const state: TagState = durations
            ? { ...states[i], stale: at, ...(durations.expire !== undefined ? { expired: at + durations.expire * 1000 } : {}) }
            : { ...states[i], expired: at }
          return redis.hSet(tagsKey, tag, JSON.stringify(state))
        }),
      )
    },
  }
}

const headerTags = (data: unknown): string[] => {
  const header = (data as { headers?: Record<string, unknown> }).headers?.[TAGS_HEADER]
  return typeof header === 'string' && header ? header.split(',') : []
}

// Page entries hold Buffers (RSC payload, route bodies) and a Map of segment buffers.
function replaceBuffers(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const original = this[key]
  if (Buffer.isBuffer(original)) return { __buffer: original.toString('base64') }
  if (original instanceof Map) return { __map: [...original.entries()] }
  return value
}

function reviveBuffers(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object') {
    const tagged = value as { __buffer?: string; __map?: [unknown, unknown][] }
    if (typeof tagged.__buffer === 'string') return Buffer.from(tagged.__buffer, 'base64')
    if (Array.isArray(tagged.__map)) return new Map(tagged.__map)
  }
  return value
}
