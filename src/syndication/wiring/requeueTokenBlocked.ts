import type { Payload, PayloadRequest } from 'payload'

import type { Syndication } from '@/payload-types'

import type { ChannelId, ChannelsSettings } from '../types'

import { TOKEN_ACTION_PREFIX, tokenBlockReason } from './channelTokens'
import { updateSyndicationWhere } from './records'

const TOKEN_CHANNELS = ['instagram', 'youtube'] as const satisfies readonly ChannelId[]

/**
 * Channels whose token blocked records before a change of the `channels` global and no longer
 * does (an admin saved a new token, a new refresh token cleared the problem, the expiry moved).
 */
export function unblockedChannels(
  previous: null | Partial<ChannelsSettings> | undefined,
  next: Partial<ChannelsSettings>,
  now: number,
): ChannelId[] {
  return TOKEN_CHANNELS.filter(
    (channel) =>
      tokenBlockReason((previous ?? {}) as ChannelsSettings, channel, now) !== undefined &&
      tokenBlockReason(next as ChannelsSettings, channel, now) === undefined,
  )
}

/**
 * Issue 13: records that stopped at "Perlu tindakan: token kedaluwarsa" go back to the queue once
 * their channel has a usable token again, as "Coba lagi" would (conditional `failed → queued`,
 * attempts reset, checkpoint kept: the adapter asks the platform first, so nothing posts twice).
 * Runs inside the request that saved the token (`req`), so it commits with it.
 */
export async function requeueTokenBlocked(
  payload: Payload,
  channel: ChannelId,
  { req }: { req?: PayloadRequest } = {},
): Promise<number> {
  const { docs } = await payload.find({
    collection: 'syndications',
    where: {
      and: [{ channel: { equals: channel } }, { state: { equals: 'failed' } }, { needsManualAction: { equals: true } }],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  let requeued = 0
  for (const record of docs as Syndication[]) {
    if (!record.manualActionReason?.startsWith(TOKEN_ACTION_PREFIX)) continue
    const doc = await updateSyndicationWhere(
      payload,
      { and: [{ id: { equals: record.id } }, { state: { equals: 'failed' } }] },
      {
        state: 'queued',
        attempts: 0,
        needsManualAction: false,
        manualActionReason: null,
        claimToken: null,
        leaseUntil: null,
        nextAttemptAt: null,
        finishedAt: null,
      },
      req,
    )
    if (!doc) continue
    await payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(record.id) }, req })
    requeued += 1
  }
  if (requeued > 0) payload.logger.info(`[syndication] [${channel}] token usable again: ${requeued} record(s) re-queued`)
  return requeued
}
