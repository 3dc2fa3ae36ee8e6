import type { CollectionBeforeChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { changedContentFields } from '@/workflow/sameContent'

/**
 * Records who made the latest content change: the four-eyes rule compares it to the approver.
 * Compares values (array rows, groups, rich text, relationships, channel overrides), not row ids,
 * so editing a row in place counts and re-sending the same values does not (issue 9, finding 6).
 */
export const trackContentEdit: CollectionBeforeChangeHook<News> = ({ context, data, originalDoc, operation, req }) => {
  // A workflow transition re-saves content it did not change (e.g. retraction keeps the live text).
  if (!req.user || context.workflowTransition) return data
  const changed =
    operation === 'create' ||
    changedContentFields(data as Record<string, unknown>, originalDoc as unknown as Record<string, unknown> | undefined).length > 0
  if (!changed) return data
  return { ...data, lastContentEditBy: req.user.id, lastContentEditAt: new Date().toISOString() }
}
