import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/**
 * Version history holds drafts and internal items, so it is scoped tighter than the documents:
 * anonymous readers see none, writers only their units' items (never another unit's drafts,
 * issue 9 finding 2), verifiers and admins all. Applies to the versions list, by id and GraphQL.
 */
export const readNewsVersions: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  return { 'version.unit': { in: userUnitIds(user) } }
}
