import type { FieldHook } from 'payload'

import { slugify } from '@/utilities/slugify'

/** Fills an empty slug from another field; normalises a typed one. */
export const formatSlug =
  (from: string): FieldHook =>
  ({ data, originalDoc, value }) => {
    if (typeof value === 'string' && value.trim() !== '') return slugify(value)
    const source = data?.[from] ?? originalDoc?.[from]
    if (typeof source === 'string' && source.trim() !== '') return slugify(source)
    return value
  }
