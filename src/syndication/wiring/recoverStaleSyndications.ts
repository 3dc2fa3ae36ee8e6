import type { Payload, Where } from 'payload'

import type { Syndication } from '@/payload-types'

import { activeClaimTokens } from './activeClaims'
import { updateSyndicationWhere } from './records'
import { syndicationRuntime } from './runtime'

let lastSweep = 0

/**
 * Re-queues records whose worker died (state `running`, lease expired by more than `graceMs`, not
 * claimed by a run still going in this process):
 * `running → queued` with a conditional update, then a new `syndicate` job. The adapter resumes
 * from the saved checkpoint and asks the platform what already happened, so nothing is posted
 * twice. Jobs the dead worker left `processing` are closed with an error.
 */
export async function recoverStaleSyndications(
  payload: Payload,
  { now = Date.now(), graceMs = 5_000, limit = 100 }: { now?: number; graceMs?: number; limit?: number } = {},
): Promise<number> {
  const cutoff = new Date(now - graceMs).toISOString()
  const notOurs = activeClaimTokens()
  const staleWhere: Where[] = [{ state: { equals: 'running' } }, { leaseUntil: { less_than: cutoff } }]
  if (notOurs.length > 0) staleWhere.push({ claimToken: { not_in: notOurs } })
  const stale = await payload.find({
    collection: 'syndications',
    where: { and: staleWhere },
    limit,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  const recovered: string[] = []
  for (const record of stale.docs as Syndication[]) {
    const doc = await updateSyndicationWhere(
      payload,
      { and: [{ id: { equals: record.id } }, ...staleWhere] },
      { state: 'queued', claimToken: null, leaseUntil: null },
    )
    if (!doc) continue
    recovered.push(String(record.id))
    await payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(record.id) } })
  }
  if (recovered.length > 0) {
    const stuck = await payload.find({
      collection: 'payload-jobs',
      where: { and: [{ processing: { equals: true } }, { taskSlug: { equals: 'syndicate' } }] },
      limit: 1000,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    for (const job of stuck.docs) {
      const input = job.input as { syndicationId?: string } | null
      if (!input?.syndicationId || !recovered.includes(String(input.syndicationId))) continue
      await payload.db.updateOne({
        collection: 'payload-jobs',
        id: job.id,
        data: { processing: false, hasError: true, error: { message: 'worker lost; record re-queued by the stale sweep' } },
        returning: false,
      })
    }
    payload.logger.warn(`[syndication] re-queued ${recovered.length} record(s) left running by a lost worker`)
  }
  return recovered.length
}

/** At most one sweep per `everyMs` in this process (called from the task and the worker loop). */
export async function maybeRecoverStaleSyndications(payload: Payload, everyMs = 30_000): Promise<void> {
  const now = Date.now()
  if (now - lastSweep < everyMs) return
  lastSweep = now
  try {
    await recoverStaleSyndications(payload, { now, graceMs: Math.min(syndicationRuntime().leaseMs, 60_000) })
  } catch (error) {
    payload.logger.warn({ err: error, msg: '[syndication] stale sweep failed' })
  }
}
