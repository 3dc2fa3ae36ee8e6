import type { FieldHook } from 'payload'

import { APIError } from 'payload'

import type { News } from '@/payload-types'

/**
 * `workflowState` changes only through `POST /api/news/:id/transition`. A different value sent
 * through REST, GraphQL or the Local API with `overrideAccess: false` is refused with 403 instead
 * of being dropped silently. Allowed: the transition endpoint (`context.workflowTransition`),
 * trusted server code (`overrideAccess: true`, e.g. seeds and jobs, which also set
 * `context.trusted`). Runs before field access, so the refusal is explicit.
 */
export const rejectDirectWorkflowWrite: FieldHook<News, News['workflowState']> = ({
  context,
  operation,
  overrideAccess,
  previousValue,
  siblingData,
}) => {
  if (overrideAccess || context.workflowTransition || context.trusted) return undefined
  const sent = (siblingData as Partial<News>).workflowState
  if (sent === undefined) return undefined
  const allowed = operation === 'create' ? (sent === null || sent === 'draft') : sent === (previousValue ?? 'draft')
  if (!allowed) {
    throw new APIError(
      'Status alur kerja hanya dapat diubah melalui POST /api/news/:id/transition.',
      403,
      { errors: [{ message: 'Status alur kerja hanya dapat diubah melalui tombol alur kerja (POST /api/news/:id/transition).', path: 'workflowState' }] },
      true,
    )
  }
  return undefined
}
