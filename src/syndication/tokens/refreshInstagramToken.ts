import { SyndicationError } from '../errors'
import { classifyGraphError, type GraphErrorBody } from '../instagram/classifyGraphError'

export interface InstagramTokenSource {
  /** `instagram`: Instagram Login (graph.instagram.com, ig_refresh_token); `facebook`: Facebook Login (fb_exchange_token). */
  loginKind: 'facebook' | 'instagram'
  graphHost: string
  graphVersion: string
  accessToken: string
  /** Facebook Login only: the app's id and secret (server side only). */
  appId?: string
  appSecret?: string
}

export interface RefreshedToken {
  accessToken: string
  /** ms since epoch. */
  expiresAt: number
}

/**
 * Renews a long-lived Instagram token before it expires (platform-apis.md §1.6):
 * Instagram Login `GET /refresh_access_token?grant_type=ig_refresh_token` (token unexpired and
 * ≥ 24 h old), Facebook Login `GET /{version}/oauth/access_token?grant_type=fb_exchange_token`
 * (unexpired token, app id + secret). Both answer `{access_token, token_type, expires_in}`.
 */
export async function refreshInstagramToken(
  source: InstagramTokenSource,
  options: { fetch?: typeof fetch; now?: number; timeoutMs?: number } = {},
): Promise<RefreshedToken> {
  const host = source.graphHost.replace(/\/+$/, '')
  const url =
    source.loginKind === 'instagram'
      ? `${host}/refresh_access_token?${new URLSearchParams({ grant_type: 'ig_refresh_token', access_token: source.accessToken })}`
      : `${host}/${source.graphVersion}/oauth/access_token?${new URLSearchParams({
          grant_type: 'fb_exchange_token',
          client_id: source.appId ?? '',
          client_secret: source.appSecret ?? '',
          fb_exchange_token: source.accessToken,
        })}`
  let response: Response
  try {
    response = await (options.fetch ?? globalThis.fetch)(url, {
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
    })
  } catch (cause) {
    throw new SyndicationError('instagram', 'token refresh failed (network)', {
      cause,
      retryable: true,
      code: 'network',
      userMessage: 'Koneksi ke Instagram terputus saat memperbarui token; sistem akan mencoba lagi.',
    })
  }
  const body = (await response.json().catch(() => ({}))) as {
    access_token?: string
    expires_in?: number
    error?: GraphErrorBody
  }
  if (!response.ok || body.error || !body.access_token) {
    throw classifyGraphError(response.status, body.error, {}, response.headers.get('retry-after'))
  }
  const now = options.now ?? Date.now()
  // Without expires_in assume the documented 60 days.
  const seconds = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 60 * 24 * 3600
  return { accessToken: body.access_token, expiresAt: now + seconds * 1000 }
}
