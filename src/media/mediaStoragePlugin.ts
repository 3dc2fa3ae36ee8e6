import type { Config, Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'

import type { MediaStorageSettings } from '@/config/mediaStorageSettings'

import { answerMissingObject } from '@/collections/Media/missingFileAnswer'

import { s3ClientConfig } from './s3ClientConfig'

/**
 * Payload's S3 storage adapter for the `media` collection when `S3_*` is set. Without it the
 * plugin is disabled but still adds its fields (`prefix`, `_objectKey`), so the schema — and the
 * SQLite migrations — are the same whichever storage a deployment uses.
 *
 * Files stay served through `/api/media/file/…` (Payload's access control, the bucket can stay
 * private). Composite prefixes keep `S3_PREFIX` out of the documents: each key is
 * `S3_PREFIX/<document prefix>/<file name>`, with an empty document prefix, exactly the key
 * `npm run media:to-s3` copies `MEDIA_DIR/<file name>` to.
 */
export const mediaStoragePlugin = (settings: MediaStorageSettings): Plugin => {
  const s3 = settings.kind === 's3' ? settings.s3 : undefined
  const plugin = s3Storage({
    enabled: Boolean(s3),
    alwaysInsertFields: true,
    useCompositePrefixes: true,
    bucket: s3?.bucket ?? 'local-media',
    config: s3 ? s3ClientConfig(s3) : {},
    collections: { media: s3?.prefix ? { prefix: s3.prefix } : true },
  })
  if (!s3) return plugin
  return async (config: Config): Promise<Config> => {
    const withS3 = await plugin(config)
    return {
      ...withS3,
      collections: (withS3.collections ?? []).map((collection) =>
        collection.slug === 'media' && typeof collection.upload === 'object'
          ? { ...collection, upload: { ...collection.upload, handlers: (collection.upload.handlers ?? []).map(answerMissingObject) } }
          : collection,
      ),
    }
  }
}
