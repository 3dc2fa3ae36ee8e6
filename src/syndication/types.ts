/**
 * The Payload-independent syndication contract (design.md §5, style.md §4).
 *
 * Adapters are step-based: a job calls `run` (or `update`/`remove`) with the adapter's own
 * persisted checkpoint; the adapter either finishes (`done`) or asks to be called again later
 * (`wait`) — it never sleeps for long inside a job. Every intermediate remote id is persisted
 * through `ctx.saveCheckpoint` (awaited) before the next remote call, so a retry can ask the
 * platform what already happened instead of repeating a write.
 */
export type ChannelId = 'portal' | 'instagram' | 'youtube'

export type SyndicationOperation = 'publish' | 'update' | 'remove'

/** JSON-serialisable state owned by one adapter for one syndication record. */
export type Checkpoint = { [key: string]: JsonValue }
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }

export interface SyndicationMedia {
  /** Absolute public URL of the original file. */
  url: string
  /** Key of the original in the media store (src/media: MEDIA_DIR or the S3 bucket), read directly instead of over HTTP. */
  storageKey?: string
  mimeType: string
  alt: string
  width: number
  height: number
  /** Payload's focal point, in percent (0–100) of width/height. */
  focalX?: number
  focalY?: number
}

export interface InstagramOverrides {
  /** Replaces the caption template entirely (validated as is). */
  caption?: string
  /** Gallery images chosen for a carousel (the cover is always first). */
  images?: SyndicationMedia[]
}

export interface YoutubeOverrides {
  title?: string
  description?: string
  tags?: string[]
  categoryId?: string
  language?: string
  /** ISO 8601; only honoured for a private, never-public video. */
  publishAt?: string
}

export interface SyndicationItem {
  /** News item id (string even on SQLite). */
  id: string
  slug: string
  /** The approved version this syndication is for (part of the exactly-once key). */
  versionId: string
  title: string
  /** Lead / summary paragraph, plain text. */
  summary: string
  /** Body as plain text (no markup). */
  bodyText: string
  canonicalUrl: string
  /** ISO 8601 with zone. */
  publishedAt: string
  updatedAt?: string
  unit: string
  category?: string
  tags: string[]
  cover?: SyndicationMedia
  gallery: SyndicationMedia[]
  youtubeVideoId?: string
  overrides: {
    instagram?: InstagramOverrides
    youtube?: YoutubeOverrides
  }
}

export interface SyndicationResult {
  /** The platform's id for what was published (IG media id, YouTube video id, portal URL). */
  externalId: string
  /** Public URL (IG permalink, YouTube watch URL, portal page). */
  url?: string
  /** ISO 8601. */
  syndicatedAt: string
  /** Non-fatal problems worth showing to staff (Indonesian). */
  warnings?: string[]
  /** What was sent, for the audit trail (`syndications.sent`). */
  sent?: Checkpoint
}

export type StepOutcome =
  | { kind: 'done'; result: SyndicationResult }
  | {
      kind: 'wait'
      /** Persist this (it is also already saved via ctx.saveCheckpoint) and call again. */
      checkpoint: Checkpoint
      delayMs: number
      /** Why we wait, for logs / admin (English, short). */
      reason: string
    }

export interface SyndicationLogger {
  info(msg: string): void
  warn(msg: string): void
  error(msg: string): void
}

export interface AdapterContext {
  logger: SyndicationLogger
  /** Persist the checkpoint; adapters await it before their next remote call. */
  saveCheckpoint(checkpoint: Checkpoint): Promise<void>
  /** Injectable for tests; defaults to global fetch. */
  fetch?: typeof fetch
  signal?: AbortSignal
  /** Injectable clock (ms since epoch); defaults to Date.now. */
  now?: () => number
  /** Injectable short in-step sleep (bounded retries only); defaults to setTimeout. */
  sleep?: (ms: number) => Promise<void>
  /** Last successful result for this item on this channel (for update/remove). */
  previous?: SyndicationResult
}

export interface SyndicationAdapter {
  readonly channel: ChannelId
  /** Problems (Indonesian) that make the item unpublishable here; [] means OK. No I/O. */
  validate(item: SyndicationItem): string[]
  /** First publication. `checkpoint` is null on the first call. */
  run(item: SyndicationItem, checkpoint: Checkpoint | null, ctx: AdapterContext): Promise<StepOutcome>
  /** Correction of an already published item; absent ⇒ manual action. */
  update?(item: SyndicationItem, checkpoint: Checkpoint | null, ctx: AdapterContext): Promise<StepOutcome>
  /** Retraction; absent ⇒ manual action. */
  remove?(item: SyndicationItem, checkpoint: Checkpoint | null, ctx: AdapterContext): Promise<StepOutcome>
  /** Indonesian reason shown to staff when `update`/`remove` is absent. */
  manualActionReason?(operation: Exclude<SyndicationOperation, 'publish'>): string
}

export type SyndicationAdapterFactory<Options> = (options: Options) => SyndicationAdapter

/** What `runSyndicationStep` returns to the core (job task). */
export type CoreOutcome = StepOutcome | { kind: 'invalid'; problems: string[] } | { kind: 'manual'; reason: string }

/** Decrypted channel settings, shaped like the `channels` global. */
export interface ChannelsSettings {
  portal?: {
    enabled?: boolean | null
    /** `false` turns the live check off (jobs cannot reach the public host). */
    liveCheck?: boolean | null
    /** Origin used for the live check instead of the public one (same paths). */
    checkBaseUrl?: string | null
    concurrency?: number | null
    webhooks?: { url: string; secret?: string | null }[] | null
  }
  instagram?: {
    enabled?: boolean | null
    graphHost?: string | null
    graphVersion?: string | null
    igUserId?: string | null
    accessToken?: string | null
    hashtags?: string[] | null
    maxHashtags?: number | null
    concurrency?: number | null
    containerCap?: number | null
    /** How the token was obtained: decides the refresh call (platform-apis.md §1.6). */
    loginKind?: 'facebook' | 'instagram' | null
    /** Facebook Login: app id and secret for fb_exchange_token. */
    appId?: string | null
    appSecret?: string | null
  } & TokenHealth
  youtube?: {
    enabled?: boolean | null
    clientId?: string | null
    clientSecret?: string | null
    refreshToken?: string | null
    rootUrl?: string | null
    tokenUrl?: string | null
    concurrency?: number | null
  } & TokenHealth
}

/** Token bookkeeping stored next to each channel's (sealed) token; ISO 8601 dates. */
export interface TokenHealth {
  tokenExpiresAt?: string | null
  tokenIssuedAt?: string | null
  tokenProblem?: string | null
  tokenProblemAt?: string | null
  tokenWarnedAt?: string | null
}

/** Server-side functions the Payload/Next side injects into adapters. */
export interface SyndicationDeps {
  /** Revalidate the portal's caches for the item (revalidateTag/revalidatePath). */
  revalidate(item: SyndicationItem): Promise<void>
  /** Store a public file and return its absolute, unauthenticated, non-redirecting URL. */
  publishImage(buffer: Buffer, name: string): Promise<string>
  /** Read a media original; defaults to `readStoredMedia(storageKey)`, then fetching url. */
  loadMedia?(media: SyndicationMedia): Promise<Buffer>
  /** Bytes of a media store key (undefined: no such object); the configured MediaStore's `read`. */
  readStoredMedia?(key: string): Promise<Buffer | undefined>
}
