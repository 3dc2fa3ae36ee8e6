import type { Access } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/** Published items are retracted, never deleted; unpublished drafts may be discarded. */
export const deleteNews: Access = ({ req: { user } }) => {
  if (!user) return false
  if (checkRole(['admin'], user)) return true
  const neverPublished = { firstPublishedAt: { exists: false } }
  if (checkRole(['verifier'], user)) return neverPublished
  if (checkRole(['writer'], user)) {
    return { and: [neverPublished, { unit: { in: userUnitIds(user) } }] }
  }
  return false
}
