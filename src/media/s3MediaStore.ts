import { NotFound, NoSuchKey, S3 } from '@aws-sdk/client-s3'

import type { S3Settings } from '@/config/resolveS3Settings'

import type { MediaStore } from './MediaStore'

import { s3ClientConfig } from './s3ClientConfig'
import { safeMediaKey } from './safeMediaKey'

const isMissing = (error: unknown): boolean =>
  error instanceof NoSuchKey ||
  error instanceof NotFound ||
  (typeof error === 'object' &&
    error !== null &&
    ((error as { name?: string }).name === 'NoSuchKey' ||
      (error as { name?: string }).name === 'NotFound' ||
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404))

/** Media in an S3-compatible bucket, under `S3_PREFIX`, with the keys Payload's S3 adapter uses. */
export const s3MediaStore = (s3: S3Settings, client = new S3(s3ClientConfig(s3))): MediaStore => {
  const objectKey = (key: string): string | undefined => {
    const safe = safeMediaKey(key)
    if (!safe) return undefined
    return s3.prefix ? `${s3.prefix}/${safe}` : safe
  }
  return {
    kind: 's3',
    location: `s3://${s3.bucket}${s3.prefix ? `/${s3.prefix}` : ''}${s3.endpoint ? ` at ${s3.endpoint}` : ''}`,
    async read(key) {
      const Key = objectKey(key)
      if (!Key) return undefined
      try {
        const object = await client.getObject({ Bucket: s3.bucket, Key })
        if (!object.Body) return undefined
        return Buffer.from(await object.Body.transformToByteArray())
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async size(key) {
      const Key = objectKey(key)
      if (!Key) return undefined
      try {
        const head = await client.headObject({ Bucket: s3.bucket, Key })
        return head.ContentLength ?? 0
      } catch (error) {
        if (isMissing(error)) return undefined
        throw error
      }
    },
    async write(key, body, contentType) {
      const Key = objectKey(key)
      if (!Key) throw new Error(`[media] invalid key "${key}"`)
      await client.putObject({ Bucket: s3.bucket, Key, Body: body, ContentType: contentType })
    },
  }
}
