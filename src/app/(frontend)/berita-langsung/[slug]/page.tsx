// The article page rendered on every request, never kept in Next's full-route cache: where
// scripts/server.ts sends /berita/<slug> for slugs not yet known to be published (unknown slugs
// from crawlers, an article published on another instance). See src/data/knownArticleSlugs.ts.
// Its answers are private (not micro-cached); the page's canonical URL stays /berita/<slug>.
export { default, generateMetadata } from '../../berita/[slug]/page'

export const dynamic = 'force-dynamic'
