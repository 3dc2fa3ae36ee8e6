import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { CHECKLIST_ITEMS } from '@/fields/checklist'

import { changedContentFields } from '@/workflow/sameContent'

const REVIEWED = new Set(['approved', 'scheduled', 'published'])

/**
 * An approval covers the exact version approved: a content edit after approval, scheduling or
 * publication sends the item back to `draft` for a new review (the checklist starts again, the
 * approval and any schedule are dropped). Content is every field that reaches a channel
 * (CONTENT_FIELDS, channel overrides included), compared by value. For a live item the edit is a draft version (see
 * saveEditsAsDraft), so the published version stays on the portal meanwhile.
 */
export const returnToDraftOnContentEdit: CollectionBeforeChangeHook<News> = ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context.workflowTransition || context.trusted) return data
  const state = originalDoc?.workflowState
  if (!state || !REVIEWED.has(state)) return data
  const changed = changedContentFields(data as Record<string, unknown>, originalDoc as unknown as Record<string, unknown> | undefined)
  if (changed.length === 0) return data
  req.context.returnedToDraftFrom = state
  return {
    ...data,
    workflowState: 'draft',
    approval: { approvedBy: null, approvedAt: null, versionId: null },
    publishAt: null,
    checklist: Object.fromEntries(CHECKLIST_ITEMS.map(({ name }) => [name, false])) as News['checklist'],
  }
}
