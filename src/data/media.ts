import type { Media } from '@/payload-types'

export type ImageSizeName = keyof NonNullable<Media['sizes']>

/** A populated media document, or null for an id or nothing. */
export const asMedia = (value: unknown): Media | null =>
  typeof value === 'object' && value !== null && 'url' in value ? (value as Media) : null

/** Site-relative path of a media URL (Payload may return it absolute when serverURL is set). */
export const mediaPath = (url: null | string | undefined): string | null => {
  if (!url) return null
  if (url.startsWith('/')) return url
  try {
    const parsed = new URL(url)
    return `${parsed.pathname}${parsed.search}`
  } catch {
    return null
  }
}

/** The derivative `size` (falling back to the original): relative src, width and height. */
export const mediaSize = (media: Media, size: ImageSizeName) => {
  const derivative = media.sizes?.[size]
  if (derivative?.url && derivative.width && derivative.height) {
    return { src: mediaPath(derivative.url), width: derivative.width, height: derivative.height }
  }
  return { src: mediaPath(media.url), width: media.width ?? 1200, height: media.height ?? 800 }
}
