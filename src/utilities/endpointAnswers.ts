import type { PayloadRequest } from 'payload'

/** JSON answers of our custom REST endpoints, in Payload's `{ errors: [{ message }] }` shape. */
export const jsonAnswer = (status: number, body: unknown): Response => Response.json(body, { status })

export const errorAnswer = (status: number, message: string): Response => jsonAnswer(status, { errors: [{ message }] })

/** 429 with `Retry-After` (seconds), for a caller over its budget. */
export const tooManyRequests = (retryAfterSeconds: number, message: string): Response =>
  Response.json({ errors: [{ message }] }, { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } })

export const notLoggedIn = (): Response => errorAnswer(401, 'Silakan masuk terlebih dahulu.')

/** The request's JSON body (an empty object when there is none), or a 400 answer. */
export const readJsonBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  try {
    return req.json ? (((await req.json()) as Record<string, unknown>) ?? {}) : {}
  } catch {
    return errorAnswer(400, 'Badan permintaan harus berupa JSON.')
  }
}
