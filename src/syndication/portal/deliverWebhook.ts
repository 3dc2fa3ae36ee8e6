import { backoff } from '@/utilities/backoff'

import { SyndicationError } from '../errors'
import type { AdapterContext } from '../types'

import { signWebhook } from './signWebhook'
import type { PortalWebhook } from './types'

/**
 * POSTs one signed JSON body; retries 5xx, 408, 429, timeouts and network errors a few times
 * in-step (honouring Retry-After), then gives the job a retryable error. Other 4xx are permanent.
 */
export async function deliverWebhook(
  hook: PortalWebhook,
  body: string,
  deliveryId: string,
  event: string,
  ctx: AdapterContext,
  options: { attempts?: number; timeoutMs?: number } = {},
): Promise<number> {
  const fetchImpl = ctx.fetch ?? globalThis.fetch
  const now = ctx.now ?? Date.now
  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const attempts = options.attempts ?? 3
  let last = ''
  let retryAfter: string | null = null
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    if (attempt > 0) await sleep(backoff({ attempt: attempt - 1, baseMs: 500, maxMs: 8000, jitterMs: 250, retryAfter }))
    const timestamp = Math.floor(now() / 1000)
    try {
      const response = await fetchImpl(hook.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'Warta-Syndication/1',
          'x-warta-event': event,
          'x-warta-delivery': deliveryId,
          ...(hook.secret ? signWebhook(body, hook.secret, timestamp) : { 'X-Warta-Timestamp': String(timestamp) }),
        },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      })
      await response.body?.cancel().catch(() => undefined)
      if (response.ok) return response.status
      last = `HTTP ${response.status}`
      retryAfter = response.headers.get('retry-after')
      if (response.status < 500 && response.status !== 408 && response.status !== 429) {
        throw new SyndicationError('portal', `webhook ${hook.url} rejected the delivery: ${last}`, {
          code: 'portal:webhook-rejected',
          httpStatus: response.status,
          userMessage: `Webhook ${new URL(hook.url).host} menolak kiriman (${last}). Periksa URL dan rahasia webhook di pengaturan kanal.`,
        })
      }
    } catch (error) {
      if (error instanceof SyndicationError) throw error
      last = error instanceof Error ? error.message : String(error)
      retryAfter = null
    }
  }
  throw new SyndicationError('portal', `webhook ${hook.url} failed after ${attempts} attempts (${last})`, {
    retryable: true,
    code: 'portal:webhook-unavailable',
    userMessage: `Webhook ${new URL(hook.url).host} sedang tidak dapat dihubungi (${last}); sistem akan mencoba lagi.`,
  })
}
