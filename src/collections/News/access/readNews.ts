import type { Access, Where } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/**
 * Anonymous readers: published public items only. Writers: their units' items in any state plus
 * every published item (internal announcements included). Verifiers and admins: everything.
 */
export const readNews: Access = ({ req: { user } }) => {
  if (!user) {
    const publicOnly: Where = {
      and: [
        { workflowState: { equals: 'published' } },
        { visibility: { equals: 'public' } },
        { _status: { equals: 'published' } },
      ],
    }
    return publicOnly
  }
  if (checkRole(['admin', 'verifier'], user)) return true
  return {
    or: [{ unit: { in: userUnitIds(user) } }, { workflowState: { equals: 'published' } }],
  }
}
