import type { FieldAccess } from 'payload'

import { checkRole } from './utilities'

/**
 * Account data (e-mail, roles, units) of other users is the admins' business: colleagues see
 * only names (issue 9, finding 16). Without a document (a `where` or `sort` on the field) only
 * admins pass, so the field cannot be probed through queries either.
 */
export const adminOrSelfField: FieldAccess = ({ doc, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  return doc !== undefined && doc !== null && String((doc as { id?: unknown }).id) === String(user.id)
}
