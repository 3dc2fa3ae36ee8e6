import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type RestMethod = 'DELETE' | 'GET' | 'PATCH' | 'POST'

export interface RestAnswer {
  status: number
  headers: Headers
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any
}

export type RestCall = (
  method: RestMethod,
  path: string,
  options?: { token?: string; body?: unknown; query?: string },
) => Promise<RestAnswer>

/**
 * Calls Payload's REST handlers (the ones `src/app/(payload)/api/[...slug]/route.ts` mounts)
 * without an HTTP server. Import after startPayload: the config reads the environment.
 */
export const restClient = async (): Promise<RestCall> => {
  const routes = await import('@payloadcms/next/routes')
  const { default: config } = await import('@payload-config')
  const handlers = {
    GET: routes.REST_GET(config),
    POST: routes.REST_POST(config),
    PATCH: routes.REST_PATCH(config),
    DELETE: routes.REST_DELETE(config),
  }
  return async (method, path, { token, body, query } = {}) => {
    const headers: Record<string, string> = {}
    if (token) headers.Authorization = `JWT ${token}`
    // FormData (uploads) is sent as multipart with its own content type; anything else as JSON.
    const multipart = body instanceof FormData
    if (body !== undefined && !multipart) headers['Content-Type'] = 'application/json'
    const url = `http://localhost/api${path}${query ? `?${query}` : ''}`
    const payloadBody = body === undefined ? undefined : multipart ? body : JSON.stringify(body)
    const request = new Request(url, { method, headers, body: payloadBody })
    const slug = path.split('/').filter(Boolean)
    const response = await handlers[method](request, { params: Promise.resolve({ slug }) })
    const text = await response.text()
    let json: unknown = text
    try {
      json = JSON.parse(text)
    } catch {
      // not JSON
    }
    return { status: response.status, headers: response.headers, json }
  }
}

/** A JWT for a test user (all fixtures share one password). */
export const tokenFor = async (payload: Payload, user: User, password = 'rahasia-uji-123'): Promise<string> => {
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password } })
  if (!token) throw new Error(`no token for ${user.email}`)
  return token
}
