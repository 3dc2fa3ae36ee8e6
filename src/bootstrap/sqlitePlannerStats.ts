import type { Payload } from 'payload'

type Client = { execute: (sql: string) => Promise<unknown> }

const HOUR = 3_600_000
let timer: NodeJS.Timeout | null = null

/**
 * SQLite plans queries from the statistics ANALYZE leaves in `sqlite_stat1`; without them it
 * guesses that `latest = 1` is selective and an `id IN (…)` is not, and walks 50,000 version rows
 * in date order to find five ids (~170 ms instead of 0.2 ms). `analysis_limit` samples each index,
 * so a run costs ~130 ms at 50,000 items however large the archive grows. Run at boot and hourly
 * (archives grow a row at a time; stale counts mislead the planner as much as none).
 */
export const refreshPlannerStats = async (payload: Payload): Promise<void> => {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client?: Client }).client
  if (!client) return
  const started = performance.now()
  await client.execute('PRAGMA analysis_limit = 400')
  await client.execute('ANALYZE')
  payload.logger.debug(`[warta] planner statistics refreshed in ${Math.round(performance.now() - started)} ms`)
}

/** Boot run plus an hourly refresh in the background (never keeps the process alive). */
export const keepPlannerStatsFresh = async (payload: Payload, everyMs = HOUR): Promise<void> => {
  await refreshPlannerStats(payload)
  if (timer || payload.db.name !== 'sqlite') return
  timer = setInterval(() => {
    refreshPlannerStats(payload).catch((error: unknown) =>
      payload.logger.warn(`[warta] planner statistics refresh failed: ${error instanceof Error ? error.message : String(error)}`),
    )
  }, everyMs)
  timer.unref()
}
