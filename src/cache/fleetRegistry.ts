/**
 * The link between the fleet connection (started by scripts/server.ts or scripts/worker.ts, which
 * own the Redis clients) and code inside the Next.js bundle (revalidatePortal, the proxy, the
 * health route, the cache handler). They run in one process but in different module graphs, so
 * the connection is kept on globalThis under a `Symbol.for` key. No Redis code is imported here:
 * without REDIS_URL nothing is registered and every caller behaves as a single instance.
 */
const KEY = Symbol.for('warta.fleet')

/** A change every instance must apply before the change's request answers. */
export type FleetChange = {
  /** Portal cache tags to expire (Next's data and page cache, shared in Redis). */
  tags: string[]
  /** Slugs that became retracted (answer 410) or stopped being retracted. */
  retracted?: string[]
  restored?: string[]
}

export type Fleet = {
  /** Identifies this process in logs and acknowledgements. */
  instance: string
  /** Expires the tags in Redis, tells every instance (micro-cache purge, retraction state) and waits for their acknowledgements. */
  announce: (change: FleetChange) => Promise<void>
  /** Next's data and page cache in Redis (src/cache/redisNextCache.ts), used by src/cache/nextCacheHandler.mjs. */
  nextCache: SharedNextCache
  /** Round trip to Redis, for the health check. */
  ping: () => Promise<void>
  /** Shared facts about the job queue (last run), readable by every instance's health check. */
  recordJobRun: (at: Date) => Promise<void>
  lastJobRun: () => Promise<Date | null>
}

/** The methods of Next's CacheHandler interface, implemented on Redis. */
export type SharedNextCache = {
  get: (key: string, ctx: unknown) => Promise<unknown>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  revalidateTag: (tags: string | string[], durations?: { expire?: number }) => Promise<void>
}

export const registerFleet = (fleet: Fleet | null): void => {
  ;(globalThis as Record<symbol, unknown>)[KEY] = fleet
}

/** The fleet connection, or null for a single instance (no REDIS_URL). */
export const currentFleet = (): Fleet | null => ((globalThis as Record<symbol, unknown>)[KEY] as Fleet | null | undefined) ?? null
