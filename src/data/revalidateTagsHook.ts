import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { revalidatePortal } from './revalidatePortal'

type AnyHook = CollectionAfterChangeHook & CollectionAfterDeleteHook & GlobalAfterChangeHook

/**
 * After-change/after-delete hook for collections and globals the portal shows with every item
 * (OPD, categories, the site global): expires the given tags. Honours `req.context.disableRevalidate`.
 */
export const revalidateTagsHook =
  (tags: string[]): AnyHook =>
  async ({ doc, req }) => {
    if (req.context.disableRevalidate) return doc
    try {
      await revalidatePortal(tags)
    } catch (error) {
      req.payload.logger.warn({ err: error, msg: `[portal] revalidation of ${tags.join(', ')} failed` })
    }
    return doc
  }
