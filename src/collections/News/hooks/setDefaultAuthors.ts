import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

/** The creating user is an author unless authors were named explicitly. */
export const setDefaultAuthors: CollectionBeforeChangeHook<News> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user && (!data.authors || data.authors.length === 0)) {
    return { ...data, authors: [req.user.id] }
  }
  return data
}
