import type { PayloadRequest, UploadConfig } from 'payload'

import { mediaFileKey } from '@/media/mediaFileKey'
import { configuredMediaStore } from '@/media/configuredMediaStore'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const notFoundAnswer = async (req: PayloadRequest, filename: string, prefix: string | undefined): Promise<Response | undefined> => {
  const store = configuredMediaStore()
  const key = mediaFileKey({ prefix, filename })
  if (key && (await store.size(key)) !== undefined) return undefined
  req.payload.logger.warn(`[media] file not in ${store.kind === 's3' ? 'the bucket' : 'MEDIA_DIR'}: ${filename}`)
  return Response.json({ errors: [{ message: 'Berkas tidak ditemukan. Mungkin sudah diganti; muat ulang halaman.' }] }, { status: 404 })
}

/**
 * Upload handler consulted before the file is served from `/api/media/file/:filename` (by Payload
 * from MEDIA_DIR, or by the S3 adapter's handler after this one). A file that is gone (e.g. the old
 * name after a replacement, issue 9 finding 4) would be Payload's bare 500 locally and the
 * adapter's empty 404 on S3; this answers 404 with an Indonesian message in both. For an existing
 * file it resolves to nothing and the next handler serves it (Payload only uses a `Response`).
 */
export const missingFileAnswer: UploadHandler = (req, { params }) =>
  notFoundAnswer(req, params.filename, params.prefix) as Promise<Response>
