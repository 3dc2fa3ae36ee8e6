import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/** Writers create items only in their own units; verifiers and admins anywhere. */
export const createNews: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  const unit = typeof data?.unit === 'object' && data.unit !== null ? data.unit.id : data?.unit
  // No unit yet: the admin asks "may this user create at all?"; a real create without a unit
  // fails the field's `required` validation.
  if (unit === undefined || unit === null) return true
  return userUnitIds(user).map(String).includes(String(unit))
}
