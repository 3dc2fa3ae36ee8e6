import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/** Writers create items only in their own units; verifiers and admins anywhere. */
export const createNews: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  if (!data) return true // "may this user create at all?" asked by the admin UI
  const unit = typeof data.unit === 'object' && data.unit !== null ? data.unit.id : data.unit
  return unit !== undefined && userUnitIds(user).map(String).includes(String(unit))
}
