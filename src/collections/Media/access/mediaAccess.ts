import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

/** Writers upload into their own units only (a missing unit is filled in by assignMediaUnit). */
export const createMedia: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  return data?.unit === undefined || data.unit === null || userUnitIds(user).map(String).includes(idOf(data.unit))
}

/**
 * Media belong to a unit (issue 9, finding 4): writers change only their units' media and cannot
 * move one to another unit; verifiers and admins change any. Media used by a reviewed item are
 * further guarded by guardMediaInUse.
 */
export const updateMedia: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  const own = userUnitIds(user)
  if (data?.unit !== undefined && data.unit !== null && !own.map(String).includes(idOf(data.unit))) return false
  return { unit: { in: own } }
}
