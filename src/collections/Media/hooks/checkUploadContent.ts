import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'
import sharp from 'sharp'

import { uploadLimits } from '../uploadLimits'

/**
 * Judges an upload by its bytes, not its name: only real JPEG/PNG/WebP images within the size
 * and pixel caps pass, and the stored MIME type is the detected one.
 */
export const checkUploadContent: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args

  const size = file.size ?? file.data?.length ?? 0
  if (size > uploadLimits.maxBytes) {
    throw new APIError(
      `Berkas terlalu besar (${(size / 1048576).toFixed(1)} MB). Batas unggahan ${uploadLimits.maxBytes / 1048576} MB.`,
      413,
      undefined,
      true,
    )
  }

  const input = file.tempFilePath || file.data
  let format: string | undefined
  let pixels = 0
  try {
    const meta = await sharp(input, { limitInputPixels: false }).metadata()
    format = meta.format
    pixels = (meta.width ?? 0) * (meta.height ?? 0)
  } catch {
    format = undefined
  }
  const mime = format ? uploadLimits.formats[format] : undefined
  if (!mime) {
    throw new APIError(
      'Berkas bukan gambar JPEG, PNG atau WebP yang sah. Periksa isi berkas, bukan hanya ekstensinya.',
      400,
      undefined,
      true,
    )
  }
  if (pixels > uploadLimits.maxInputPixels) {
    throw new APIError(
      `Resolusi gambar terlalu besar (${Math.round(pixels / 1e6)} megapiksel). Batasnya ${uploadLimits.maxInputPixels / 1e6} megapiksel.`,
      400,
      undefined,
      true,
    )
  }
  file.mimetype = mime
  return args
}
