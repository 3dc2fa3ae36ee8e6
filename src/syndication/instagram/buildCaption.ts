import type { SyndicationItem } from '../types'

import { toHashtag } from './toHashtag'

export const CAPTION_MAX = 2200

/**
 * The item's override as is, or the template: title, lead, "Selengkapnya: <url>", hashtags
 * (channel ones first, then the item's tags, capped). The template shortens the lead to fit;
 * an override is validated, never altered.
 */
export function buildCaption(item: SyndicationItem, options: { hashtags?: string[]; maxHashtags?: number }): string {
  const override = item.overrides.instagram?.caption?.trim()
  if (override) return override
  const max = options.maxHashtags ?? 5
  const tags = [...new Set([...(options.hashtags ?? []), ...item.tags].map(toHashtag).filter(Boolean))].slice(0, max)
  const link = `Selengkapnya: ${item.canonicalUrl}`
  const compose = (lead: string) => [item.title.trim(), lead, link, tags.join(' ')].filter(Boolean).join('\n\n')
  const lead = item.summary.trim()
  let caption = compose(lead)
  if ([...caption].length <= CAPTION_MAX) return caption
  const overflow = [...caption].length - CAPTION_MAX
  const chars = [...lead]
  caption = compose(
    `${chars
      .slice(0, Math.max(0, chars.length - overflow - 1))
      .join('')
      .trimEnd()}…`,
  )
  return caption
}
