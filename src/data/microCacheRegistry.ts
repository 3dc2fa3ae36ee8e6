/**
 * Link between `revalidatePortal` (inside the Next.js bundle) and the portal micro-cache of the
 * custom server (scripts/server.ts), which live in the same process but in different module
 * graphs: a `Symbol.for` key on globalThis is shared by both.
 */
const KEY = Symbol.for('warta.portalMicroCache')

export type MicroCachePurger = { purge: () => void }

export const registerMicroCache = (cache: MicroCachePurger): void => {
  ;(globalThis as Record<symbol, unknown>)[KEY] = cache
}

/** Drops every micro-cached response (no-op when the server runs without the micro-cache). */
export const purgeMicroCache = (): void => {
  ;((globalThis as Record<symbol, unknown>)[KEY] as MicroCachePurger | undefined)?.purge()
}
