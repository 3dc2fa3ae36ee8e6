import { cropToJpeg, type CroppedJpeg } from '../cropToJpeg'

const RATIO = 16 / 9

/** 1280×720 JPEG ≤ 2 MB (accepted under both the old 2 MB and new 50 MB caps), focal-point crop. */
export function prepareThumbnail(
  input: Buffer,
  focal: { focalX?: number; focalY?: number } = {},
): Promise<CroppedJpeg> {
  return cropToJpeg(input, {
    ratio: RATIO,
    minRatio: RATIO,
    maxRatio: RATIO,
    width: () => 1280,
    focalX: focal.focalX,
    focalY: focal.focalY,
    maxBytes: 2 * 1024 * 1024,
  })
}
