/** A run of text in a search result, marked when it matched the query. */
export type Segment = { text: string; match: boolean }

/** What a hit shows besides its marked text (src/app/(frontend)/cari/SearchResults.tsx). */
export type HitListing = {
  title: string
  slug: string
  publishedAt: string | null
  firstPublishedAt: string | null
  unit: { id: number | string; shortName: string | null; slug: string | null } | null
  category: { id: number | string; name: string; slug: string | null } | null
}

export type SearchHit = {
  id: number | string
  /** The title with the matched words marked. */
  title: Segment[]
  /** A short passage of the lead or body around the matches, marked. */
  snippet: Segment[]
  /**
   * The list fields, when the engine reads them with the hit under the index's own public predicate
   * (SQLite). Without them, the hits are read back through Payload's public find.
   */
  listing?: HitListing
}

export type SearchPage = { hits: SearchHit[]; totalDocs: number; page: number; totalPages: number }

/**
 * Full-text search over the public archive (published, public items only). One implementation per
 * database: SQLite FTS5 (src/search/sqliteSearch.ts) and a MongoDB text index (mongoSearch.ts).
 */
export interface ArchiveSearchEngine {
  /** Creates the index when it is missing or was built by another version, and fills it. */
  ensure: () => Promise<{ rebuilt: boolean; indexed: number }>
  /** Hits ranked best first; `page` is 1-based. Terms are plain words, already cleaned. */
  search: (terms: string[], options: { page: number; limit: number }) => Promise<SearchPage>
}
