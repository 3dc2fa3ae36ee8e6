import 'server-only'

import type { PortalNews } from './portalQueries'

import { CACHE_CONTROL } from './cacheControl'
import { type FeedFormat, type FeedScope, renderFeed } from './feeds'
import { getSiteSettings } from './portalData'

export type { FeedFormat }

const TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
}

/** A feed route's response: serialised from cached data, CDN-cacheable. */
export const feedResponse = async (
  format: FeedFormat,
  scope: (site: Awaited<ReturnType<typeof getSiteSettings>>) => FeedScope,
  items: PortalNews[],
): Promise<Response> => {
  const site = await getSiteSettings()
  return new Response(renderFeed(format, site, scope(site), items), { headers: { 'Content-Type': TYPES[format], 'Cache-Control': CACHE_CONTROL.public } })
}
