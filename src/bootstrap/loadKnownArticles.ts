import type { Payload } from 'payload'

import { rememberArticleSlug } from '@/data/knownArticleSlugs'
import { PUBLIC } from '@/data/portalQueries'

/**
 * Tells the server's article routing (src/data/knownArticleSlugs.ts) every public article's slug,
 * so their first request after a restart is already served from Next's full-route cache.
 */
export const loadKnownArticles = async (payload: Payload): Promise<void> => {
  const result = await payload.find({
    collection: 'news',
    where: { and: PUBLIC },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  for (const doc of result.docs) if (doc.slug) rememberArticleSlug(doc.slug)
}
