import { readFile } from 'node:fs/promises'

import { SyndicationError } from './errors'
import type { ChannelId, SyndicationMedia } from './types'

/** Reads a media original: the local file when known, else its public URL. */
export async function loadMediaBuffer(
  channel: ChannelId,
  media: SyndicationMedia,
  fetchImpl: typeof fetch,
): Promise<Buffer> {
  if (media.filePath) {
    try {
      return await readFile(media.filePath)
    } catch (cause) {
      throw new SyndicationError(channel, `cannot read ${media.filePath}`, {
        cause,
        code: 'media-missing',
        userMessage: `Berkas gambar "${media.alt || media.url}" tidak ditemukan di server.`,
      })
    }
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
