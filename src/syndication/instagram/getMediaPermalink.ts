import { graphRequest } from './graphRequest'
import type { GraphClient } from './types'

/** `GET /{ig-media-id}?fields=id,permalink,shortcode,timestamp`: never build /p/{id} URLs. */
export async function getMediaPermalink(
  client: GraphClient,
  mediaId: string,
): Promise<{ id: string; permalink?: string; shortcode?: string; timestamp?: string }> {
  return graphRequest(client, 'GET', mediaId, { fields: 'id,permalink,shortcode,timestamp' })
}
