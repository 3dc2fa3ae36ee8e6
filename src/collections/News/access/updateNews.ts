import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

export const updateNews: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  return { unit: { in: userUnitIds(user) } }
}
