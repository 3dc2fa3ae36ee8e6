import { SyndicationError } from '../errors'
import { toCheckpoint } from '../toCheckpoint'
import type { AdapterContext, Checkpoint, StepOutcome, SyndicationItem } from '../types'

import { checkLivePage } from './checkLivePage'
import { deliverWebhook } from './deliverWebhook'
import type { PortalAdapterOptions, PortalCheckpoint, PortalEvent } from './types'
import { webhookPayload } from './webhookPayload'

/**
 * revalidate → live check → webhooks, each step recorded so a retry resumes where it stopped
 * (an endpoint that already answered 2xx is not called again; receivers can also dedupe on
 * X-Warta-Delivery, which is stable per item version and event).
 */
export async function runPortalStep(
  options: PortalAdapterOptions,
  event: PortalEvent,
  item: SyndicationItem,
  checkpoint: Checkpoint | null,
  ctx: AdapterContext,
): Promise<StepOutcome> {
  const now = ctx.now ?? Date.now
  const cp: PortalCheckpoint = { ...(checkpoint as PortalCheckpoint | null) }
  const save = async (patch: Partial<PortalCheckpoint>) => {
    Object.assign(cp, patch)
    await ctx.saveCheckpoint(toCheckpoint(cp))
  }

  if (!cp.revalidated) {
    try {
      await options.revalidate(item)
    } catch (cause) {
      throw new SyndicationError(
        'portal',
        `revalidation failed: ${cause instanceof Error ? cause.message : String(cause)}`,
        {
          cause,
          retryable: true,
          code: 'portal:revalidate',
          userMessage: 'Cache portal gagal diperbarui; sistem akan mencoba lagi.',
        },
      )
    }
    await save({ revalidated: true })
  }
  if (!cp.liveChecked && options.liveCheck !== false) {
    await checkLivePage(item, event === 'news.retracted' ? 'absent' : 'present', options, ctx)
    await save({ liveChecked: true })
  }
  const deliveryId = `${item.id}:${item.versionId}:${event}`
  for (const hook of options.webhooks ?? []) {
    if (cp.deliveries?.some((d) => d.url === hook.url)) continue
    const body = JSON.stringify(webhookPayload(item, event, deliveryId, new Date(now()).toISOString()))
    const status = await deliverWebhook(hook, body, deliveryId, event, ctx, {
      attempts: options.webhookAttempts,
      timeoutMs: options.webhookTimeoutMs,
    })
    await save({ deliveries: [...(cp.deliveries ?? []), { url: hook.url, deliveryId, status }] })
  }
  return {
    kind: 'done',
    result: {
      externalId: item.canonicalUrl,
      url: item.canonicalUrl,
      syndicatedAt: new Date(now()).toISOString(),
      sent: toCheckpoint({ event, deliveries: cp.deliveries ?? [] }),
    },
  }
}
