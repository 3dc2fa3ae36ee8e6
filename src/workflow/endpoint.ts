import type { Endpoint, PayloadHandler } from 'payload'

import type { User } from '@/payload-types'

import { errorAnswer, jsonAnswer, notLoggedIn, readJsonBody, tooManyRequests } from '@/utilities/endpointAnswers'

import type { TransitionInput } from './types'

import { applyTransition } from './applyTransition'
import { isTransitionAction, TRANSITION_ACTIONS } from './transitions'
import { invalidTransitionInput } from './validateTransitionInput'

const optionalString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * `POST /api/news/:id/transition` with `{ action, comment?, publishAt?, note?, reason? }`.
 * 200: the updated item (as the caller may read it). Errors: `{ "errors": [{ "message": "…" }] }`
 * with 400 (bad body: unknown action, a text field not a string or longer than 5000 characters), 401 (not logged in), 403 (role or OPD), 404, 409 (not from this state),
 * 422 (gate not met: one message per unmet condition), 429 with Retry-After (the account's review
 * time is spent, src/security/reviewWorkBudget.ts).
 */
export const transitionHandler: PayloadHandler = async (req) => {
  if (!req.user || req.user.collection !== 'users') {
    return notLoggedIn()
  }
  const id = req.routeParams?.id
  const body = await readJsonBody(req)
  if (body instanceof Response) return body
  if (!isTransitionAction(body?.action)) {
    return errorAnswer(400, `Tindakan tidak dikenal. Pilihan: ${TRANSITION_ACTIONS.join(', ')}.`)
  }
  if (typeof id !== 'string' && typeof id !== 'number') {
    return errorAnswer(400, 'ID berita tidak ada.')
  }
  const invalid = invalidTransitionInput(body)
  if (invalid.length > 0) return jsonAnswer(400, { errors: invalid.map((message) => ({ message })) })
  const input: TransitionInput = {
    action: body.action,
    comment: optionalString(body.comment),
    publishAt: optionalString(body.publishAt),
    note: optionalString(body.note),
    reason: optionalString(body.reason),
  }
  const result = await applyTransition({ req, id, input, actor: { kind: 'user', user: req.user as User } })
  if (result.ok) return jsonAnswer(200, { doc: result.doc })
  if (result.retryAfterSeconds) return tooManyRequests(result.retryAfterSeconds, result.errors[0]?.message ?? '')
  return jsonAnswer(result.status, { errors: result.errors })
}

export const transitionEndpoint: Endpoint = { path: '/:id/transition', method: 'post', handler: transitionHandler }
