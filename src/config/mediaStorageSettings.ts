import type { S3Settings } from './resolveS3Settings'

import { mediaDir } from './mediaDir'
import { resolveS3Settings } from './resolveS3Settings'

export type MediaStorageSettings = { kind: 'local'; dir: string } | { kind: 's3'; s3: S3Settings }

/** Where media live: the S3-compatible bucket when `S3_*` is set, else the local `MEDIA_DIR`. */
export const mediaStorageSettings = (): MediaStorageSettings => {
  const s3 = resolveS3Settings(process.env)
  return s3 ? { kind: 's3', s3 } : { kind: 'local', dir: mediaDir() }
}
