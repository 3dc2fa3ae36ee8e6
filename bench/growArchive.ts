/**
 * Grows a bench archive by copying its news items (main rows, versions, tags, relations, arrays)
 * COPIES times with new ids and slugs, in SQL: seconds instead of the hour the Local API would take
 * for 40,000 items. The search index's triggers index the copies as they are inserted. For
 * "flat at 50,000" checks only (the copies share dates and text with their originals).
 *
 *   cp data/admin-10k.db data/admin-50k.db && DB=data/admin-50k.db COPIES=4 npx tsx bench/growArchive.ts
 */
import { createClient } from '@libsql/client'

const db = createClient({ url: `file:${process.env.DB ?? 'data/admin-50k.db'}` })
const copies = Number(process.env.COPIES ?? 4)
const NEWS_STEP = 1_000_000 // id offset per copy for main rows
const VERSION_STEP = 10_000_000 // id offset per copy for versions

const info = async (table: string) => (await db.execute(`PRAGMA table_info("${table}")`)).rows
const columnsOf = async (table: string) => (await info(table)).map((row) => String(row.name))
/** Array rows have text ids in main tables and integer ids in version tables. */
const hasTextId = async (table: string) => (await info(table)).some((row) => row.name === 'id' && String(row.type).toUpperCase() === 'TEXT')

/** INSERT … SELECT with some columns rewritten; integer `id` primary keys of child tables are left to SQLite. */
const copy = async (table: string, rewrite: Record<string, string>, dropId = false) => {
  const columns = (await columnsOf(table)).filter((name) => !(dropId && name === 'id'))
  const list = columns.map((c) => `"${c}"`).join(', ')
  const select = columns.map((c) => rewrite[c] ?? `"${c}"`).join(', ')
  await db.execute(`INSERT INTO "${table}" (${list}) SELECT ${select} FROM "${table}" WHERE ${rewrite.__where ?? '1'}`)
}

const main = async () => {
  const [{ max: maxNews }] = (await db.execute('SELECT max(id) AS max FROM news')).rows as unknown as { max: number }[]
  if (maxNews >= NEWS_STEP) throw new Error('already grown')
  await db.execute('PRAGMA foreign_keys = OFF')
  for (let k = 1; k <= copies; k++) {
    const n = k * NEWS_STEP
    const v = k * VERSION_STEP
    const started = Date.now()
    await db.execute('BEGIN')
    await copy('news', { id: `id + ${n}`, slug: `slug || '-k${k}'`, __where: `id < ${NEWS_STEP}` })
    await copy('news_texts', { parent_id: `parent_id + ${n}`, __where: `parent_id < ${NEWS_STEP}` }, true)
    await copy('news_rels', { parent_id: `parent_id + ${n}`, __where: `parent_id < ${NEWS_STEP}` }, true)
    for (const table of ['news_sources', 'news_corrections', 'news_review_acknowledgements']) {
      const textId = await hasTextId(table)
      await copy(table, { _parent_id: `_parent_id + ${n}`, ...(textId ? { id: `id || '-k${k}'` } : {}), __where: `_parent_id < ${NEWS_STEP}` }, !textId)
    }
    await copy('_news_v', { id: `id + ${v}`, parent_id: `parent_id + ${n}`, version_slug: `version_slug || '-k${k}'`, __where: `id < ${VERSION_STEP}` })
    await copy('_news_v_texts', { parent_id: `parent_id + ${v}`, __where: `parent_id < ${VERSION_STEP}` }, true)
    await copy('_news_v_rels', { parent_id: `parent_id + ${v}`, __where: `parent_id < ${VERSION_STEP}` }, true)
    for (const table of ['_news_v_version_sources', '_news_v_version_corrections', '_news_v_version_review_acknowledgements']) {
      const textId = await hasTextId(table)
      await copy(table, { _parent_id: `_parent_id + ${v}`, ...(textId ? { id: `id || '-k${k}'` } : {}), __where: `_parent_id < ${VERSION_STEP}` }, !textId)
    }
    await db.execute('COMMIT')
    console.log(`[grow] copy ${k}/${copies} in ${Date.now() - started} ms`)
  }
  const count = (await db.execute('SELECT count(*) AS n FROM news')).rows[0]?.n
  console.log(`[grow] ${count} news items`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
