import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { News } from '@/payload-types'

import { type RetractionChange, revalidatePortal } from '@/data/revalidatePortal'
import { TAGS } from '@/data/tags'

/** Whether a version of the item is (or was) on the portal: published main document, public or internal. */
const wasLive = (doc?: Partial<News> | null): boolean =>
  Boolean(doc && (doc.workflowState === 'published' || doc.workflowState === 'retracted' || doc.firstPublishedAt))

const tagsFor = (doc?: Partial<News> | null): string[] => (doc?.slug ? [TAGS.newsItem(doc.slug)] : [])

/** Slug whose URL answers 410 (a retracted public item), or null. */
const retractedSlug = (doc?: Partial<News> | null): null | string =>
  doc?.slug && doc.workflowState === 'retracted' && doc.visibility === 'public' ? doc.slug : null

/** Tells the proxy (on every instance) which URLs start or stop answering 410. */
const retractionChange = (doc?: Partial<News> | null, previousDoc?: Partial<News> | null): RetractionChange => {
  const now = retractedSlug(doc)
  const before = retractedSlug(previousDoc)
  return { retracted: now && now !== before ? [now] : [], restored: before && before !== now ? [before] : [] }
}

/**
 * Publishing, correcting, retracting, unpublishing or moving an item expires the article page and
 * every list and feed. Draft saves of never-published items change nothing public and are skipped.
 * Honours `req.context.disableRevalidate` (seeds, bulk imports).
 */
export const revalidateNews: CollectionAfterChangeHook<News> = async ({ doc, previousDoc, req }) => {
  if (req.context.disableRevalidate) return doc
  if (!wasLive(doc) && !wasLive(previousDoc)) return doc
  try {
    await revalidatePortal([TAGS.newsLists, ...tagsFor(doc), ...tagsFor(previousDoc)], retractionChange(doc, previousDoc))
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `[portal] revalidation failed for news ${doc.id}` })
  }
  return doc
}

export const revalidateDeletedNews: CollectionAfterDeleteHook<News> = async ({ doc, req }) => {
  if (req.context.disableRevalidate) return doc
  try {
    await revalidatePortal([TAGS.newsLists, ...tagsFor(doc)], retractionChange(null, doc))
  } catch (error) {
    req.payload.logger.warn({ err: error, msg: `[portal] revalidation failed for deleted news ${doc.id}` })
  }
  return doc
}
