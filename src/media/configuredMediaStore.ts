import type { MediaStore } from './MediaStore'

import { mediaStorageSettings } from '@/config/mediaStorageSettings'

import { localMediaStore } from './localMediaStore'
import { s3MediaStore } from './s3MediaStore'

let cached: { signature: string; store: MediaStore } | undefined

/**
 * The configured media store (S3 when `S3_*` is set, else `MEDIA_DIR`), the same place Payload's
 * upload handling writes to. Everything that reads media bytes outside Payload's file route goes
 * through it: syndication derivatives, the syndication image route, the missing-file answer.
 */
export const configuredMediaStore = (): MediaStore => {
  const settings = mediaStorageSettings()
  const signature = JSON.stringify(settings)
  if (cached?.signature !== signature) {
    cached = { signature, store: settings.kind === 's3' ? s3MediaStore(settings.s3) : localMediaStore(settings.dir) }
  }
  return cached.store
}
