import type { News, User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'

import type { Transition } from './transitions'

import { TRANSITIONS } from './transitions'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

/** The transitions this user may attempt on this item now (role, OPD and state; the gate is checked on submit). */
export const availableActions = (item: Pick<News, 'unit' | 'workflowState'>, user: Partial<User> | null | undefined): Transition[] => {
  if (!user) return []
  const everyUnit = checkRole(['admin', 'verifier'], user)
  if (!everyUnit && !userUnitIds(user).map(String).includes(idOf(item.unit))) return []
  const state = item.workflowState ?? 'draft'
  return Object.values(TRANSITIONS).filter(
    (transition) => transition.from.includes(state) && checkRole([...transition.roles], user),
  )
}
