/**
 * Where the production server (scripts/server.ts) sends a portal request before Next.js sees it.
 * Decided in the server's own realm, before the micro-cache, from in-process registries:
 * - a retracted article's URL goes to its 410 notice (src/data/retractionRegistry.ts), so no cached
 *   200 can answer first;
 * - an article slug not known to be published goes to the uncached twin route
 *   /berita-langsung/<slug> (src/data/knownArticleSlugs.ts): unknown slugs must not enter Next's
 *   on-demand ISR, where each one leaves state behind;
 * - the internal routes (/berita-langsung/…, /tidak-ditemukan, /beranda/<edition> other than the home's own) are
 *   not public addresses and answer 404 without rendering a route per path.
 * Returns the URL to hand to Next (the same string when nothing changes).
 */
export type PortalRegistries = {
  isRetracted: (slug: string) => Promise<boolean | null>
  isKnownArticle: (slug: string) => boolean
}

const ARTICLE = /^\/berita\/([^/?#]+)\/?(\?.*)?$/
const INTERNAL = /^\/(?:berita-langsung(?:[/?]|$)|tidak-ditemukan(?:[/?]|$)|beranda\/(?!terkini\/?(?:\?|$)))/
/** A path with no route: Next answers it with the portal's 404 page. */
export const NOT_FOUND_PATH = '/__tidak-ditemukan'

export const routePortalRequest = async (method: string | undefined, url: string, registries: PortalRegistries): Promise<string> => {
  if (method !== 'GET' && method !== 'HEAD') return url
  if (INTERNAL.test(url)) return NOT_FOUND_PATH
  const match = ARTICLE.exec(url)
  const slug = match?.[1]
  if (!slug) return url
  if (await registries.isRetracted(slug)) return `/dicabut/${slug}`
  return registries.isKnownArticle(slug) ? url : `/berita-langsung/${slug}${match[2] ?? ''}`
}
