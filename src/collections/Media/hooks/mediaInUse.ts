import type { PayloadRequest, Where } from 'payload'

import type { News } from '@/payload-types'

/** States whose content a verifier approved: their media must not change unreviewed. */
export const REVIEWED_STATES = ['approved', 'scheduled', 'published'] as const

const usesMedia = (id: number | string): Where => ({
  or: [{ coverImage: { equals: id } }, { gallery: { in: [id] } }, { 'channels.instagram.images': { in: [id] } }],
})

/**
 * Items whose approved or live content shows this media: the latest versions in a reviewed state,
 * plus live main documents (a live item keeps its published version while a new draft is pending).
 */
export const itemsUsingMedia = async (req: PayloadRequest, id: number | string): Promise<Pick<News, 'id' | 'title' | 'workflowState'>[]> => {
  const where = (extra: Where): Where => ({ and: [usesMedia(id), extra] })
  const [latest, live] = await Promise.all([
    req.payload.find({
      collection: 'news',
      where: where({ workflowState: { in: [...REVIEWED_STATES] } }),
      draft: true,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
      select: { title: true, workflowState: true },
    }),
    req.payload.find({
      collection: 'news',
      where: where({ _status: { equals: 'published' } }),
      depth: 0,
      limit: 100,
      overrideAccess: true,
      req,
      select: { title: true, workflowState: true },
    }),
  ])
  const byId = new Map([...latest.docs, ...live.docs].map((doc) => [String(doc.id), doc]))
  return [...byId.values()]
}
