/** Upload policy for the media library; read by the upload hook and documented in README. */
export const uploadLimits = {
  maxBytes: 15 * 1024 * 1024,
  // 50 megapixels: a 8K photo passes, a decompression bomb does not.
  maxInputPixels: 50_000_000,
  formats: {
    jpeg: 'image/jpeg',
    png: 'image/png',
    webp: 'image/webp',
  } as Record<string, string>,
} as const
