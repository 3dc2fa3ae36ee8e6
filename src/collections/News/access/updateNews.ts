import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

/** Writers edit only their units' items and may not move an item to a unit they don't belong to. */
export const updateNews: Access = ({ data, req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin', 'verifier'], user)) return true
  if (!checkRole(['writer'], user)) return false
  const own = userUnitIds(user).map(String)
  if (data?.unit !== undefined && data.unit !== null && !own.includes(idOf(data.unit))) return false
  return { unit: { in: userUnitIds(user) } }
}
