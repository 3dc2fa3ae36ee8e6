import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

/**
 * After a container reads PUBLISHED but we never saw the media id (the publish answer was
 * lost), find the media among the latest posts by its exact caption (platform-apis.md §4.2).
 */
export async function findPublishedMedia(client: GraphClient, caption: string): Promise<string | undefined> {
  const body = await graphRequest<{ data?: { id: string; caption?: string; timestamp?: string }[] }>(
    client,
    'GET',
    `${client.igUserId}/media`,
    { fields: 'id,caption,timestamp,permalink', limit: '10' },
  )
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
  return body.data?.find((media) => media.caption !== undefined && normalise(media.caption) === normalise(caption))?.id
}
