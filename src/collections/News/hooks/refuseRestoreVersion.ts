import type { CollectionBeforeOperationHook } from 'payload'

import { APIError } from 'payload'

/**
 * Restoring an old version would bring back its state, approval and checklist and, without
 * `draft`, publish it directly. Outside trusted server code it is refused: copy the old text into
 * the draft and submit it for review instead (REST `POST /api/news/versions/:id`, GraphQL
 * `restoreVersionNews`, the admin's "Restore" button).
 */
export const refuseRestoreVersion: CollectionBeforeOperationHook = ({ args, context, operation, overrideAccess }) => {
  if (operation !== 'restoreVersion' || overrideAccess || context.trusted) return args
  throw new APIError(
    'Versi lama tidak dapat dipulihkan langsung karena akan melewati alur kerja. Salin isinya ke draf, lalu ajukan untuk ditinjau.',
    403,
    undefined,
    true,
  )
}
