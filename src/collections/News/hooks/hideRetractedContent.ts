import type { CollectionAfterReadHook } from 'payload'

import type { News } from '@/payload-types'

const WITHDRAWN = ['lead', 'body', 'bodyText', 'coverImage', 'gallery', 'youtubeVideoId', 'sources'] as const

/**
 * A retracted item stays at its URL with a public notice (title, reason, date), but its content
 * is withdrawn for readers who are not logged in.
 */
export const hideRetractedContent: CollectionAfterReadHook<News> = ({ doc, req }) => {
  if (req.user || doc?.workflowState !== 'retracted') return doc
  const copy: Record<string, unknown> = { ...doc }
  for (const field of WITHDRAWN) delete copy[field]
  return copy as unknown as News
}
