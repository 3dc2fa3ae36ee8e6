import type { Endpoint, PayloadHandler } from 'payload'

import type { User } from '@/payload-types'

import type { TransitionInput } from './types'

import { applyTransition } from './applyTransition'
import { isTransitionAction, TRANSITION_ACTIONS } from './transitions'

const answer = (status: number, body: unknown): Response => Response.json(body, { status })

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * `POST /api/news/:id/transition` with `{ action, comment?, publishAt?, note?, reason? }`.
 * 200: the updated item (as the caller may read it). Errors: `{ "errors": [{ "message": "…" }] }`
 * with 400 (bad body), 401 (not logged in), 403 (role or OPD), 404, 409 (not from this state),
 * 422 (gate not met: one message per unmet condition).
 */
export const transitionHandler: PayloadHandler = async (req) => {
  if (!req.user || req.user.collection !== 'users') {
    return answer(401, { errors: [{ message: 'Silakan masuk terlebih dahulu.' }] })
  }
  const id = req.routeParams?.id
  let body: Record<string, unknown> = {}
  try {
    body = req.json ? ((await req.json()) as Record<string, unknown>) : {}
  } catch {
    return answer(400, { errors: [{ message: 'Badan permintaan harus berupa JSON.' }] })
  }
  if (!isTransitionAction(body?.action)) {
    return answer(400, { errors: [{ message: `Tindakan tidak dikenal. Pilihan: ${TRANSITION_ACTIONS.join(', ')}.` }] })
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    return answer(400, { errors: [{ message: 'ID berita tidak ada.' }] })
  }
  const input: TransitionInput = {
    action: body.action,
    comment: optionalString(body.comment),
    publishAt: optionalString(body.publishAt),
    note: optionalString(body.note),
    reason: optionalString(body.reason),
  }
  const result = await applyTransition({ req, id, input, actor: { kind: 'user', user: req.user as User } })
  return result.ok ? answer(200, { doc: result.doc }) : answer(result.status, { errors: result.errors })
}

export const transitionEndpoint: Endpoint = { path: '/:id/transition', method: 'post', handler: transitionHandler }
