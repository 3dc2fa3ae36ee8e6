import path from 'node:path'
import { Worker } from 'node:worker_threads'

/** One page of a query's ranking: how many items match, and the page's item ids, best first. */
export type RankedPage = { totalDocs: number; ids: number[] }

export type FtsRanker = {
  rank: (match: string, limit: number, offset: number) => Promise<RankedPage>
  close: () => Promise<void>
}

/** The database file of a libsql URL, or null when it is not a local file (memory, remote). */
export const localDatabaseFile = (url: string | undefined): string | null => {
  if (!url?.startsWith('file:')) return null
  const file = url.slice('file:'.length).split('?')[0]
  return !file || file === ':memory:' ? null : path.resolve(file)
}

type Pending = { resolve: (page: RankedPage) => void; reject: (error: Error) => void }
type Reply = { id: number; totalDocs?: number; ids?: number[]; error?: string }

/**
 * Counts and ranks in a worker thread with its own read-only connection (src/search/ftsWorker.mjs):
 * SQLite runs a query on the calling thread, and FTS5's bm25 over the thousands of matches of a
 * common word was half of a search page's CPU, on the thread that serves every request. The worker
 * starts at the first query; when it fails, `onFailure` hears why and every call, pending or later,
 * rejects (the engine then ranks on the main thread).
 */
export const createWorkerRanker = (options: {
  file: string
  countSql: string
  rankSql: string
  busyTimeoutMs?: number
  onFailure: (error: Error) => void
}): FtsRanker => {
  let worker: Worker | null = null
  let failure: Error | null = null
  let next = 0
  const pending = new Map<number, Pending>()

  const fail = (error: Error) => {
    if (failure) return
    failure = error
    for (const call of pending.values()) call.reject(error)
    pending.clear()
    options.onFailure(error)
  }
  const start = (): Worker => {
    const root = process.cwd()
    const started = new Worker(path.join(root, 'src/search/ftsWorker.mjs'), {
      // Not the server's own preloads (`--import tsx`, probes): the worker is plain JavaScript.
      execArgv: [],
      workerData: {
        file: options.file,
        countSql: options.countSql,
        rankSql: options.rankSql,
        busyTimeoutMs: options.busyTimeoutMs,
      },
    })
    // Idle, it must not keep a process (a CLI, a test) alive.
    started.unref()
    started.on('message', (reply: Reply) => {
      const call = pending.get(reply.id)
      if (!call) return
      pending.delete(reply.id)
      if (pending.size === 0) started.unref()
      if (reply.error !== undefined) call.reject(new Error(reply.error))
      else call.resolve({ totalDocs: reply.totalDocs ?? 0, ids: reply.ids ?? [] })
    })
    started.on('error', fail)
    started.on('exit', (code) => fail(new Error(`search worker exited (code ${code})`)))
    return started
  }

  return {
    rank: (match, limit, offset) => {
      if (failure) return Promise.reject(failure)
      worker ??= start()
      const id = ++next
      // Referenced while a query is out, so the process waits for the answer.
      if (pending.size === 0) worker.ref()
      return new Promise<RankedPage>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        worker!.postMessage({ id, match, limit, offset })
      })
    },
    close: async () => {
      failure ??= new Error('search worker closed')
      for (const call of pending.values()) call.reject(failure)
      pending.clear()
      await worker?.terminate()
      worker = null
    },
  }
}
