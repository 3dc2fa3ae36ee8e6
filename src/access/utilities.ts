import type { User } from '@/payload-types'

export type Role = 'admin' | 'verifier' | 'writer'

/** True when the user holds at least one of the given roles. The single place roles are checked. */
export const checkRole = (roles: Role[], user?: Partial<User> | null): boolean =>
  Boolean(user?.roles?.some((role) => roles.includes(role as Role)))

/** Ids of the units (OPD) a user belongs to, whether populated or not. */
export const userUnitIds = (user?: Partial<User> | null): (number | string)[] =>
  (user?.units ?? []).map((unit) => (typeof unit === 'object' && unit !== null ? unit.id : unit))
