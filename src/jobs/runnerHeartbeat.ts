import { currentFleet } from '@/cache/fleetRegistry'

/**
 * When a job runner (the web server's cron or a worker) last looked at the queue, for the health
 * check. Shared through Redis when the fleet is connected, kept in this process otherwise.
 */
const KEY = Symbol.for('warta.lastJobRun')

export const recordRunnerTick = async (at = new Date()): Promise<void> => {
  ;(globalThis as Record<symbol, unknown>)[KEY] = at
  await currentFleet()
    ?.recordJobRun(at)
    .catch(() => undefined)
}

export const lastRunnerTick = async (): Promise<Date | null> => {
  const shared = await currentFleet()
    ?.lastJobRun()
    .catch(() => null)
  return shared ?? (((globalThis as Record<symbol, unknown>)[KEY] as Date | undefined) ?? null)
}
