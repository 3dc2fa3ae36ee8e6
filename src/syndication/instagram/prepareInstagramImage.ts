import { cropToJpeg, type CroppedJpeg } from '../cropToJpeg'

export const IG_MIN_RATIO = 0.8
export const IG_MAX_RATIO = 1.91
const MAX_BYTES = 8 * 1024 * 1024

/**
 * JPEG within Instagram's limits (platform-apis.md §1.3): ratio 0.8–1.91 (nearest allowed,
 * around the focal point), width 320–1440, ≤ 8 MiB. Carousel children pass the first image's
 * ratio so Instagram does not crop them itself.
 */
export function prepareInstagramImage(
  input: Buffer,
  options: { ratio?: number; focalX?: number; focalY?: number } = {},
): Promise<CroppedJpeg> {
  return cropToJpeg(input, {
    ratio: options.ratio,
    minRatio: IG_MIN_RATIO,
    maxRatio: IG_MAX_RATIO,
    width: (w) => Math.min(Math.max(w, 320), 1440),
    focalX: options.focalX,
    focalY: options.focalY,
    maxBytes: MAX_BYTES,
  })
}
