import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { CONTENT_FIELDS } from '../contentFields'

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value

const normalise = (value: unknown): unknown =>
  Array.isArray(value) ? value.map(idOf) : idOf(value)

/** Records who made the latest content change: the four-eyes rule compares it to the approver. */
export const trackContentEdit: CollectionBeforeChangeHook<News> = ({ context, data, originalDoc, operation, req }) => {
  // A workflow transition re-saves content it did not change (e.g. retraction keeps the live text).
  if (!req.user || context.workflowTransition) return data
  const changed =
    operation === 'create' ||
    CONTENT_FIELDS.some(
      (field) => field in data && !same(normalise(data[field]), normalise(originalDoc?.[field])),
    )
  if (!changed) return data
  return { ...data, lastContentEditBy: req.user.id, lastContentEditAt: new Date().toISOString() }
}
