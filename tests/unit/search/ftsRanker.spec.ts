import Database from 'libsql'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { createWorkerRanker, localDatabaseFile } from '@/search/ftsRanker'

const COUNT_SQL = 'SELECT count(*) FROM docs WHERE docs MATCH ?'
const RANK_SQL = 'SELECT rowid AS id FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 8.0, 1.0), rowid DESC LIMIT ? OFFSET ?'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fts-ranker-'))
const file = path.join(dir, 'search.db')
const db = new Database(file)
db.exec("PRAGMA journal_mode = WAL; CREATE VIRTUAL TABLE docs USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4')")
const insert = db.prepare('INSERT INTO docs(rowid, title, body) VALUES (?, ?, ?)')
for (let i = 1; i <= 30; i++) insert.run(i, i % 10 === 0 ? `Air bersih ${i}` : `Kabar ${i}`, i % 2 === 0 ? 'Pasokan air bersih kembali.' : 'Jalan diperbaiki.')
const direct = (match: string, limit: number, offset: number) => ({
  totalDocs: Number(Object.values(db.prepare(COUNT_SQL).get(match) as object)[0]),
  ids: (db.prepare(RANK_SQL).all(match, limit, offset) as { id: number }[]).map((row) => Number(row.id)),
})

afterAll(() => {
  db.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('archive search ranking in a worker thread', () => {
  it('counts and ranks exactly as the same statements on the main thread, page by page', async () => {
    const failures: Error[] = []
    const ranker = createWorkerRanker({ file, countSql: COUNT_SQL, rankSql: RANK_SQL, onFailure: (error) => failures.push(error) })
    try {
      const pages = await Promise.all([0, 5, 10, 15].map((offset) => ranker.rank('"air"*', 5, offset)))
      expect(pages.map((page) => page.totalDocs)).toEqual([15, 15, 15, 15])
      expect(pages[0]!.ids.slice(0, 3)).toEqual([30, 20, 10])
      expect(pages).toEqual([0, 5, 10, 15].map((offset) => direct('"air"*', 5, offset)))
      // A page past the last: the count, no ranking.
      expect(await ranker.rank('"air"*', 5, 15)).toEqual({ totalDocs: 15, ids: [] })
      // What the main connection commits, the worker's next query sees.
      insert.run(31, 'Air mancur', 'Taman kota.')
      expect((await ranker.rank('"mancur"*', 5, 0)).ids).toEqual([31])
      // A statement error answers that call only.
      const broken = await ranker.rank('"air" AND', 5, 0).catch((error: Error) => error)
      expect(String(broken)).toMatch(/syntax/)
      expect((await ranker.rank('"jalan"*', 50, 0)).totalDocs).toBe(15)
      expect(failures).toEqual([])
    } finally {
      await ranker.close()
    }
  })

  it('reports a worker that cannot start and rejects every call, so the engine ranks on the main thread', async () => {
    const failures: Error[] = []
    const ranker = createWorkerRanker({ file: path.join(dir, 'missing', 'none.db'), countSql: COUNT_SQL, rankSql: RANK_SQL, onFailure: (error) => failures.push(error) })
    await expect(ranker.rank('"air"*', 5, 0)).rejects.toThrow()
    await expect(ranker.rank('"air"*', 5, 0)).rejects.toThrow()
    expect(failures).toHaveLength(1)
    await ranker.close()
  })

  it('runs only on a database file', () => {
    expect(localDatabaseFile('file:./data/warta.db')).toBe(path.resolve('data/warta.db'))
    expect(localDatabaseFile('file:/srv/warta/warta.db?mode=rwc')).toBe('/srv/warta/warta.db')
    expect(localDatabaseFile('file::memory:')).toBeNull()
    expect(localDatabaseFile('libsql://db.example.org')).toBeNull()
    expect(localDatabaseFile(undefined)).toBeNull()
  })
})
