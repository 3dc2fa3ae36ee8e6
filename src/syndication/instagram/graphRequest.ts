import { SyndicationError } from '../errors'

import { classifyGraphError, type GraphErrorBody } from './classifyGraphError'
import { parseUsageHeaders } from './parseUsageHeaders'
import type { GraphClient } from './types'

/**
 * One Graph call. POST params go form-encoded (so `#` travels as %23), GET params in the query;
 * the token travels as `access_token` (platform-apis.md §1.1). Network failures and timeouts
 * are retryable and carry no `httpStatus` (a write may still have happened).
 */
export async function graphRequest<T>(
  client: GraphClient,
  method: 'GET' | 'POST',
  path: string,
  params: Record<string, string>,
): Promise<T> {
  // Meta: stop calling at 100 % usage; calling while throttled prolongs the block.
  if ((client.usage.maxPercent ?? 0) >= 100) {
    throw new SyndicationError('instagram', `usage at ${client.usage.maxPercent} %, not calling ${path}`, {
      retryable: true,
      code: 'ig:throttled',
      retryAfterMs: client.usage.regainAccessMs ?? 15 * 60_000,
      userMessage: 'Batas panggilan API Instagram hampir habis; sistem menunggu lalu melanjutkan.',
    })
  }
  const all = new URLSearchParams({ ...params, access_token: client.accessToken })
  const url = `${client.baseUrl}/${path}${method === 'GET' ? `?${all.toString()}` : ''}`
  const signal = client.signal
    ? AbortSignal.any([client.signal, AbortSignal.timeout(client.timeoutMs)])
    : AbortSignal.timeout(client.timeoutMs)
  let response: Response
  try {
    response = await client.fetch(url, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined,
      body: method === 'POST' ? all.toString() : undefined,
      redirect: 'error',
      signal,
    })
  } catch (cause) {
    const timeout = cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError')
    throw new SyndicationError('instagram', `${method} ${path} ${timeout ? 'timed out' : 'failed (network)'}`, {
      retryable: true,
      code: timeout ? 'timeout' : 'network',
      cause,
      userMessage: 'Koneksi ke Instagram terputus; sistem akan memeriksa status lalu mencoba lagi.',
    })
  }
  client.usage = parseUsageHeaders(response.headers)
  const text = await response.text().catch(() => '')
  let json: unknown
  try {
    json = text ? JSON.parse(text) : undefined
  } catch {
    json = undefined
  }
  const envelope = (json as { error?: GraphErrorBody } | undefined)?.error
  if (!response.ok || envelope) {
    throw classifyGraphError(response.status, envelope, client.usage, response.headers.get('retry-after'))
  }
  if (json === undefined) {
    throw new SyndicationError('instagram', `${method} ${path} returned no JSON`, {
      retryable: true,
      code: 'bad-response',
      httpStatus: response.status,
    })
  }
  return json as T
}
