import type { Payload } from 'payload'

import { expectRetractedSlugs, loadRetractedSlugs } from '@/data/retractionRegistry'

/** Fills the proxy's retraction registry from the database (every public retracted item's slug). */
export const loadRetractions = async (payload: Payload): Promise<void> => {
  expectRetractedSlugs()
  const queriedAt = Date.now()
  const result = await payload.find({
    collection: 'news',
    where: { and: [{ workflowState: { equals: 'retracted' } }, { visibility: { equals: 'public' } }] },
    select: { slug: true },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  loadRetractedSlugs(
    result.docs.map((doc) => doc.slug).filter((slug): slug is string => Boolean(slug)),
    queriedAt,
  )
}
