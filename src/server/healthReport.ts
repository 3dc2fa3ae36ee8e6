import type { Payload } from 'payload'

import { currentFleet } from '@/cache/fleetRegistry'
import { queueDepth } from '@/jobs/claimJobs'
import { lastRunnerTick } from '@/jobs/runnerHeartbeat'

import { isDraining } from './serverState'

type Check = { ok: boolean; ms?: number; error?: string }

export type HealthReport = {
  status: 'degraded' | 'ok'
  draining: boolean
  database: Check
  redis: Check & { configured: boolean }
  queue: Check & { depth?: number; overdue?: number; lastRunAt?: null | string }
}

const timed = async <T>(work: () => Promise<T>, timeoutMs: number): Promise<{ value?: T } & Check> => {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    const value = await Promise.race([
      work(),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`timeout after ${timeoutMs} ms`)), timeoutMs))),
    ])
    return { ok: true, ms: Math.round(performance.now() - started), value }
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), error: error instanceof Error ? error.message : String(error) }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * What a load balancer needs to know about this instance: the database answers, Redis answers
 * (when configured), the job queue is being worked (no job overdue by more than `overdueMs`; the
 * last runner tick is reported), and the server is not shutting down. Any failure: degraded.
 */
export const healthReport = async (payload: Payload, { overdueMs = 300_000, timeoutMs = 2000 } = {}): Promise<HealthReport> => {
  const fleet = currentFleet()
  const [queue, redis, lastRunAt] = await Promise.all([
    timed(() => queueDepth(payload, overdueMs), timeoutMs),
    fleet ? timed(() => fleet.ping(), timeoutMs) : Promise.resolve<Check>({ ok: true }),
    lastRunnerTick().catch(() => null),
  ])
  const database: Check = { ok: queue.ok, ms: queue.ms, ...(queue.ok ? {} : { error: queue.error }) }
  const overdue = queue.value?.overdue ?? 0
  const queueCheck: HealthReport['queue'] = {
    ok: queue.ok && overdue === 0,
    depth: queue.value?.depth,
    overdue: queue.value?.overdue,
    lastRunAt: lastRunAt?.toISOString() ?? null,
    ...(overdue > 0 ? { error: `${overdue} job(s) overdue by more than ${Math.round(overdueMs / 1000)} s: is a job runner running?` } : {}),
  }
  const draining = isDraining()
  const redisCheck: HealthReport['redis'] = { configured: Boolean(fleet), ok: redis.ok, ms: redis.ms, ...(redis.error ? { error: redis.error } : {}) }
  const ok = !draining && database.ok && redisCheck.ok && queueCheck.ok
  return { status: ok ? 'ok' : 'degraded', draining, database, redis: redisCheck, queue: queueCheck }
}
