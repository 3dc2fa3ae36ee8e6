import type { SyndicationItem } from '../types'

/**
 * The description to send: the override as is; otherwise the video's current description
 * (never wiped) with the article link appended once, if it still fits 5,000 bytes.
 */
export function buildYoutubeDescription(item: SyndicationItem, current: string | undefined): string {
  const override = item.overrides.youtube?.description
  if (override !== undefined && override.trim() !== '') return override
  const existing = current ?? ''
  if (!item.canonicalUrl || existing.includes(item.canonicalUrl)) return existing
  const withLink = `${existing.trimEnd()}${existing.trim() ? '\n\n' : ''}Selengkapnya: ${item.canonicalUrl}`
  return Buffer.byteLength(withLink, 'utf8') <= 5000 ? withLink : existing
}
