import type { News } from '@/payload-types'

import type { TransitionAction } from './transitions'

/** JSON body of `POST /api/news/:id/transition`. */
export interface TransitionInput {
  action: TransitionAction
  comment?: string
  publishAt?: string
  note?: string
  reason?: string
}

/** One reason in an error answer: `{ "errors": [{ "message": "…" }] }`. */
export interface TransitionErrorMessage {
  message: string
}

export type TransitionResult =
  | { ok: true; status: 200; doc: News }
  | { ok: false; status: 400 | 401 | 403 | 404 | 409 | 422 | 429; errors: TransitionErrorMessage[]; retryAfterSeconds?: number }
