import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

export interface PublishingLimit {
  usage: number
  total: number
  durationSec: number
}

/** `GET /{ig-user-id}/content_publishing_limit`: read the cap at runtime (Meta's docs disagree). */
export async function getPublishingLimit(client: GraphClient): Promise<PublishingLimit> {
  const body = await graphRequest<{
    data?: { quota_usage?: number; config?: { quota_total?: number; quota_duration?: number } }[]
  }>(client, 'GET', `${client.igUserId}/content_publishing_limit`, { fields: 'quota_usage,config' })
  const entry = body.data?.[0]
  return {
    usage: entry?.quota_usage ?? 0,
    total: entry?.config?.quota_total ?? 50,
    durationSec: entry?.config?.quota_duration ?? 86_400,
  }
}
