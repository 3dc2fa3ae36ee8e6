/**
 * Which article slugs are retracted, as the proxy must know it at every request (it answers 410
 * from the first request after a retraction returned). Kept in process memory on globalThis, so
 * the proxy, the Payload hooks (inside the Next bundle) and the fleet subscriber (scripts/server.ts)
 * share it: loaded from the database once at boot (src/instrumentation.ts), then changed by the
 * retraction hook in this process and by other instances' announcements through Redis. Changes
 * made while the initial load runs are kept as overrides, so a slow load cannot undo them.
 */
const KEY = Symbol.for('warta.retractions')

type Registry = {
  loaded: Set<string> | null
  /** A load was started (only then do lookups wait for it). */
  loading: boolean
  overrides: Map<string, { retracted: boolean; at: number }>
  ready: Promise<void>
  markReady: () => void
}

const registry = (): Registry => {
  const store = globalThis as Record<symbol, unknown>
  let current = store[KEY] as Registry | undefined
  if (!current) {
    let markReady = () => {}
    const ready = new Promise<void>((resolve) => (markReady = resolve))
    current = { loaded: null, loading: false, overrides: new Map(), ready, markReady }
    store[KEY] = current
  }
  return current
}

/**
 * Sets the slugs retracted according to the database (at boot, or after a lost Redis connection);
 * `queriedAt` is when the query started: changes recorded since then stay on top of its result.
 */
export const loadRetractedSlugs = (slugs: Iterable<string>, queriedAt: number): void => {
  const current = registry()
  current.loaded = new Set(slugs)
  for (const [slug, override] of current.overrides) if (override.at < queriedAt) current.overrides.delete(slug)
  current.markReady()
}

/** Announces that a load is under way, so lookups wait for it instead of falling back. */
export const expectRetractedSlugs = (expected = true): void => {
  registry().loading = expected
}

export const setRetracted = (slug: string, retracted: boolean): void => {
  registry().overrides.set(slug, { retracted, at: Date.now() })
}

export const retractionsLoaded = (): boolean => registry().loaded !== null

/** Waits (up to `waitMs`) for a started boot load; null when the registry is not loaded. */
export const isRetracted = async (slug: string, waitMs = 5000): Promise<boolean | null> => {
  const current = registry()
  if (!current.loaded) {
    if (!current.loading) return null
    let timer: NodeJS.Timeout | undefined
    await Promise.race([current.ready, new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))])
    clearTimeout(timer)
    if (!current.loaded) return null
  }
  return current.overrides.get(slug)?.retracted ?? current.loaded.has(slug)
}
