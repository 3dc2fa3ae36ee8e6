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

/** Pages read at most (100 posts each): a lost id is looked for among the latest 1,000 posts. */
const MAX_PAGES = 10

type MediaPage = {
  data?: { id: string; caption?: string; timestamp?: string; media_type?: string }[]
  paging?: { cursors?: { after?: string }; next?: string }
}

/**
 * After a container reads PUBLISHED but we never saw the media id (the publish answer was
 * lost), look for it among the posts published since our first publish call. The IG Media node
 * does not expose its container id, so a match needs the exact caption AND the media type AND a
 * timestamp after our first publish call; two candidates are "ambiguous" and we refuse to guess
 * (another post with the same caption, e.g. posted by hand). Reads pages of 100 (the edge's
 * maximum) newest first, following the `after` cursor until a page reaches posts older than
 * `since`: a busy account can publish more than 100 posts before a retry looks (fault run, 200
 * items), and the first page alone would then never find it.
 */
export async function findPublishedMedia(
  client: GraphClient,
  query: PublishedMediaQuery,
): Promise<{ id?: string; ambiguous: boolean }> {
  const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()
  const oldest = query.since - SKEW_MS
  const candidates: string[] = []
  let after: string | undefined
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const body = await graphRequest<MediaPage>(client, 'GET', `${client.igUserId}/media`, {
      fields: 'id,caption,timestamp,media_type,permalink',
      limit: '100',
      ...(after ? { after } : {}),
    })
    const data = body.data ?? []
    for (const media of data) {
      if (
        media.caption !== undefined &&
        normalise(media.caption) === normalise(query.caption) &&
        (media.media_type === undefined || media.media_type === query.mediaType) &&
        (media.timestamp === undefined || Date.parse(media.timestamp) >= oldest)
      )
        candidates.push(media.id)
    }
    const last = data.at(-1)?.timestamp
    const reachedOlder = last !== undefined && Date.parse(last) < oldest
    after = body.paging?.cursors?.after
    if (reachedOlder || !body.paging?.next || !after || data.length === 0) break
  }
  if (candidates.length === 1) return { id: candidates[0], ambiguous: false }
  return { ambiguous: candidates.length > 1 }
}
