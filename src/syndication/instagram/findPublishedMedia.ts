import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

/**
 * After a container reads PUBLISHED but we never saw the media id (the publish answer was
 * lost), find the media among the latest posts by its exact caption (platform-apis.md §4.2).
 * Reads 100 posts (the edge's maximum page): more than an account may publish in 24 h, so other
 * posts published meanwhile (a busy queue, several workers) cannot push it out of the page.
 */
export async function findPublishedMedia(client: GraphClient, caption: string): Promise<string | undefined> {
  const body = await graphRequest<{ data?: { id: string; caption?: string; timestamp?: string }[] }>(
    client,
    'GET',
    `${client.igUserId}/media`,
    { fields: 'id,caption,timestamp,permalink', limit: '100' },
  )
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
  return body.data?.find((media) => media.caption !== undefined && normalise(media.caption) === normalise(caption))?.id
}
