import type { YoutubeClient } from './createYoutubeClient'

/** `thumbnails.set` (50 units): raw JPEG body, `uploadType=media`. Safe to repeat. */
export async function setThumbnail(client: YoutubeClient, videoId: string, jpeg: Buffer): Promise<void> {
  await client.youtube.thumbnails.set({ videoId, media: { mimeType: 'image/jpeg', body: jpeg } }, client.callOptions)
}
