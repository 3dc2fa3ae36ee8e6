import type { SyndicationItem } from '../types'

import type { PortalEvent } from './types'

/** The JSON external portals receive: public fields only (no body text, no internal ids). */
export function webhookPayload(item: SyndicationItem, event: PortalEvent, deliveryId: string, sentAt: string) {
  return {
    event,
    deliveryId,
    sentAt,
    item: {
      id: item.id,
      slug: item.slug,
      versionId: item.versionId,
      title: item.title,
      summary: item.summary,
      url: item.canonicalUrl,
      publishedAt: item.publishedAt,
      updatedAt: item.updatedAt ?? null,
      unit: item.unit,
      category: item.category ?? null,
      tags: item.tags,
      cover: item.cover
        ? { url: item.cover.url, alt: item.cover.alt, width: item.cover.width, height: item.cover.height }
        : null,
      youtubeVideoId: item.youtubeVideoId ?? null,
    },
  }
}
