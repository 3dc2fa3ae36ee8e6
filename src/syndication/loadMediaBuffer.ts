import { SyndicationError } from './errors'
import type { ChannelId, SyndicationMedia } from './types'

/**
 * Reads a media original: from the media store (MEDIA_DIR or the S3 bucket) when the item names
 * its key and the server can read the store, else over HTTP from its public URL.
 */
export async function loadMediaBuffer(
  channel: ChannelId,
  media: SyndicationMedia,
  fetchImpl: typeof fetch,
  readStored?: (key: string) => Promise<Buffer | undefined>,
): Promise<Buffer> {
  if (media.storageKey && readStored) {
    let stored: Buffer | undefined
    try {
      stored = await readStored(media.storageKey)
    } catch (cause) {
      // The store itself failed (network to S3, permissions): worth another attempt later.
      throw new SyndicationError(channel, `cannot read ${media.storageKey} from the media store`, {
        cause,
        retryable: true,
        code: 'media-storage',
        userMessage: `Penyimpanan media tidak dapat dibaca saat ini (berkas "${media.alt || media.url}"); akan dicoba lagi.`,
      })
    }
    if (stored) return stored
    throw new SyndicationError(channel, `${media.storageKey} is not in the media store`, {
      code: 'media-missing',
      userMessage: `Berkas gambar "${media.alt || media.url}" tidak ditemukan di server.`,
    })
  }
  let response: Response
  try {
    response = await fetchImpl(media.url, { signal: AbortSignal.timeout(30_000) })
  } catch (cause) {
    throw new SyndicationError(channel, `cannot download ${media.url}`, {
      cause,
      retryable: true,
      code: 'media-network',
    })
  }
  if (!response.ok) {
    throw new SyndicationError(channel, `cannot download ${media.url}: HTTP ${response.status}`, {
      retryable: response.status >= 500,
      code: 'media-missing',
      httpStatus: response.status,
      userMessage: `Gambar "${media.alt || media.url}" tidak dapat diunduh (HTTP ${response.status}).`,
    })
  }
  return Buffer.from(await response.arrayBuffer())
}
