import type { Payload, Where } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

/** A claimed job whose runner died (SIGKILL, power loss) is given to another runner after this long. */
export const DEFAULT_JOB_LEASE_MS = 10 * 60_000

type Options = {
  queue: string
  limit: number
  leaseMs?: number
  now?: Date
  /** Jobs this runner is running now: never claimed again while they run, even past their lease. */
  running?: ReadonlySet<number | string>
}

const runnableWhere = (queue: string, now: Date, leaseCutoff: Date): Where => ({
  and: [
    { queue: { equals: queue } },
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { or: [{ processing: { equals: false } }, { updatedAt: { less_than: leaseCutoff.toISOString() } }] },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than_equal: now.toISOString() } }] },
  ],
})

type SqliteDb = { drizzle: { run: (query: unknown) => Promise<{ rowsAffected?: number }> } }
type MongoDb = {
  collections: Record<string, { updateOne: (filter: object, update: object) => Promise<{ modifiedCount: number }> }>
}

/**
 * Takes one job for this runner with a single conditional write — `processing` goes from false
 * (or a lapsed lease) to true only if nobody else did it first — so two workers never run the
 * same job. Payload's own runner (jobs.run) reads the due jobs and then updates them by id, which
 * lets two workers pick the same job; workers use this claim and then `jobs.runByID`.
 */
export const claimJob = async (payload: Payload, id: number | string, leaseCutoff: Date): Promise<boolean> => {
  const now = new Date().toISOString()
  if (payload.db.name === 'mongoose') {
    const jobs = (payload.db as unknown as MongoDb).collections['payload-jobs']
    const result = await jobs.updateOne(
      { _id: id, completedAt: null, $or: [{ processing: { $ne: true } }, { updatedAt: { $lt: leaseCutoff } }] },
      { $set: { processing: true, updatedAt: new Date(now) } },
    )
    return result.modifiedCount === 1
  }
  const result = await (payload.db as unknown as SqliteDb).drizzle.run(
    sql`UPDATE payload_jobs SET processing = 1, updated_at = ${now}
        WHERE id = ${id} AND completed_at IS NULL
          AND (processing = 0 OR processing IS NULL OR updated_at < ${leaseCutoff.toISOString()})`,
  )
  return result.rowsAffected === 1
}

/**
 * Keeps the leases of jobs this runner is still running: a job that runs longer than the lease
 * (slow platform, many retries inside one task) would otherwise look abandoned and be claimed by
 * another worker, which then runs it a second time alongside this one.
 */
export const renewJobLeases = async (payload: Payload, ids: Iterable<number | string>): Promise<void> => {
  const now = new Date()
  for (const id of ids) {
    if (payload.db.name === 'mongoose') {
      const jobs = (payload.db as unknown as MongoDb).collections['payload-jobs']
      await jobs.updateOne({ _id: id, processing: true, completedAt: null }, { $set: { updatedAt: now } })
      continue
    }
    await (payload.db as unknown as SqliteDb).drizzle.run(
      sql`UPDATE payload_jobs SET updated_at = ${now.toISOString()}
          WHERE id = ${id} AND processing = 1 AND completed_at IS NULL`,
    )
  }
}

/** Finds due jobs of a queue and claims up to `limit` of them; returns the ids this runner now owns. */
export const claimDueJobs = async (
  payload: Payload,
  { queue, limit, leaseMs = DEFAULT_JOB_LEASE_MS, now = new Date(), running = new Set() }: Options,
) => {
  const leaseCutoff = new Date(now.getTime() - leaseMs)
  const due = await payload.find({
    collection: 'payload-jobs',
    where: runnableWhere(queue, now, leaseCutoff),
    sort: 'createdAt',
    limit: limit * 2 + running.size,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { queue: true },
  })
  const claimed: (number | string)[] = []
  for (const job of due.docs) {
    if (claimed.length >= limit) break
    if (running.has(job.id)) continue
    if (await claimJob(payload, job.id, leaseCutoff)) claimed.push(job.id)
  }
  return claimed
}

/** Jobs waiting to run (not finished, not failed for good) and how many are overdue by more than `overdueMs`. */
export const queueDepth = async (payload: Payload, overdueMs: number, now = new Date()) => {
  const pending: Where = { and: [{ completedAt: { exists: false } }, { hasError: { not_equals: true } }] }
  const cutoff = new Date(now.getTime() - overdueMs).toISOString()
  const [all, overdue] = await Promise.all([
    payload.count({ collection: 'payload-jobs', where: pending, overrideAccess: true }),
    payload.count({
      collection: 'payload-jobs',
      overrideAccess: true,
      where: {
        and: [
          ...(pending.and ?? []),
          { processing: { equals: false } },
          {
            or: [
              { waitUntil: { less_than: cutoff } },
              { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: cutoff } }] },
            ],
          },
        ],
      },
    }),
  ])
  return { depth: all.totalDocs, overdue: overdue.totalDocs }
}
