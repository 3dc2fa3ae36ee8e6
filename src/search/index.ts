import type { Payload } from 'payload'

import type { ArchiveSearchEngine } from './types'

import { createMongoSearch } from './mongoSearch'
import { createSqliteSearch } from './sqliteSearch'

export type { ArchiveSearchEngine, HitListing, SearchHit, SearchPage, Segment } from './types'
export { queryTerms } from './queryTerms'

const engines = new WeakMap<Payload, ArchiveSearchEngine>()

/** The archive search engine of this Payload instance's database (SQLite FTS5 or MongoDB text). */
export const archiveSearch = (payload: Payload): ArchiveSearchEngine => {
  let engine = engines.get(payload)
  if (!engine) {
    engine = payload.db.name === 'mongoose' ? createMongoSearch(payload) : createSqliteSearch(payload)
    engines.set(payload, engine)
  }
  return engine
}

/** Boot step: create or rebuild the index when missing or out of date; logs what it did. */
export const ensureSearchIndex = async (payload: Payload): Promise<void> => {
  const started = Date.now()
  const { rebuilt, indexed } = await archiveSearch(payload).ensure()
  if (rebuilt) payload.logger.info(`[warta] archive search index built: ${indexed} items in ${Date.now() - started} ms`)
}
