import type { Access, Where } from 'payload'

import { checkRole, userUnitIds } from '@/access/utilities'

/** States a reader outside the desk may see: live items, and retraction notices. */
const ON_PORTAL: Where = { workflowState: { in: ['published', 'retracted'] } }

/**
 * Anonymous readers: public items that are live or carry a retraction notice, and only their
 * published main document (never a draft version). Writers: their units' items in any state plus
 * every live item of other units (internal announcements included). Verifiers and admins: all.
 */
export const readNews: Access = ({ req: { user } }) => {
  if (!user) {
    const publicOnly: Where = {
      and: [ON_PORTAL, { visibility: { equals: 'public' } }, { _status: { equals: 'published' } }],
    }
    return publicOnly
  }
  if (checkRole(['admin', 'verifier'], user)) return true
  return { or: [{ unit: { in: userUnitIds(user) } }, ON_PORTAL] }
}
