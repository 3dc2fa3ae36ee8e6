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
  /** Reads a media original; defaults to `readStoredMedia(storageKey)`, then fetching url. */
  loadMedia?(media: SyndicationMedia): Promise<Buffer>
  /** Reads a media store key (the server's MediaStore); undefined: no such object. */
  readStoredMedia?(key: string): Promise<Buffer | undefined>
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
  /** Containers per account per rolling 24 h (platform-apis.md §1.3: 400). */
  containerCap?: number
  /** Where container creations are counted; default: shared by the process. */
  containerLedger?: Map<string, number[]>
  /** Permalink reads after a publish before giving up on the link (the post stays a success). */
  permalinkAttempts?: number
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
  phase: 'start' | 'children' | 'polling' | 'publishing' | 'published'
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
  /** Carousel children read FINISHED (the parent waits for all of them). */
  childrenFinished?: string[]
  childrenCreatedAt?: number
  /** media_publish was called for the current container and not proven unpublished since. */
  publishAttempted?: boolean
  /** When media_publish was first called for the current container. */
  publishAttemptedAt?: number
  /** The error media_publish answered while the outcome is being verified. */
  publishError?: { code?: string; message: string; userMessage: string; retryable: boolean }
  /** Consecutive failed reads (status/media list), for back-off. */
  readFailures?: number
  permalinkFailures?: number
  /** Set when the media is live but cannot be told apart from another post with the same caption. */
  mediaAmbiguous?: boolean
}
