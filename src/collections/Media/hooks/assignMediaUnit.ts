import type { CollectionBeforeChangeHook } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/** A writer's upload without a unit belongs to the writer's (first) unit. */
export const assignMediaUnit: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create' || (data.unit !== undefined && data.unit !== null) || !req.user) return data
  if (checkRole(['admin', 'verifier'], req.user)) return data
  const [unit] = userUnitIds(req.user)
  return unit === undefined ? data : { ...data, unit }
}
