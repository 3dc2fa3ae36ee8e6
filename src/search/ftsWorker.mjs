// Worker thread of the SQLite archive search (src/search/ftsRanker.ts): counts and ranks the FTS5
// matches of a query on its own read-only connection, so the ranking — most of a search's CPU —
// runs beside the main thread, which serves requests meanwhile. Plain JavaScript: loaded by path at
// runtime, outside the Next.js bundle. The SQL comes from the main thread (one source of truth).
import { parentPort, workerData } from 'node:worker_threads'

// Resolved by Node from this file's place, outside the bundle (a bundled createRequire cannot).
import Database from 'libsql'

const db = new Database(workerData.file, { readonly: true })
// The writer may hold its lock for a moment (WAL readers rarely wait, checkpoints may make them).
db.exec(`PRAGMA busy_timeout = ${Number(workerData.busyTimeoutMs) || 5000}`)
// Prepared once; again after an error (a libsql statement that failed keeps failing).
let count = db.prepare(workerData.countSql)
let rank = db.prepare(workerData.rankSql)

parentPort.on('message', ({ id, match, limit, offset }) => {
  try {
    const row = count.get(match)
    const totalDocs = Number(Object.values(row ?? {})[0] ?? 0)
    const ids = totalDocs > offset ? rank.all(match, limit, offset).map((r) => Number(r.id)) : []
    parentPort.postMessage({ id, totalDocs, ids })
  } catch (error) {
    count = db.prepare(workerData.countSql)
    rank = db.prepare(workerData.rankSql)
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
