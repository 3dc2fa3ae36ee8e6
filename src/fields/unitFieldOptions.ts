import type { FilterOptions, RelationshipField } from 'payload'

import type { User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'

/** A new item starts in the author's (first) OPD. */
export const defaultUnitOfUser: RelationshipField['defaultValue'] = ({ user }: { user?: null | Partial<User> }) =>
  userUnitIds(user)[0] ?? undefined

/**
 * Writers can only choose among their own OPDs; the desk may pick any. Server code without a user
 * (seeds, jobs, trusted updates) is not limited: validation must not reject its existing unit.
 */
export const unitsOfWriter: FilterOptions = ({ user }) =>
  !user || checkRole(['admin', 'verifier'], user as Partial<User>) ? true : { id: { in: userUnitIds(user as Partial<User>) } }
