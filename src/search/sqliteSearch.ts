import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { sql, type SQL } from '@payloadcms/db-sqlite/drizzle'

import type { ArchiveSearchEngine, HitListing, SearchHit } from './types'

import { createWorkerRanker, localDatabaseFile, type RankedPage } from './ftsRanker'
import { hitFromText } from './highlight'
import { ftsMatchExpression } from './queryTerms'

/**
 * Everything the index consists of. Changing any of it changes INDEX_VERSION, and the next boot
 * drops and rebuilds the index (src/search/ensureSearchIndex.ts).
 *
 * - unicode61 with remove_diacritics 2: case- and accent-insensitive words in any script, no
 *   English stemming (Porter would mangle Indonesian); prefix indexes make "banjir*" cheap.
 * - Triggers on `news` keep the index current in the same transaction as every write of the main
 *   (live) document — publish, correction, retraction, deletion, from the API, jobs or workers —
 *   while draft edits (stored in `_news_v` only) leave it alone.
 */
export const SEARCH_TABLE = 'news_search'
const META_TABLE = 'news_search_meta'
const TOKENIZE = `unicode61 remove_diacritics 2`
const PUBLIC_ROW = (row: 'new' | 'news') =>
  `${row}.workflow_state = 'published' AND ${row}.visibility = 'public' AND ${row}._status = 'published'`
const INDEX_VERSION = `fts5-1|${TOKENIZE}|prefix 2 3 4|${PUBLIC_ROW('news')}`

const DDL = [
  `CREATE VIRTUAL TABLE ${SEARCH_TABLE} USING fts5(title, lead, body, tokenize = '${TOKENIZE}', prefix = '2 3 4')`,
  `CREATE TRIGGER ${SEARCH_TABLE}_insert AFTER INSERT ON news WHEN ${PUBLIC_ROW('new')} BEGIN
     INSERT INTO ${SEARCH_TABLE}(rowid, title, lead, body) VALUES (new.id, new.title, new.lead, coalesce(new.body_text, ''));
   END`,
  `CREATE TRIGGER ${SEARCH_TABLE}_update AFTER UPDATE ON news BEGIN
     DELETE FROM ${SEARCH_TABLE} WHERE rowid = old.id;
     INSERT INTO ${SEARCH_TABLE}(rowid, title, lead, body)
       SELECT new.id, new.title, new.lead, coalesce(new.body_text, '') WHERE ${PUBLIC_ROW('new')};
   END`,
  `CREATE TRIGGER ${SEARCH_TABLE}_delete AFTER DELETE ON news BEGIN
     DELETE FROM ${SEARCH_TABLE} WHERE rowid = old.id;
   END`,
]
const DROP = [
  `DROP TRIGGER IF EXISTS ${SEARCH_TABLE}_insert`,
  `DROP TRIGGER IF EXISTS ${SEARCH_TABLE}_update`,
  `DROP TRIGGER IF EXISTS ${SEARCH_TABLE}_delete`,
  `DROP TABLE IF EXISTS ${SEARCH_TABLE}`,
]
const FILL = `INSERT INTO ${SEARCH_TABLE}(rowid, title, lead, body)
  SELECT id, title, lead, coalesce(body_text, '') FROM news WHERE ${PUBLIC_ROW('news')}`

// Title matches weigh most, then the lead, then the body (bm25 column weights).
const RANK = `bm25(${SEARCH_TABLE}, 8.0, 3.0, 1.0)`
const COUNT_SQL = `SELECT count(*) FROM ${SEARCH_TABLE} WHERE ${SEARCH_TABLE} MATCH ?`
const RANK_SQL = `SELECT rowid AS id FROM ${SEARCH_TABLE} WHERE ${SEARCH_TABLE} MATCH ? ORDER BY ${RANK}, rowid DESC LIMIT ? OFFSET ?`

// A hit's marked text and what the hit list shows (the names the adapter gives these columns).
const LISTED_HITS = `SELECT ${SEARCH_TABLE}.rowid AS id, ${SEARCH_TABLE}.title, ${SEARCH_TABLE}.lead, ${SEARCH_TABLE}.body,
    news.slug, news.published_at, news.first_published_at,
    units.id AS unit_id, units.short_name AS unit_short_name, units.slug AS unit_slug,
    categories.id AS category_id, categories.name AS category_name, categories.slug AS category_slug
  FROM ${SEARCH_TABLE} JOIN news ON news.id = ${SEARCH_TABLE}.rowid
  LEFT JOIN units ON units.id = news.unit_id LEFT JOIN categories ON categories.id = news.category_id`

type Row = Record<string, unknown>

const text = (value: unknown): string | null => (value === null || value === undefined ? null : String(value))

const listingOf = (row: Row): HitListing => ({
  title: String(row.title ?? ''),
  slug: String(row.slug ?? ''),
  publishedAt: text(row.published_at),
  firstPublishedAt: text(row.first_published_at),
  unit: row.unit_id === null || row.unit_id === undefined ? null : { id: Number(row.unit_id), shortName: text(row.unit_short_name), slug: text(row.unit_slug) },
  category:
    row.category_id === null || row.category_id === undefined
      ? null
      : { id: Number(row.category_id), name: String(row.category_name ?? ''), slug: text(row.category_slug) },
})
type Drizzle = { run: (query: SQL) => Promise<{ rows: Row[] }> }

