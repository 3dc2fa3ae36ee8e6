import sharp from 'sharp'

export interface CropToJpegOptions {
  /** Wanted aspect ratio (w/h); default the source's. Always clamped into [minRatio, maxRatio]. */
  ratio?: number
  minRatio: number
  maxRatio: number
  /** Output width from the cropped width (clamp or fixed). */
  width(croppedWidth: number): number
  /** Focal point in percent; the crop window is centred on it as far as the edges allow. */
  focalX?: number
  focalY?: number
  maxBytes: number
  quality?: number
}

export interface CroppedJpeg {
  buffer: Buffer
  width: number
  height: number
}

/**
 * Auto-orients, crops to the nearest allowed aspect ratio around the focal point, resizes and
 * encodes a baseline sRGB JPEG, lowering quality until it fits `maxBytes`.
 */
export async function cropToJpeg(input: Buffer, options: CropToJpegOptions): Promise<CroppedJpeg> {
  const { data, info } = await sharp(input, { limitInputPixels: 268_402_689 })
    .rotate()
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true })
  const sourceRatio = info.width / info.height
  const target = Math.min(Math.max(options.ratio ?? sourceRatio, options.minRatio), options.maxRatio)
  let cropW = info.width
  let cropH = info.height
  if (sourceRatio > target) cropW = Math.max(1, Math.round(info.height * target))
  else if (sourceRatio < target) cropH = Math.max(1, Math.round(info.width / target))
  const centre = (focal: number | undefined, size: number, crop: number) =>
    Math.min(Math.max(Math.round(((focal ?? 50) / 100) * size - crop / 2), 0), size - crop)
  const left = centre(options.focalX, info.width, cropW)
  const top = centre(options.focalY, info.height, cropH)

  const outW = Math.max(1, Math.round(options.width(cropW)))
  let outH = Math.max(1, Math.round(outW / target))
  // Rounding must not push the result outside the allowed range.
  if (outW / outH < options.minRatio) outH = Math.floor(outW / options.minRatio)
  if (outW / outH > options.maxRatio) outH = Math.ceil(outW / options.maxRatio)

  const base = sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
    .extract({ left, top, width: cropW, height: cropH })
    .resize(outW, outH, { fit: 'fill' })
  for (const quality of [options.quality ?? 88, 80, 70, 60, 50, 40]) {
    const buffer = await base.clone().jpeg({ quality, chromaSubsampling: '4:2:0' }).toBuffer()
    if (buffer.length <= options.maxBytes) return { buffer, width: outW, height: outH }
  }
  throw new Error(`cannot encode a JPEG under ${options.maxBytes} bytes`)
}
