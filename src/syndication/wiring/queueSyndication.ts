import type { Payload, PayloadRequest } from 'payload'

import type { News, Syndication } from '@/payload-types'

import { latestVersionId } from '@/workflow/latestVersionId'

import type { ChannelId, ChannelsSettings, SyndicationOperation } from '../types'

const CHANNELS: ChannelId[] = ['portal', 'instagram', 'youtube']

/**
 * Channels this item goes to: portal always, Instagram/YouTube when chosen on the item. Internal
 * (staff-only) items go nowhere: every channel (webhooks included) is public.
 */
export function channelsForItem(settings: ChannelsSettings, news: Pick<News, 'channels' | 'visibility' | 'youtubeVideoId'>): ChannelId[] {
  if (news.visibility === 'internal') return []
  const wanted: Record<ChannelId, boolean> = {
    portal: true,
    instagram: Boolean(news.channels?.instagram?.enabled),
    youtube: Boolean(news.channels?.youtube?.enabled && news.youtubeVideoId),
  }
  return CHANNELS.filter((channel) => wanted[channel] && Boolean(settings[channel]?.enabled))
}

export const syndicationKey = (newsId: number | string, channel: ChannelId, versionId: string, operation: SyndicationOperation) =>
  `${newsId}:${channel}:${versionId}:${operation}`

/** Whether the channel already carries (or is carrying) an earlier version of the item. */
async function alreadyOnChannel(payload: Payload, req: Partial<PayloadRequest> | undefined, newsId: number | string, channel: ChannelId) {
  const { totalDocs } = await payload.count({
    collection: 'syndications',
    where: {
      and: [
        { news: { equals: newsId } },
        { channel: { equals: channel } },
        { operation: { in: ['publish', 'update'] } },
        { state: { not_equals: 'skipped' } },
      ],
    },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

export interface QueueSyndicationArgs {
  payload: Payload
  req?: PayloadRequest
  newsId: number | string
  /** `publish` (first publication or a correction) or `retract`. */
  event: 'publish' | 'retract'
  /** When given, use this version instead of the newest version row. */
  versionId?: string
  /** Defaults to the `channels` global (enabled flags only; no secrets needed). */
  settings?: ChannelsSettings
}

/**
 * Creates one `syndications` record per channel (unique key: item, channel, version, operation)
 * and queues a `syndicate` job for each new record. The records exist before any remote call.
 * A correction becomes `update` on channels that already carry the item (Instagram turns it into a
 * manual action); a retraction becomes `remove` there. Existing keys are left alone (idempotent).
 */
export async function queueSyndication({ payload, req, newsId, event, versionId, settings }: QueueSyndicationArgs): Promise<Syndication[]> {
  const channelsSettings =
    settings ?? ((await payload.findGlobal({ slug: 'channels', depth: 0, overrideAccess: true, req })) as unknown as ChannelsSettings)
  const news = (await payload.findByID({ collection: 'news', id: newsId, depth: 0, overrideAccess: true, req })) as News
  const version = versionId ?? (await latestVersionId(payload, newsId, req))
  if (!version) return []
  const created: Syndication[] = []
  for (const channel of channelsForItem(channelsSettings, news)) {
    const carried = await alreadyOnChannel(payload, req, newsId, channel)
    let operation: SyndicationOperation
    if (event === 'retract') {
      if (!carried) continue
      operation = 'remove'
    } else {
      operation = carried ? 'update' : 'publish'
    }
    const key = syndicationKey(newsId, channel, version, operation)
    const existing = await payload.count({ collection: 'syndications', where: { key: { equals: key } }, overrideAccess: true, req })
    if (existing.totalDocs > 0) continue
    const doc = (await payload.create({
      collection: 'syndications',
      data: { key, news: news.id, channel, version, operation, state: 'queued', attempts: 0 },
      overrideAccess: true,
      req,
    })) as Syndication
    await payload.jobs.queue({ task: 'syndicate', input: { syndicationId: String(doc.id) }, req })
    created.push(doc)
  }
  return created
}
