import 'server-only'

import { cache } from 'react'

import { getPayloadClient } from './getPayloadClient'

/** Latest public items for the home page, read as an anonymous visitor would. */
export const getLatestNews = cache(async (limit = 12) => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'news',
    overrideAccess: false,
    depth: 1,
    limit,
    sort: '-publishedAt',
    select: { title: true, slug: true, lead: true, publishedAt: true, unit: true, category: true },
  })
  return result.docs
})
