import { requiredOptionError } from '../requiredOptionError'
import type { SyndicationAdapter } from '../types'

import { runYoutubeStep } from './runYoutubeStep'
import type { YoutubeAdapterOptions } from './types'
import { validateYoutubeItem } from './validateYoutubeItem'

const CHANNEL = 'youtube'

/**
 * Updates an existing YouTube video's metadata and thumbnail from the news item. `update` is
 * the same idempotent step. No `remove`: a retraction does not hide the video automatically
 * (it may be embedded or referenced elsewhere, and private cannot be undone to "scheduled");
 * staff decide on YouTube Studio.
 */
export function youtubeAdapter(options: YoutubeAdapterOptions): SyndicationAdapter {
  if (!options.clientId) throw requiredOptionError(CHANNEL, 'clientId')
  if (!options.clientSecret) throw requiredOptionError(CHANNEL, 'clientSecret')
  if (!options.refreshToken) throw requiredOptionError(CHANNEL, 'refreshToken')
  return {
    channel: CHANNEL,
    validate: validateYoutubeItem,
    run: (item, checkpoint, ctx) => runYoutubeStep(options, item, checkpoint, ctx),
    update: (item, checkpoint, ctx) => runYoutubeStep(options, item, checkpoint, ctx),
    manualActionReason: () =>
      'Pencabutan berita tidak menyembunyikan video YouTube secara otomatis. Jika perlu, ubah video menjadi privat atau hapus di YouTube Studio.',
  }
}
