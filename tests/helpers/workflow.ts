import type { Payload } from 'payload'

import { createLocalReq } from 'payload'

import type { News, Unit, User } from '@/payload-types'

import { applyTransition } from '@/workflow/applyTransition'
import type { TransitionInput } from '@/workflow/types'
import { CHECKLIST_ITEMS } from '@/fields/checklist'

import { newsData } from './fixtures'

export const FULL_CHECKLIST = Object.fromEntries(CHECKLIST_ITEMS.map(({ name }) => [name, true])) as NonNullable<News['checklist']>

/** Runs a transition as a user through the same code as the endpoint; throws unless it succeeds. */
export const transition = async (payload: Payload, user: User, id: News['id'], input: TransitionInput): Promise<News> => {
  const req = await createLocalReq({ user: { ...user, collection: 'users' } }, payload)
  const result = await applyTransition({ req, id, input, actor: { kind: 'user', user } })
  if (!result.ok) throw new Error(`${input.action} → ${result.status}: ${result.errors.map((e) => e.message).join(' | ')}`)
  return result.doc
}

/** Creates an item written by `writer` and ticks the checklist (trusted), still in `draft`. */
export const createDraft = async (payload: Payload, writer: User, unit: Unit['id'], title?: string): Promise<News> => {
  const doc = await payload.create({ collection: 'news', data: newsData(unit, title), user: writer, overrideAccess: false })
  return payload.update({ collection: 'news', id: doc.id, data: { checklist: FULL_CHECKLIST }, context: { trusted: true } })
}
