import type { PayloadRequest, UploadConfig } from 'payload'

import { mediaFileKey } from '@/media/mediaFileKey'
import { configuredMediaStore } from '@/media/configuredMediaStore'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const missing = (req: PayloadRequest, filename: string, where: string): Response => {
  req.payload.logger.warn(`[media] file not in ${where}: ${filename}`)
  return Response.json({ errors: [{ message: 'Berkas tidak ditemukan. Mungkin sudah diganti; muat ulang halaman.' }] }, { status: 404 })
}

const notFoundAnswer = async (req: PayloadRequest, filename: string, prefix: string | undefined): Promise<Response | undefined> => {
  const store = configuredMediaStore()
  // In a bucket the storage adapter's own handler finds out (answerMissingObject): checking here
  // first would cost every file a second round trip to S3.
  if (store.kind === 's3') return undefined
  const key = mediaFileKey({ prefix, filename })
  if (key && (await store.size(key)) !== undefined) return undefined
  return missing(req, filename, 'MEDIA_DIR')
}

/**
 * Upload handler consulted before Payload serves a file from MEDIA_DIR at
 * `/api/media/file/:filename`. A file that is gone (e.g. the old name after a replacement, issue 9
 * finding 4) would be Payload's bare 500; this answers 404 with an Indonesian message. For an
 * existing file — and always on S3, where `answerMissingObject` gives the same answer — it
 * resolves to nothing and the next handler serves the file (Payload only uses a `Response`).
 */
export const missingFileAnswer: UploadHandler = (req, { params }) =>
  notFoundAnswer(req, params.filename, params.prefix) as Promise<Response>

/**
 * Wraps the S3 adapter's file handler: its bare 404 for an object missing from the bucket
 * becomes the same Indonesian 404 as a file missing from MEDIA_DIR.
 */
export const answerMissingObject =
  (handler: UploadHandler): UploadHandler =>
  (req, args) =>
    // Payload's handler type has no Promise<Response | void>, which this is, like missingFileAnswer.
    Promise.resolve(handler(req, args)).then((answer) =>
      answer instanceof Response && answer.status === 404 ? missing(req, args.params.filename, 'the bucket') : answer,
    ) as Promise<Response>
