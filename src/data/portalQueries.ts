import type { Payload, Where } from 'payload'

import type { Category, News, Unit } from '@/payload-types'
import type { Segment } from '@/search'

import { archiveSearch, queryTerms } from '@/search'

/**
 * The portal's database reads, as an anonymous visitor (`overrideAccess: false`): plain functions
 * of a Payload instance so the integration tests exercise exactly what the pages run. The cached,
 * server-only wrappers in `portalData.ts` are what pages and feeds call.
 */

export type PortalNews = News
/** A search hit: the list fields plus the title and a passage with the matched words marked. */
export type SearchResult = Pick<PortalNews, 'id' | keyof typeof SEARCH_SELECT> & { highlight: { title: Segment[]; snippet: Segment[] } }
export type Paginated<T> = { docs: T[]; page: number; totalPages: number; totalDocs: number }

/** Belt and braces on top of the collection's read access: published, public main documents only. */
export const PUBLIC: Where[] = [{ workflowState: { equals: 'published' } }, { visibility: { equals: 'public' } }]

const LIST_SELECT = {
  title: true,
  slug: true,
  lead: true,
  publishedAt: true,
  firstPublishedAt: true,
  updatedAt: true,
  unit: true,
  category: true,
  coverImage: true,
} as const

const POPULATE = {
  units: { name: true, shortName: true, slug: true },
  categories: { name: true, slug: true },
  media: { alt: true, caption: true, credit: true, url: true, width: true, height: true, sizes: true },
} as const

/** What a search hit shows (src/app/(frontend)/cari/SearchResults.tsx): no cover, no lead. */
const SEARCH_SELECT = { title: true, slug: true, publishedAt: true, firstPublishedAt: true, unit: true, category: true } as const
const SEARCH_POPULATE = { units: { shortName: true, slug: true }, categories: { name: true, slug: true } } as const

/**
 * The byline: author names only. Staff accounts are not readable anonymously, so the names of a
 * published item's own authors are read with override and nothing else of the account leaves.
 */
const withAuthorNames = async (payload: Payload, article: PortalNews): Promise<PortalNews> => {
  const ids = (article.authors ?? []).map((author) => (typeof author === 'object' ? author.id : author))
  if (ids.length === 0) return article
  const users = await payload.find({
    collection: 'users',
    overrideAccess: true,
    depth: 0,
    limit: ids.length,
    pagination: false,
    where: { id: { in: ids } },
    select: { name: true },
  })
  const names = new Map(users.docs.map((user) => [user.id, user.name]))
  const authors = ids.flatMap((id) => (names.get(id) ? [{ id, name: names.get(id) }] : []))
  return { ...article, authors: authors as unknown as PortalNews['authors'] }
}

const paginated = <T>(result: { docs: T[]; page?: number; totalPages: number; totalDocs: number }): Paginated<T> => ({
  docs: result.docs,
  page: result.page ?? 1,
  totalPages: result.totalPages,
  totalDocs: result.totalDocs,
})

const listNews = async (payload: Payload, where: Where[], page = 1, limit = 12): Promise<Paginated<PortalNews>> =>
  paginated(
    await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 1,
      where: { and: [...PUBLIC, ...where] },
      sort: '-publishedAt',
      page: Math.max(1, Math.floor(page) || 1),
      limit,
      select: LIST_SELECT,
      populate: POPULATE,
    }),
  ) as Paginated<PortalNews>

const bySlug = async <C extends 'categories' | 'units'>(payload: Payload, collection: C, slug: string) => {
  const result = await payload.find({
    collection,
    overrideAccess: false,
    depth: 0,
    limit: 1,
    where: { slug: { equals: slug } },
  })
  return (result.docs[0] ?? null) as unknown as (C extends 'units' ? Unit : Category) | null
}

