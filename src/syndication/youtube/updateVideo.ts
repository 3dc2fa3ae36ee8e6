import type { YoutubeClient } from './createYoutubeClient'
import type { VideoResource, VideoSnippet, VideoStatus } from './types'

/** `videos.update` (50 units) with complete parts; `status` only when given. Safe to repeat. */
export async function updateVideo(
  client: YoutubeClient,
  videoId: string,
  parts: { snippet: VideoSnippet; status?: VideoStatus },
): Promise<VideoResource> {
  const response = await client.youtube.videos.update(
    {
      part: parts.status ? ['snippet', 'status'] : ['snippet'],
      requestBody: { id: videoId, snippet: parts.snippet, ...(parts.status ? { status: parts.status } : {}) },
    },
    client.callOptions,
  )
  return response.data as VideoResource
}
