import type { Payload, PayloadRequest, Where } from 'payload'

import type { Syndication } from '@/payload-types'

/**
 * Conditional single-row update, atomic in the database: SQLite/Postgres run one
 * `UPDATE … WHERE … RETURNING` (drizzle `atomic`), MongoDB one `findOneAndUpdate`. Returns the
 * updated record or null when no row matched. Outside any transaction: committed at once.
 */
export async function updateSyndicationWhere(
  payload: Payload,
  where: Where,
  data: Partial<Syndication>,
  /** Only to join the caller's transaction (a hook); workers write outside any transaction. */
  req?: PayloadRequest,
): Promise<null | Syndication> {
  const doc = await payload.db.updateOne({
    collection: 'syndications',
    where,
    req,
    data: { ...data, updatedAt: new Date().toISOString() },
    options: payload.db.name === 'mongoose' ? undefined : { atomic: true },
    returning: true,
  })
  return (doc as unknown as null | Syndication) ?? null
}

/**
 * Claims a record for one worker: `queued → running`, or a `running` record whose lease ran out
 * (a waiting record, or a worker that died). Exactly one concurrent caller gets the record.
 */
export function claimSyndication(
  payload: Payload,
  id: number | string,
  { token, now, leaseMs }: { token: string; now: Date; leaseMs: number },
): Promise<null | Syndication> {
  return updateSyndicationWhere(
    payload,
    {
      and: [
        { id: { equals: id } },
        {
          or: [
            { state: { equals: 'queued' } },
            { and: [{ state: { equals: 'running' } }, { leaseUntil: { less_than: now.toISOString() } }] },
          ],
        },
      ],
    },
    { state: 'running', claimToken: token, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), startedAt: now.toISOString() },
  )
}

/** Writes to a record this worker still owns (same claim token); null when the claim was lost. */
export function updateOwnedSyndication(
  payload: Payload,
  id: number | string,
  token: string,
  data: Partial<Syndication>,
): Promise<null | Syndication> {
  return updateSyndicationWhere(payload, { and: [{ id: { equals: id } }, { claimToken: { equals: token } }] }, data)
}