export const portalQueries = {
  latest: (payload: Payload, page = 1, limit = 12) => listNews(payload, [], page, limit),

  byCategory: (payload: Payload, categoryId: number | string, page = 1, limit = 12) =>
    listNews(payload, [{ category: { equals: categoryId } }], page, limit),

  byUnit: (payload: Payload, unitId: number | string, page = 1, limit = 12) =>
    listNews(payload, [{ unit: { equals: unitId } }], page, limit),

  /**
   * Archive search (src/search: SQLite FTS5 or MongoDB text index): every word must occur in the
   * title, lead or body, best matches first, with the matched words marked. The hits are read back
   * through the same public query as every list, so the index can never show more than the portal.
   * A page past the last answers with no docs and the real totals (the page then 404s).
   */
  search: async (payload: Payload, q: string, page = 1, limit = 10): Promise<Paginated<SearchResult>> => {
    const terms = queryTerms(q)
    const current = Math.max(1, Math.floor(page) || 1)
    if (terms.length === 0) return { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
    const found = await archiveSearch(payload).search(terms, { page: current, limit })
    const empty = { docs: [], page: current, totalPages: found.totalPages, totalDocs: found.totalDocs }
    if (found.hits.length === 0) return empty
    // SQLite reads the list fields with the hits, under the index's public predicate
    // (src/search/sqliteSearch.ts); tests/int/archiveSearch.int.spec.ts holds them equal to this find's.
    if (found.hits.every((hit) => hit.listing)) {
      const docs = found.hits.map((hit) => ({ id: hit.id, ...hit.listing, highlight: { title: hit.title, snippet: hit.snippet } }))
      return { ...empty, docs: docs as unknown as SearchResult[] }
    }
    const ids = found.hits.map((hit) => hit.id)
    const items = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 1,
      pagination: false,
      limit: ids.length,
      where: { and: [...PUBLIC, { id: { in: ids } }] },
      // The hit list's fields only: populating covers with every size was most of a search's time.
      select: SEARCH_SELECT,
      populate: SEARCH_POPULATE,
    })
    const byId = new Map(items.docs.map((doc) => [String(doc.id), doc as PortalNews]))
    const docs = found.hits.flatMap((hit) => {
      const doc = byId.get(String(hit.id))
      return doc ? [{ ...doc, highlight: { title: hit.title, snippet: hit.snippet } }] : []
    })
    return { ...empty, docs }
  },

  /** Items with at least one public correction note, most recently published first. */
  corrected: (payload: Payload, page = 1, limit = 20) =>
    listNews(payload, [{ 'corrections.correctedAt': { exists: true } }], page, limit).then(async (result) => {
      // The list select has no corrections: read them for the page's items only.
      if (result.docs.length === 0) return result
      const notes = await payload.find({
        collection: 'news',
        overrideAccess: false,
        draft: false,
        depth: 0,
        limit: result.docs.length,
        pagination: false,
        where: { id: { in: result.docs.map((doc) => doc.id) } },
        select: { corrections: true },
      })
      const byId = new Map(notes.docs.map((doc) => [doc.id, doc.corrections]))
      return { ...result, docs: result.docs.map((doc) => ({ ...doc, corrections: byId.get(doc.id) ?? [] })) }
    }),

  /** The full public article, or null (draft, internal, retracted, unknown). */
  article: async (payload: Payload, slug: string): Promise<PortalNews | null> => {
    const result = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 1,
      limit: 1,
      where: { and: [...PUBLIC, { slug: { equals: slug } }] },
      select: {
        ...LIST_SELECT,
        body: true,
        gallery: true,
        youtubeVideoId: true,
        sources: true,
        tags: true,
        corrections: true,
        visibility: true,
        authors: true,
      },
      populate: POPULATE,
    })
    const article = (result.docs[0] as PortalNews | undefined) ?? null
    return article ? withAuthorNames(payload, article) : null
  },

  /**
   * The public retraction notice of a retracted public item. Retracted items are outside the
   * anonymous read access, so this one read overrides access and selects only notice fields.
   */
  retraction: async (payload: Payload, slug: string) => {
    const result = await payload.find({
      collection: 'news',
      overrideAccess: true,
      draft: false,
      depth: 0,
      limit: 1,
      where: {
        and: [{ slug: { equals: slug } }, { workflowState: { equals: 'retracted' } }, { visibility: { equals: 'public' } }],
      },
      select: { title: true, slug: true, firstPublishedAt: true, retraction: { reason: true, retractedAt: true } },
    })
    const doc = result.docs[0]
    if (!doc?.slug) return null
    return {
      title: doc.title,
      slug: doc.slug,
      firstPublishedAt: doc.firstPublishedAt ?? null,
      reason: doc.retraction?.reason ?? '',
      retractedAt: doc.retraction?.retractedAt ?? null,
    }
  },

  /** Every public retraction notice (for /koreksi and the article route's 410 check). */
  retractions: async (payload: Payload, limit = 500) => {
    const result = await payload.find({
      collection: 'news',
      overrideAccess: true,
      draft: false,
      depth: 0,
      limit,
      sort: '-updatedAt',
      where: { and: [{ workflowState: { equals: 'retracted' } }, { visibility: { equals: 'public' } }] },
      select: { title: true, slug: true, retraction: { reason: true, retractedAt: true } },
    })
    return result.docs
      .filter((doc) => doc.slug)
      .map((doc) => ({
        title: doc.title,
        slug: doc.slug as string,
        reason: doc.retraction?.reason ?? '',
        retractedAt: doc.retraction?.retractedAt ?? null,
      }))
  },

  /** Up to `limit` other items of the same category (else the same OPD). */
  related: async (payload: Payload, article: Pick<News, 'id' | 'category' | 'unit'>, limit = 4) => {
    const idOf = (value: unknown) => (typeof value === 'object' && value !== null ? (value as { id: number }).id : value)
    const category = idOf(article.category)
    const where: Where[] = [{ id: { not_equals: article.id } }]
    where.push(category ? { category: { equals: category } } : { unit: { equals: idOf(article.unit) } })
    return (await listNews(payload, where, 1, limit)).docs
  },

  category: (payload: Payload, slug: string) => bySlug(payload, 'categories', slug),
  unit: (payload: Payload, slug: string) => bySlug(payload, 'units', slug),

  categories: async (payload: Payload) =>
    (await payload.find({ collection: 'categories', overrideAccess: false, depth: 0, limit: 200, sort: 'name', pagination: false }))
      .docs,
  units: async (payload: Payload) =>
    (await payload.find({ collection: 'units', overrideAccess: false, depth: 0, limit: 500, sort: 'name', pagination: false })).docs,

  /** Latest items with their body, for feeds (RSS, Atom, JSON Feed). */
  feedItems: async (payload: Payload, filter: { category?: number | string; unit?: number | string } = {}, limit = 30) => {
    const where: Where[] = [...PUBLIC]
    if (filter.category !== undefined) where.push({ category: { equals: filter.category } })
    if (filter.unit !== undefined) where.push({ unit: { equals: filter.unit } })
    const result = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 1,
      limit,
      sort: '-publishedAt',
      where: { and: where },
      select: { ...LIST_SELECT, body: true, tags: true, corrections: true },
      populate: POPULATE,
    })
    return result.docs as PortalNews[]
  },

  /** Slug and last change of every public item (sitemap.xml). */
  sitemapEntries: async (payload: Payload) => {
    const result = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 0,
      pagination: false,
      limit: 50_000,
      sort: '-publishedAt',
      where: { and: PUBLIC },
      select: { slug: true, updatedAt: true },
    })
    return result.docs.filter((doc) => doc.slug).map((doc) => ({ slug: doc.slug as string, updatedAt: doc.updatedAt }))
  },

  /** Items first published since `since` (Google News sitemap: the last 48 hours), ≤ 1,000. */
  publishedSince: async (payload: Payload, since: Date) => {
    const result = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 0,
      limit: 1000,
      sort: '-publishedAt',
      where: {
        and: [
          ...PUBLIC,
          {
            or: [
              { firstPublishedAt: { greater_than_equal: since.toISOString() } },
              { and: [{ firstPublishedAt: { exists: false } }, { publishedAt: { greater_than_equal: since.toISOString() } }] },
            ],
          },
        ],
      },
      select: { title: true, slug: true, publishedAt: true, firstPublishedAt: true },
    })
    return result.docs
      .filter((doc) => doc.slug)
      .map((doc) => ({
        title: doc.title,
        slug: doc.slug as string,
        publishedAt: (doc.firstPublishedAt ?? doc.publishedAt) as string,
      }))
  },
}
