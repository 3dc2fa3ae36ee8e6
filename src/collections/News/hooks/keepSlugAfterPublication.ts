import type { CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

import type { News } from '@/payload-types'

/** A published URL is a promise to readers and aggregators: once live, the slug is fixed. */
export const keepSlugAfterPublication: CollectionBeforeValidateHook<News> = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || !originalDoc?.firstPublishedAt) return data
  if (data?.slug !== undefined && data.slug !== originalDoc.slug) {
    throw new ValidationError({
      collection: 'news',
      errors: [
        {
          message: 'Slug tidak dapat diubah setelah berita pernah terbit, agar tautan lama tetap berlaku.',
          path: 'slug',
        },
      ],
      req,
    })
  }
  return data
}
