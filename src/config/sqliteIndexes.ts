import type { SQLiteSchemaHook } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { index } from '@payloadcms/db-sqlite/drizzle/sqlite-core'
import { sql } from '@payloadcms/db-sqlite/drizzle'

/**
 * Composite indexes for a years-long archive. The admin list reads the versions table with
 * `latest = 1` and a sort (draft mode); with only single-column indexes SQLite takes every latest
 * row, builds each row's nested JSON (relations, arrays) and sorts them all before the LIMIT
 * (seconds at 10,000 items). An index that starts with the filter and ends with the sort column
 * lets it walk rows in order and stop after one page. The portal's published lists get the same
 * treatment on the main table. Column names are SQL names.
 */
export const ARCHIVE_INDEXES = [
  // Admin list (draft mode): default sort, sortable columns, dashboard queues, OPD filter. Payload
  // breaks ties on created_at, so it ends every index: no sort step at all.
  { table: '_news_v', name: '_news_v_latest_updated_idx', columns: ['latest', 'version_updated_at', 'created_at'] },
  { table: '_news_v', name: '_news_v_latest_created_idx', columns: ['latest', 'version_created_at', 'created_at'] },
  { table: '_news_v', name: '_news_v_latest_published_idx', columns: ['latest', 'version_published_at', 'created_at'] },
  {
    table: '_news_v',
    name: '_news_v_latest_state_updated_idx',
    columns: ['latest', 'version_workflow_state', 'version_updated_at', 'created_at'],
  },
  { table: '_news_v', name: '_news_v_latest_unit_updated_idx', columns: ['latest', 'version_unit_id', 'version_updated_at', 'created_at'] },
  // Covering indexes: counts the list needs for its pages read only the index, never the rows
  // (a version row holds the whole item). The writer's access filter (own OPDs or live) counts on
  // the first. The second serves sorting by title (ties sorted on the fly) and is the only index
  // the list search's pre-query (hooks/narrowListSearch.ts, ordered by title) can scan: one pass
  // over titles, leads and slugs without touching a row.
  { table: '_news_v', name: '_news_v_latest_state_unit_idx', columns: ['latest', 'version_workflow_state', 'version_unit_id'] },
  {
    table: '_news_v',
    name: '_news_v_latest_search_idx',
    columns: ['latest', 'version_title', 'version_lead', 'version_slug', 'parent_id', 'created_at'],
  },
  // Version history: one item's versions, newest first.
  { table: '_news_v', name: '_news_v_parent_updated_idx', columns: ['parent_id', 'updated_at', 'created_at'] },
  // Tags (hasMany text) are read per row by parent; Payload's own index is (order, parent_id),
  // which cannot serve that lookup, so every row scanned the whole tags table.
  { table: '_news_v_texts', name: '_news_v_texts_parent_order_idx', columns: ['parent_id', 'order'] },
  { table: 'news_texts', name: 'news_texts_parent_order_idx', columns: ['parent_id', 'order'] },
  // Portal lists and feeds: published items, newest first, per category or OPD.
  { table: 'news', name: 'news_state_published_idx', columns: ['workflow_state', 'published_at', 'created_at'] },
  { table: 'news', name: 'news_category_published_idx', columns: ['category_id', 'published_at', 'created_at'] },
  { table: 'news', name: 'news_unit_published_idx', columns: ['unit_id', 'published_at', 'created_at'] },
] as const

type Columns = Record<string, { name?: string } | undefined>

/** Adds ARCHIVE_INDEXES to the Drizzle schema, so migrations and schema push create them. */
export const addArchiveIndexes: SQLiteSchemaHook = ({ extendTable, schema }) => {
  for (const tableName of new Set(ARCHIVE_INDEXES.map((entry) => entry.table))) {
    const table = schema.tables[tableName]
    if (!table) throw new Error(`[warta] archive index: no table ${tableName}`)
    extendTable({
      table,
      extraConfig: (columns: Columns) =>
        Object.fromEntries(
          ARCHIVE_INDEXES.filter((entry) => entry.table === tableName).map((entry) => {
            const [first, ...rest] = entry.columns.map((sqlName) => {
              const column = Object.values(columns).find((candidate) => candidate?.name === sqlName)
              if (!column) throw new Error(`[warta] archive index ${entry.name}: no column ${tableName}.${sqlName}`)
              return column
            })
            return [entry.name, index(entry.name).on(first as never, ...(rest as never[]))]
          }),
        ),
    })
  }
  return schema
}

type Raw = { run: (query: unknown) => Promise<unknown> }
const drizzleOf = (payload: Payload): Raw | null =>
  payload.db.name === 'sqlite' ? ((payload.db as unknown as { drizzle: Raw }).drizzle ?? null) : null

/** Bench helper: create the indexes (idempotent). */
export const ensureArchiveIndexes = async (payload: Payload): Promise<void> => {
  const db = drizzleOf(payload)
  if (!db) return
  for (const entry of ARCHIVE_INDEXES) {
    const columns = entry.columns.map((column) => `"${column}"`).join(', ')
    await db.run(sql.raw(`CREATE INDEX IF NOT EXISTS "${entry.name}" ON "${entry.table}" (${columns})`))
  }
}

/** Bench helper: drop them again (the "before" variant of an A/B run). */
export const dropArchiveIndexes = async (payload: Payload): Promise<void> => {
  const db = drizzleOf(payload)
  if (!db) return
  for (const entry of ARCHIVE_INDEXES) await db.run(sql.raw(`DROP INDEX IF EXISTS "${entry.name}"`))
}
