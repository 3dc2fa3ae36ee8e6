import type { YoutubeClient } from './createYoutubeClient'
import type { VideoResource } from './types'

/** `videos.list?part=snippet,status&id=…` (1 unit). Unknown ids are absent, not a 404. */
export async function getVideo(client: YoutubeClient, videoId: string): Promise<VideoResource | undefined> {
  const response = await client.youtube.videos.list({ part: ['snippet', 'status'], id: [videoId] }, client.callOptions)
  const found = response.data.items?.find((video) => video.id === videoId)
  return found ? (found as VideoResource) : undefined
}
