import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { CHECKLIST_ITEMS } from '@/fields/checklist'

import { CONTENT_FIELDS } from '../contentFields'

const REVIEWED = new Set(['approved', 'scheduled', 'published'])

const idOf = (value: unknown): unknown =>
  typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value
const normalise = (value: unknown): string =>
  JSON.stringify((Array.isArray(value) ? value.map(idOf) : idOf(value)) ?? null)

/**
 * An approval covers the exact version approved: a content edit after approval, scheduling or
 * publication sends the item back to `draft` for a new review (the checklist starts again, the
 * approval and any schedule are dropped). For a live item the edit is a draft version (see
 * saveEditsAsDraft), so the published version stays on the portal meanwhile.
 */
export const returnToDraftOnContentEdit: CollectionBeforeChangeHook<News> = ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context.workflowTransition || context.trusted) return data
  const state = originalDoc?.workflowState
  if (!state || !REVIEWED.has(state)) return data
  const changed = CONTENT_FIELDS.some(
    (field) => field in data && normalise(data[field]) !== normalise(originalDoc?.[field]),
  )
  if (!changed) return data
  req.context.returnedToDraftFrom = state
  return {
    ...data,
    workflowState: 'draft',
    approval: { approvedBy: null, approvedAt: null, versionId: null },
    publishAt: null,
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map(({ name }) => [name, false])) as News['checklist'],
  }
}
