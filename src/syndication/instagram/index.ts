import { requiredOptionError } from '../requiredOptionError'
import type { SyndicationAdapter } from '../types'

import { runInstagramStep } from './runInstagramStep'
import type { InstagramAdapterOptions } from './types'
import { validateInstagramItem } from './validateInstagramItem'

const CHANNEL = 'instagram'

/**
 * Instagram content publishing (single image or carousel). No `update`/`remove`: the Graph API
 * cannot edit a caption or delete a post, so corrections and retractions are manual.
 */
export function instagramAdapter(options: InstagramAdapterOptions): SyndicationAdapter {
  if (!options.igUserId) throw requiredOptionError(CHANNEL, 'igUserId')
  if (!options.accessToken) throw requiredOptionError(CHANNEL, 'accessToken')
  if (typeof options.publishImage !== 'function') throw requiredOptionError(CHANNEL, 'publishImage')
  return {
    channel: CHANNEL,
    validate: (item) => validateInstagramItem(item, options),
    run: (item, checkpoint, ctx) => runInstagramStep(options, item, checkpoint, ctx),
    manualActionReason: (operation) =>
      operation === 'update'
        ? 'Instagram tidak mengizinkan mengubah keterangan unggahan lewat API. Perbarui keterangan secara manual di aplikasi Instagram.'
        : 'Instagram tidak mengizinkan menghapus unggahan lewat API. Hapus atau arsipkan unggahan secara manual di aplikasi Instagram.',
  }
}
