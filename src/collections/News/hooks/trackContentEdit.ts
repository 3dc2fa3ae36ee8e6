import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { CONTENT_FIELDS } from '../contentFields'

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

const normalise = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(idOf) : idOf(value)

/** Records who made the latest content change: the four-eyes rule compares it to the approver. */
export const trackContentEdit: CollectionBeforeChangeHook<News> = ({ data, originalDoc, operation, req }) => {
  if (!req.user) return data
  const changed =
    operation === 'create' ||
    CONTENT_FIELDS.some(
      (field) => field in data && !same(normalise(data[field]), normalise(originalDoc?.[field])),
    )
  if (!changed) return data
  return { ...data, lastContentEditBy: req.user.id, lastContentEditAt: new Date().toISOString() }
}
