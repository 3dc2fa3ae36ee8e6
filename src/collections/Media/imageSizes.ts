import type { ImageSize } from 'payload'

const jpeg = (quality: number): ImageSize['formatOptions'] => ({
  format: 'jpeg',
  options: { quality, mozjpeg: true },
})

/**
 * Derivatives made by sharp at upload (design.md §2). Cropped sizes honour the focal point;
 * platform sizes are JPEG because Instagram and YouTube accept nothing else reliably.
 */
export const imageSizes: ImageSize[] = [
  { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: { format: 'webp', options: { quality: 78 } } },
  { name: 'card', width: 768, height: 432, formatOptions: { format: 'webp', options: { quality: 80 } } },
  { name: 'wide', width: 1600, withoutEnlargement: true, formatOptions: { format: 'webp', options: { quality: 80 } } },
  { name: 'og', width: 1200, height: 630, formatOptions: jpeg(82) },
  { name: 'instagramPortrait', width: 1080, height: 1350, formatOptions: jpeg(86) },
  { name: 'instagramSquare', width: 1080, height: 1080, formatOptions: jpeg(86) },
  // 1280×720 at quality 85 stays far below YouTube's 2 MB thumbnail cap.
  { name: 'youtube', width: 1280, height: 720, formatOptions: jpeg(85) },
]
