/**
 * Cache tags of the portal's cross-request data cache. Every cached read in src/data is tagged
 * from here; the revalidation hooks invalidate the same constants.
 */
export const TAGS = {
  /** Every list of news items: home, category, OPD, search, corrections, feeds, sitemaps. */
  newsLists: 'news-lists',
  /** The `site` global (name, base URL) used by every page and feed. */
  site: 'site',
  /** Categories and OPD (names and slugs shown with every item). */
  taxonomy: 'taxonomy',
  /** One article page by slug. */
  newsItem: (slug: string) => `news-item:${slug}`,
} as const
