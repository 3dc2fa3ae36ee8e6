import type { SyndicationMedia } from '../types'

export interface InstagramAdapterOptions {
  igUserId: string
  accessToken: string
  /** `https://graph.facebook.com` (Facebook Login), `https://graph.instagram.com`, or a fake. */
  graphHost?: string
  /** Pinned Graph version (platform-apis.md §1.1). */
  graphVersion?: string
  /** Channel-wide hashtags added by the caption template (first ones win the cap). */
  hashtags?: string[]
  /** App rule: Instagram's announced 5-hashtag cap. */
  maxHashtags?: number
  /** Stores a JPEG at a public URL Meta can download; returns that URL. */
  publishImage(buffer: Buffer, name: string): Promise<string>
  /** Reads a media original; defaults to filePath, then fetching url. */
  loadMedia?(media: SyndicationMedia): Promise<Buffer>
  /** Per-request timeout. */
  timeoutMs?: number
  /** Status polling: 2 s, 4 s, 8 s … capped, then a new container after `pollTotalMs`. */
  pollInitialMs?: number
  pollMaxMs?: number
  pollTotalMs?: number
  /** Wait after an ambiguous publish before trusting a FINISHED status (status can lag). */
  recheckAfterAmbiguousMs?: number
  /** Give up after this many containers for one record. */
  maxContainers?: number
}

export interface GraphUsage {
  /** Highest percentage seen in X-App-Usage / X-Business-Use-Case-Usage (undefined = unknown). */
  maxPercent?: number
  /** From X-Business-Use-Case-Usage, in ms. */
  regainAccessMs?: number
}

export interface GraphClient {
  baseUrl: string
  accessToken: string
  igUserId: string
  fetch: typeof fetch
  timeoutMs: number
  signal?: AbortSignal
  /** Updated after every response. */
  usage: GraphUsage
}

export type ContainerStatusCode = 'IN_PROGRESS' | 'FINISHED' | 'PUBLISHED' | 'ERROR' | 'EXPIRED'

/** Persisted per syndication record; every remote id lands here before the next call. */
export interface InstagramCheckpoint {
  phase: 'start' | 'polling' | 'publishing' | 'published'
  caption?: string
  imageUrls?: string[]
  childIds?: string[]
  containerId?: string
  containerCreatedAt?: number
  containersCreated?: number
  pollCount?: number
  /** Set when a FINISHED status after an ambiguous publish was deliberately re-read later. */
  recheckedAt?: number
  expiredOnPublishCount?: number
  recreatedAfterNotFound?: boolean
  mediaFetchRetried?: boolean
  mediaId?: string
}
