import type { SyndicationItem } from '../types'

export interface PortalWebhook {
  url: string
  /** HMAC-SHA256 key; without it the request is sent unsigned. */
  secret?: string
}

export interface PortalAdapterOptions {
  /** Revalidates the portal's caches for the item (provided by the Next side). */
  revalidate(item: SyndicationItem): Promise<void>
  /** External portals/apps to notify with a signed JSON POST. */
  webhooks?: PortalWebhook[]
  /** Live check of the public URL; `false` turns it off (e.g. when the portal is not reachable from jobs). */
  liveCheck?: false | { attempts?: number; initialDelayMs?: number; maxDelayMs?: number; timeoutMs?: number }
  /** URL to check instead of canonicalUrl (e.g. an internal address of the same site). */
  checkUrl?(item: SyndicationItem): string
  webhookAttempts?: number
  webhookTimeoutMs?: number
}

export type PortalEvent = 'news.published' | 'news.updated' | 'news.retracted'

export interface PortalCheckpoint {
  revalidated?: boolean
  liveChecked?: boolean
  /** Webhook URLs already answered 2xx, with the delivery id they received. */
  deliveries?: { url: string; deliveryId: string; status: number }[]
}
