import 'server-only'

import type { Where } from 'payload'

import { cache } from 'react'

import type { News, User } from '@/payload-types'

import { getPayloadClient } from './getPayloadClient'

/**
 * Reads for logged-in staff (internal announcements, draft preview): never cached across
 * requests, always with the user's own access rules (`overrideAccess: false`, `user`).
 */

/** The logged-in Payload user from the request's cookie, or null. */
export const getViewer = cache(async (headers: Headers): Promise<null | User> => {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers })
  return user && user.collection === 'users' ? (user as User) : null
})

const POPULATE = {
  units: { name: true, shortName: true, slug: true },
  categories: { name: true, slug: true },
  media: { alt: true, caption: true, credit: true, url: true, width: true, height: true, sizes: true },
} as const

const INTERNAL: Where[] = [{ workflowState: { equals: 'published' } }, { visibility: { equals: 'internal' } }]

export const getInternalNews = async (user: User, page = 1) => {
  const payload = await getPayloadClient()
  return payload.find({
    collection: 'news',
    user,
    overrideAccess: false,
    draft: false,
    depth: 1,
    page,
    limit: 20,
    sort: '-publishedAt',
    where: { and: INTERNAL },
    select: { title: true, slug: true, lead: true, publishedAt: true, firstPublishedAt: true, updatedAt: true, unit: true, category: true, coverImage: true },
    populate: POPULATE,
  })
}

const one = async (user: User, where: Where[], draft: boolean): Promise<News | null> => {
  const payload = await getPayloadClient()
  const result = await payload.find({
    collection: 'news',
    user,
    overrideAccess: false,
    draft,
    depth: 1,
    limit: 1,
    where: { and: where },
    populate: POPULATE,
  })
  return result.docs[0] ?? null
}

export const getInternalArticle = (user: User, slug: string) => one(user, [...INTERNAL, { slug: { equals: slug } }], false)

/** The latest draft of an item the user may read (preview); null when the user may not. */
export const getDraftArticle = (user: User, slug: string) => one(user, [{ slug: { equals: slug } }], true)
