/** Cache-Control for a CDN in front of the portal. Staff and preview responses are never shared. */
export const CACHE_CONTROL = {
  public: 'public, max-age=0, s-maxage=60, stale-while-revalidate=600',
  private: 'private, no-store',
  /** Portal 404 pages: briefly, with no stale copy (what is missing now may be published next). */
  notFound: 'public, max-age=0, s-maxage=10',
} as const
