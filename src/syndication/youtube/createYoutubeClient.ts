import type { youtube_v3 } from 'googleapis'

import type { YoutubeAdapterOptions } from './types'

export interface YoutubeClient {
  youtube: youtube_v3.Youtube
  /** Per-call options for EVERY call: uploads ignore an API-level rootUrl (platform-apis.md §2.9). */
  callOptions: { rootUrl: string; retry: false; timeout: number }
}

/**
 * Loads googleapis lazily (≈ 200 MB, ~1 s: never in a bundle or at module load) and builds an
 * OAuth2 refresh-token client. googleapis' own retries are off: the job's policy is the only one.
 */
export async function createYoutubeClient(options: YoutubeAdapterOptions): Promise<YoutubeClient> {
  const { google } = await import('googleapis')
  const auth = new google.auth.OAuth2({
    clientId: options.clientId,
    clientSecret: options.clientSecret,
    ...(options.tokenUrl ? { endpoints: { oauth2TokenUrl: options.tokenUrl } } : {}),
  })
  auth.setCredentials({
    refresh_token: options.refreshToken,
    ...(options.accessToken
      ? { access_token: options.accessToken.token, expiry_date: options.accessToken.expiresAt }
      : {}),
  })
  if (options.onTokens) auth.on('tokens', options.onTokens)
  const rootUrl = (options.rootUrl ?? 'https://youtube.googleapis.com/').replace(/\/*$/, '/')
  return {
    youtube: google.youtube({ version: 'v3', auth }),
    callOptions: { rootUrl, retry: false, timeout: options.timeoutMs ?? 30_000 },
  }
}
