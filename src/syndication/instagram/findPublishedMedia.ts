import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

export interface PublishedMediaQuery {
  caption: string
  /** When media_publish was first called for this container (ms). */
  since: number
  mediaType: 'IMAGE' | 'CAROUSEL_ALBUM'
}

/** Clock skew allowed between our clock and Instagram's `timestamp`. */
const SKEW_MS = 2 * 60_000

/**
 * After a container reads PUBLISHED but we never saw the media id (the publish answer was
 * lost), look for it among the latest posts. The IG Media node does not expose its container
 * id, so a match needs the exact caption AND the media type AND a timestamp after our first
 * publish call; two candidates are "ambiguous" and we refuse to guess (another post with the
 * same caption, e.g. posted by hand). Reads 100 posts (the edge's maximum page).
 */
export async function findPublishedMedia(
  client: GraphClient,
  query: PublishedMediaQuery,
): Promise<{ id?: string; ambiguous: boolean }> {
  const body = await graphRequest<{
    data?: { id: string; caption?: string; timestamp?: string; media_type?: string }[]
  }>(client, 'GET', `${client.igUserId}/media`, { fields: 'id,caption,timestamp,media_type,permalink', limit: '100' })
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
  const candidates = (body.data ?? []).filter(
    (media) =>
      media.caption !== undefined &&
      normalise(media.caption) === normalise(query.caption) &&
      (media.media_type === undefined || media.media_type === query.mediaType) &&
      (media.timestamp === undefined || Date.parse(media.timestamp) >= query.since - SKEW_MS),
  )
  if (candidates.length === 1) return { id: candidates[0].id, ambiguous: false }
  return { ambiguous: candidates.length > 1 }
}
