import 'server-only'

import type { Payload } from 'payload'

import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import { getPayloadClient } from './getPayloadClient'
import { portalQueries } from './portalQueries'
import { querySiteSettings } from './siteSettings'
import { TAGS } from './tags'

/**
 * Wraps a query in Next's data cache (tagged, kept until a hook expires a tag) and in React
 * `cache()` so a page and its `generateMetadata` share one read. A cache hit touches no database.
 */
const cached = <A extends (number | string | undefined)[], R>(
  name: string,
  query: (payload: Payload, ...args: A) => Promise<R>,
  tags: (...args: NoInfer<A>) => string[],
) =>
  cache((...args: A): Promise<R> =>
    unstable_cache(async () => query(await getPayloadClient(), ...args), ['portal', name, JSON.stringify(args)], {
      tags: tags(...args),
    })(),
  )

const lists = () => [TAGS.newsLists, TAGS.taxonomy]

export const getSiteSettings = cached('site', querySiteSettings, () => [TAGS.site])

export const getLatestNews = cached('latest', (p, page: number = 1, limit: number = 12) => portalQueries.latest(p, page, limit), lists)

export const getCategoryNews = cached(
  'by-category',
  (p, id: number | string, page: number = 1) => portalQueries.byCategory(p, id, page),
  lists,
)

export const getUnitNews = cached('by-unit', (p, id: number | string, page: number = 1) => portalQueries.byUnit(p, id, page), lists)

/**
 * Not in Next's data cache: every distinct query would add an entry that lives until the next
 * publication (memory and disk grow with a crawler's distinct URLs), and the FTS index answers in
 * milliseconds anyway. React `cache()` still shares one read between the page and its metadata.
 */
export const searchNews = cache(async (q: string, page: number = 1) => portalQueries.search(await getPayloadClient(), q, page))

export const getCorrectedNews = cached('corrected', (p, page: number = 1) => portalQueries.corrected(p, page), lists)

export const getRetractions = cached('retractions', (p) => portalQueries.retractions(p), () => [TAGS.newsLists])

export const getArticle = cached('article', (p, slug: string) => portalQueries.article(p, slug), (slug) => [
  TAGS.newsItem(slug),
  TAGS.taxonomy,
])

export const getRetraction = cached('retraction', (p, slug: string) => portalQueries.retraction(p, slug), (slug) => [
  TAGS.newsItem(slug),
  TAGS.newsLists,
])

export const getRelatedNews = cached(
  'related',
  async (p, id: number | string, category: number | string | undefined, unit: number | string) =>
    portalQueries.related(p, { id: id as number, category: (category ?? null) as number | null, unit: unit as number }),
  lists,
)

export const getCategory = cached('category', (p, slug: string) => portalQueries.category(p, slug), () => [TAGS.taxonomy])
export const getUnit = cached('unit', (p, slug: string) => portalQueries.unit(p, slug), () => [TAGS.taxonomy])
export const getCategories = cached('categories', (p) => portalQueries.categories(p), () => [TAGS.taxonomy])
export const getUnits = cached('units', (p) => portalQueries.units(p), () => [TAGS.taxonomy])

export const getFeedItems = cached(
  'feed-items',
  (p, kind: 'all' | 'category' | 'unit' = 'all', id?: number | string) =>
    portalQueries.feedItems(p, kind === 'category' ? { category: id } : kind === 'unit' ? { unit: id } : {}),
  lists,
)

export const getSitemapEntries = cached('sitemap', (p) => portalQueries.sitemapEntries(p), lists)

/** Items of the last 72 hours, cached; the news sitemap narrows them to 48 hours at request time. */
export const getRecentNews = cached(
  'recent',
  (p, hourBucket: number) => portalQueries.publishedSince(p, new Date((hourBucket - 72) * 3_600_000)),
  () => [TAGS.newsLists],
)
