import type { SyndicationMedia } from '../types'

export interface YoutubeAdapterOptions {
  clientId: string
  clientSecret: string
  refreshToken: string
  /** `https://youtube.googleapis.com/` or a fake; passed per call (uploads ignore the API-level one). */
  rootUrl?: string
  /** OAuth token endpoint (google-auth-library `endpoints.oauth2TokenUrl`); default Google's. */
  tokenUrl?: string
  /** Skip the first refresh (tests, or a cached token): used until it expires. */
  accessToken?: { token: string; expiresAt: number }
  /** Called with refreshed tokens so the caller may cache the access token. */
  onTokens?(tokens: { access_token?: string | null; expiry_date?: number | null }): void
  /** Used when neither the override nor the video has one (25 = News & Politics). */
  categoryId?: string
  /** Used when neither the override nor the video has one. */
  language?: string
  /** Reads a media original; defaults to `readStoredMedia(storageKey)`, then fetching url. */
  loadMedia?(media: SyndicationMedia): Promise<Buffer>
  /** Reads a media store key (the server's MediaStore); undefined: no such object. */
  readStoredMedia?(key: string): Promise<Buffer | undefined>
  timeoutMs?: number
}

/** The parts of a video resource the adapter reads and writes. */
export interface VideoSnippet {
  title?: string
  description?: string
  tags?: string[]
  categoryId?: string
  defaultLanguage?: string
  channelId?: string
  publishedAt?: string
}

export interface VideoStatus {
  uploadStatus?: string
  privacyStatus?: 'private' | 'unlisted' | 'public'
  publishAt?: string
  embeddable?: boolean
  license?: string
  publicStatsViewable?: boolean
  madeForKids?: boolean
  selfDeclaredMadeForKids?: boolean
  containsSyntheticMedia?: boolean
}

export interface VideoResource {
  id: string
  snippet?: VideoSnippet
  status?: VideoStatus
}

export interface YoutubeCheckpoint {
  videoId: string
  updated?: boolean
  thumbnailSet?: boolean
  warnings?: string[]
  sent?: { snippet: VideoSnippet; status?: VideoStatus }
}
