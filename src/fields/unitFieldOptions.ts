import type { FilterOptions, RelationshipField } from 'payload'

import type { User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'

/** A new item starts in the author's (first) OPD. */
export const defaultUnitOfUser: RelationshipField['defaultValue'] = ({ user }: { user?: null | Partial<User> }) =>
  userUnitIds(user)[0] ?? undefined

/**
 * Writers can only choose among their own OPDs; the desk may pick any. Trusted server code (the
 * Local API without a user: seed, jobs, workflow) is not narrowed; create/update access still
 * enforces the unit rule for every signed-in caller.
 */
export const unitsOfWriter: FilterOptions = ({ user }) =>
  !user || checkRole(['admin', 'verifier'], user as Partial<User>) ? true : { id: { in: userUnitIds(user as Partial<User>) } }
