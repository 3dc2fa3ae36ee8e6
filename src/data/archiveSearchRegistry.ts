import type { Paginated, SearchResult } from './portalQueries'

/**
 * Link between the Payload instance (booted inside the Next.js bundle, src/bootstrap/bootPayload.ts)
 * and the production server's search fast path (scripts/server.ts), which live in one process but
 * in different module graphs: a `Symbol.for` key on globalThis is shared by both.
 */
const KEY = Symbol.for('warta.archiveSearch')

/** The portal's public search (portalQueries.search on the booted Payload instance). */
export type ArchiveSearchFunction = (q: string, page: number) => Promise<Paginated<SearchResult>>

export const registerArchiveSearch = (search: ArchiveSearchFunction): void => {
  ;(globalThis as Record<symbol, unknown>)[KEY] = search
}

/** The registered search, or null before Payload has booted (the server then lets Next answer). */
export const registeredArchiveSearch = (): ArchiveSearchFunction | null =>
  ((globalThis as Record<symbol, unknown>)[KEY] as ArchiveSearchFunction | undefined) ?? null
