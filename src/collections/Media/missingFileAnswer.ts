import type { PayloadRequest, UploadConfig } from 'payload'

import fs from 'node:fs/promises'
import path from 'node:path'

import { mediaDir } from '@/config/mediaDir'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const notFoundAnswer = async (req: PayloadRequest, filename: string): Promise<Response | undefined> => {
  const dir = path.resolve(mediaDir())
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) return undefined
  try {
    await fs.stat(file)
    return undefined
  } catch {
    req.payload.logger.warn(`[media] file not on disk: ${filename}`)
    return Response.json({ errors: [{ message: 'Berkas tidak ditemukan. Mungkin sudah diganti; muat ulang halaman.' }] }, { status: 404 })
  }
}

/**
 * Upload handler consulted before Payload serves `/api/media/file/:filename` from disk. Payload
 * answers a file that is gone (e.g. the old name after a replacement, issue 9 finding 4) with a
 * bare 500; this answers 404 with an Indonesian message instead. For an existing file it resolves
 * to nothing and Payload's own handler serves it (Payload only uses a `Response` result).
 */
export const missingFileAnswer: UploadHandler = (req, { params }) => notFoundAnswer(req, params.filename) as Promise<Response>
