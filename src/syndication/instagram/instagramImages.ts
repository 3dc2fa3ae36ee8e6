import type { SyndicationItem, SyndicationMedia } from '../types'

/** Cover first, then the gallery images chosen for Instagram (deduplicated by URL). */
export function instagramImages(item: SyndicationItem): SyndicationMedia[] {
  const all = [item.cover, ...(item.overrides.instagram?.images ?? [])].filter((m): m is SyndicationMedia => Boolean(m))
  const seen = new Set<string>()
  return all.filter((media) => !seen.has(media.url) && Boolean(seen.add(media.url)))
}