/** The names the adapter does not manage: Drizzle's dev push must leave them alone. */
export const SEARCH_TABLES_FILTER = [`!${SEARCH_TABLE}*`]

export const createSqliteSearch = (payload: Payload): ArchiveSearchEngine => {
  const db = (payload.db as unknown as { drizzle: Drizzle }).drizzle
  const client = (payload.db as unknown as SQLiteAdapter).client
  const rows = async (query: SQL) => (await db.run(query)).rows
  const rankHere = async (match: string, limit: number, offset: number): Promise<RankedPage> => {
    const totalDocs = Number((await client.execute({ sql: COUNT_SQL, args: [match] })).rows[0]?.[0] ?? 0)
    if (totalDocs <= offset) return { totalDocs, ids: [] }
    return { totalDocs, ids: (await client.execute({ sql: RANK_SQL, args: [match, limit, offset] })).rows.map((row) => Number(row.id)) }
  }
  // Counting and ranking in a worker thread on a database file (src/search/ftsRanker.ts);
  // ARCHIVE_SEARCH_WORKER=off, an in-memory database or a failed worker: on this thread.
  const file = process.env.ARCHIVE_SEARCH_WORKER === 'off' ? null : localDatabaseFile((payload.db as unknown as SQLiteAdapter).clientConfig?.url)
  const worker = file
    ? createWorkerRanker({
        file,
        countSql: COUNT_SQL,
        rankSql: RANK_SQL,
        onFailure: (error) => payload.logger.warn(`[warta] archive search worker stopped, ranking on the main thread: ${error.message}`),
      })
    : null
  const rankPage = async (match: string, limit: number, offset: number): Promise<RankedPage> =>
    worker ? worker.rank(match, limit, offset).catch(() => rankHere(match, limit, offset)) : rankHere(match, limit, offset)

  return {
    ensure: async () => {
      // One write transaction: instances booting together on one database file (web + workers)
      // wait for each other here instead of racing through DROP/CREATE; the check is repeated inside.
      // (The connection libsql opens after this gets the busy timeout: src/config/sqliteConnectionGuard.ts.)
      const tx = await client.transaction('write')
      const count = async (query: string, args: string[] = []) =>
        Number(Object.values((await tx.execute({ sql: query, args })).rows[0] ?? {})[0] ?? 0)
      try {
        await tx.execute(`CREATE TABLE IF NOT EXISTS ${META_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)`)
        const current = await count(`SELECT count(*) FROM ${META_TABLE} WHERE key = 'version' AND value = ?`, [INDEX_VERSION])
        const exists = await count(`SELECT count(*) FROM sqlite_master WHERE name = ?`, [SEARCH_TABLE])
        const expected = await count(`SELECT count(*) FROM news WHERE ${PUBLIC_ROW('news')}`)
        if (exists && current) {
          // Same definition: refill only when it disagrees with the table (e.g. restored from a backup).
          const indexed = await count(`SELECT count(*) FROM ${SEARCH_TABLE}`)
          if (indexed === expected) {
            await tx.rollback()
            return { rebuilt: false, indexed }
          }
          await tx.execute(`DELETE FROM ${SEARCH_TABLE}`)
          await tx.execute(FILL)
        } else {
          for (const statement of [...DROP, ...DDL, FILL]) await tx.execute(statement)
          await tx.execute({ sql: `INSERT OR REPLACE INTO ${META_TABLE} (key, value) VALUES ('version', ?)`, args: [INDEX_VERSION] })
        }
        await tx.commit()
        return { rebuilt: true, indexed: expected }
      } finally {
        tx.close()
      }
    },

    search: async (terms, { page, limit }) => {
      const { totalDocs, ids: order } = await rankPage(ftsMatchExpression(terms), limit, (page - 1) * limit)
      const totalPages = Math.ceil(totalDocs / limit)
      if (order.length === 0) return { hits: [], totalDocs, page, totalPages }
      const t = sql.raw(SEARCH_TABLE)
      // The page's rows by rowid, marked in code (src/search/highlight.ts): FTS5's highlight() and
      // snippet() need a second MATCH, which walks every match of a common word again (1–3 ms).
      // The list fields come in the same read, under the predicate that admits a row to the index
      // (a subset of what anonymous readers may read): Payload's find of ten hits cost 1.7–3 ms more.
      const stored = await rows(sql`${sql.raw(LISTED_HITS)} WHERE ${t}.rowid IN (${sql.join(
        order.map((id) => sql`${id}`),
        sql`, `,
      )}) AND ${sql.raw(PUBLIC_ROW('news'))}`)
      const byId = new Map<number, Row>(stored.map((row) => [Number(row.id), row]))
      const hits: SearchHit[] = order.flatMap((id) => {
        const row = byId.get(id)
        if (!row) return []
        const hit = hitFromText(id, { title: String(row.title ?? ''), lead: String(row.lead ?? ''), body: String(row.body ?? '') }, terms)
        return [{ ...hit, listing: listingOf(row) }]
      })
      return { hits, totalDocs, page, totalPages }
    },
  }
}
