import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { createFakeClock, type FakeClock } from './fakeClock'
import { failureSwitch, type FailureOptions } from './failureSwitch'
import { bearerToken, dropConnection, mergedParams, one, sendJson, startHttpServer, type RecordedRequest } from './http'
import { isPng, jpegInfo } from './jpegInfo'

/**
 * Fake YouTube Data API v3 + Google token endpoint (platform-apis.md §2.10), serving the paths
 * googleapis uses: /youtube/v3/videos, /upload/youtube/v3/thumbnails/set, /token.
 */
export type YoutubeRoute = 'token' | 'videos.list' | 'videos.update' | 'thumbnails.set'

export interface YoutubeFailure {
  status?: number
  reason?: string
  message?: string
  domain?: string
  headers?: Record<string, string>
  mode?: 'error' | 'drop' | 'commit-then-drop'
}

export interface FakeVideo {
  id: string
  channelId: string
  snippet: Record<string, unknown>
  status: Record<string, unknown>
  everPublic: boolean
  thumbnail?: { bytes: number; mimeType: string; width?: number; height?: number }
}

export interface YoutubeFakeOptions {
  clientId?: string
  clientSecret?: string
  refreshToken?: string
  dailyQuota?: number
  thumbnailMaxBytes?: number
  categories?: string[]
  clock?: FakeClock
}

const COST: Record<Exclude<YoutubeRoute, 'token'>, number> = {
  'videos.list': 1,
  'videos.update': 50,
  'thumbnails.set': 50,
}

/** Presets for `fail()`, by the reason YouTube puts in errors[0].reason. */
export const YT_ERRORS = {
  backendError: { status: 503, reason: 'backendError', message: 'Backend Error', domain: 'global' },
  internalError: { status: 500, reason: 'internalError', message: 'Internal error', domain: 'global' },
  rateLimitExceeded: {
    status: 403,
    reason: 'rateLimitExceeded',
    message: 'Rate limit exceeded',
    domain: 'usageLimits',
  },
  userRateLimitExceeded: {
    status: 429,
    reason: 'userRateLimitExceeded',
    message: 'User rate limit exceeded',
    domain: 'usageLimits',
  },
  uploadRateLimitExceeded: {
    status: 429,
    reason: 'uploadRateLimitExceeded',
    message: 'Too many thumbnail uploads',
    domain: 'youtube.thumbnail',
  },
  quotaExceeded: {
    status: 403,
    reason: 'quotaExceeded',
    message: 'The request cannot be completed because you have exceeded your quota.',
    domain: 'youtube.quota',
  },
  forbidden: { status: 403, reason: 'forbidden', message: 'Forbidden', domain: 'youtube.thumbnail' },
  insufficientPermissions: {
    status: 403,
    reason: 'insufficientPermissions',
    message: 'Insufficient Permission',
    domain: 'global',
  },
  authError: { status: 401, reason: 'authError', message: 'Invalid Credentials', domain: 'global' },
  /** The Google account has no YouTube channel (YouTube Data API errors: 401 youtubeSignupRequired). */
  youtubeSignupRequired: {
    status: 401,
    reason: 'youtubeSignupRequired',
    message: 'Unauthorized: the user must sign up for YouTube (create a channel).',
    domain: 'youtube.header',
  },
  videoNotFound: { status: 404, reason: 'videoNotFound', message: 'Video not found', domain: 'youtube.video' },
  invalidTitle: { status: 400, reason: 'invalidTitle', message: 'Invalid title', domain: 'youtube.video' },
} satisfies Record<string, YoutubeFailure>

const DEFAULT_CATEGORIES = ['1', '2', '10', '15', '17', '19', '20', '22', '23', '24', '25', '26', '27', '28', '29']

export async function startYoutubeFake(options: YoutubeFakeOptions = {}) {
  const clock = options.clock ?? createFakeClock()
  const creds = {
    clientId: options.clientId ?? 'yt-client-id.apps.googleusercontent.com',
    clientSecret: options.clientSecret ?? 'yt-client-secret',
    refreshToken: options.refreshToken ?? '1//yt-refresh-token',
  }
  const state = {
    dailyQuota: options.dailyQuota ?? 10_000,
    used: 0,
    quotaDay: '',
    thumbnailMaxBytes: options.thumbnailMaxBytes ?? 2 * 1024 * 1024,
    thumbnailsForbidden: false,
    refreshTokenRevoked: false,
    categories: new Set(options.categories ?? DEFAULT_CATEGORIES),
  }
  const tokens = new Set<string>()
  const videos = new Map<string, FakeVideo>()
  const requests: RecordedRequest[] = []
  const failures = failureSwitch<YoutubeRoute, YoutubeFailure>()
  let tokenSeq = 0

  const googleError = (res: ServerResponse, failure: YoutubeFailure) => {
    const status = failure.status ?? 400
    const message = failure.message ?? failure.reason ?? 'Error'
    const grpc: Record<number, string> = {
      400: 'INVALID_ARGUMENT',
      401: 'UNAUTHENTICATED',
      403: 'PERMISSION_DENIED',
      404: 'NOT_FOUND',
      429: 'RESOURCE_EXHAUSTED',
      500: 'INTERNAL',
      503: 'UNAVAILABLE',
    }
    sendJson(
      res,
      status,
      {
        error: {
          code: status,
          message,
          errors: [{ message, domain: failure.domain ?? 'youtube.video', reason: failure.reason ?? 'badRequest' }],
          status: grpc[status],
        },
      },
      failure.headers,
    )
  }

  /** Quota days end at midnight Pacific time. */
  const pacificDay = () =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date(clock.now()))
  const charge = (units: number) => {
    const day = pacificDay()
    if (day !== state.quotaDay) {
      state.quotaDay = day
      state.used = 0
    }
    state.used += units
  }
  const quotaLeft = () => {
    if (pacificDay() !== state.quotaDay) return state.dailyQuota
    return state.dailyQuota - state.used
  }

  /** Scheduled videos go public once publishAt passes (evaluated lazily on the fake clock). */
  const materialise = (video: FakeVideo) => {
    const publishAt = video.status.publishAt
    if (
      video.status.privacyStatus === 'private' &&
      typeof publishAt === 'string' &&
      Date.parse(publishAt) <= clock.now()
    ) {
      video.status = { ...video.status, privacyStatus: 'public' }
      delete video.status.publishAt
      video.everPublic = true
    }
    return video
  }

  const resource = (video: FakeVideo, parts: string[]) => {
    const out: Record<string, unknown> = {
      kind: 'youtube#video',
      etag: randomBytes(6).toString('base64url'),
      id: video.id,
    }
    if (parts.includes('snippet')) out.snippet = video.snippet
    if (parts.includes('status')) out.status = video.status
    return out
  }

  const partsOf = (params: Record<string, string | string[]>) =>
    ([] as string[])
      .concat(params.part ?? [])
      .flatMap((p) => p.split(','))
      .map((p) => p.trim())
      .filter(Boolean)

  const tagsLength = (tags: string[]) =>
    tags.reduce((sum, tag) => sum + tag.length + (tag.includes(' ') ? 2 : 0), 0) + Math.max(0, tags.length - 1)

  /** §2.3 validation; returns the failing reason. */
  const validateSnippet = (snippet: Record<string, unknown>): YoutubeFailure | undefined => {
    const title = snippet.title
    if (typeof title !== 'string' || typeof snippet.categoryId !== 'string')
      return {
        reason: 'invalidVideoMetadata',
        message: 'The request metadata is invalid: title and categoryId are required',
      }
    if ([...title].length < 1 || [...title].length > 100 || /[<>]/.test(title))
      return { reason: 'invalidTitle', message: 'The request metadata specifies an invalid video title.' }
    const description = snippet.description
    if (
      description !== undefined &&
      (typeof description !== 'string' || Buffer.byteLength(description, 'utf8') > 5000 || /[<>]/.test(description))
    ) {
      return { reason: 'invalidDescription', message: 'The request metadata specifies an invalid video description.' }
    }
    const tags = snippet.tags
    if (
      tags !== undefined &&
      (!Array.isArray(tags) ||
        tags.some((t) => typeof t !== 'string' || /[<>]/.test(t)) ||
        tagsLength(tags as string[]) > 500)
    ) {
      return { reason: 'invalidTags', message: 'The request metadata specifies invalid video keywords.' }
    }
    if (!state.categories.has(snippet.categoryId))
      return {
        reason: 'invalidCategoryId',
        message: 'The snippet.categoryId property specifies an invalid category ID.',
      }
    return undefined
  }

  const update = (params: Record<string, string | string[]>, body: Buffer, res: ServerResponse) => {
    const parts = partsOf(params)
    let input: { id?: string; snippet?: Record<string, unknown>; status?: Record<string, unknown> }
    try {
      input = JSON.parse(body.toString('utf8')) as typeof input
    } catch {
      return googleError(res, { reason: 'parseError', message: 'Parse Error', domain: 'global' })
    }
    if (parts.length === 0)
      return googleError(res, { reason: 'required', message: 'Required parameter: part', domain: 'global' })
    const video = input.id ? videos.get(input.id) : undefined
    if (!video) return googleError(res, YT_ERRORS.videoNotFound)
    materialise(video)
    let snippet = video.snippet
    if (parts.includes('snippet')) {
      const sent = input.snippet ?? {}
      const invalid = validateSnippet(sent)
      if (invalid) return googleError(res, invalid)
      // Part replacement: every mutable field not sent is cleared; read-only fields stay.
      snippet = {
        title: sent.title,
        description: typeof sent.description === 'string' ? sent.description : '',
        categoryId: sent.categoryId,
        channelId: video.snippet.channelId,
        publishedAt: video.snippet.publishedAt,
        ...(Array.isArray(sent.tags) ? { tags: sent.tags } : {}),
        ...(typeof sent.defaultLanguage === 'string' ? { defaultLanguage: sent.defaultLanguage } : {}),
      }
    }
    let status = video.status
    let everPublic = video.everPublic
    if (parts.includes('status')) {
      const sent = input.status ?? {}
      const privacyStatus = typeof sent.privacyStatus === 'string' ? sent.privacyStatus : 'public' // the default when omitted
      if (!['private', 'unlisted', 'public'].includes(privacyStatus))
        return googleError(res, { reason: 'invalidPrivacyStatus', message: 'Invalid privacy status' })
      if (sent.publishAt !== undefined) {
        const valid = typeof sent.publishAt === 'string' && !Number.isNaN(Date.parse(sent.publishAt))
        // videos.update reference, invalidPublishAt: "The request metadata specifies an invalid
        // scheduled publishing time" — a time already past is refused like one on a public video
        // (issue 13 #6; platform-apis.md §2.3 claims it publishes at once: we model the stricter).
        const past = valid && Date.parse(sent.publishAt as string) <= clock.now()
        if (!valid || past || privacyStatus !== 'private' || video.status.privacyStatus !== 'private' || video.everPublic) {
          return googleError(res, {
            reason: 'invalidPublishAt',
            message: 'The request metadata specifies an invalid scheduled publishing time.',
          })
        }
      }
      status = {
        uploadStatus: video.status.uploadStatus ?? 'processed',
        privacyStatus,
        embeddable: sent.embeddable ?? true,
        license: sent.license ?? 'youtube',
        publicStatsViewable: sent.publicStatsViewable ?? true,
        madeForKids: sent.selfDeclaredMadeForKids ?? video.status.madeForKids ?? false,
        ...(sent.selfDeclaredMadeForKids !== undefined
          ? { selfDeclaredMadeForKids: sent.selfDeclaredMadeForKids }
          : {}),
        ...(sent.publishAt !== undefined ? { publishAt: sent.publishAt } : {}),
      }
      if (privacyStatus === 'public') everPublic = true
    }
    Object.assign(video, { snippet, status, everPublic })
    materialise(video)
    return resource(video, parts)
  }

  const setThumbnail = (
    req: IncomingMessage,
    params: Record<string, string | string[]>,
    body: Buffer,
    res: ServerResponse,
  ) => {
    const video = videos.get(one(params.videoId) ?? '')
    if (!video) return googleError(res, YT_ERRORS.videoNotFound)
    if (state.thumbnailsForbidden)
      return googleError(res, {
        ...YT_ERRORS.forbidden,
        message: 'The authenticated user does not have permissions for uploading and setting custom video thumbnails.',
      })
    const type = String(req.headers['content-type'] ?? '')
      .split(';')[0]
      .trim()
    if (body.length === 0 || one(params.uploadType) !== 'media')
      return googleError(res, {
        reason: 'mediaBodyRequired',
        message: 'The request does not include the image content.',
      })
    if (!['image/jpeg', 'image/png', 'application/octet-stream'].includes(type))
      return googleError(res, { reason: 'invalidImage', message: `Unsupported content type ${type}` })
    if (body.length > state.thumbnailMaxBytes)
      return googleError(res, { reason: 'invalidImage', message: 'The thumbnail image is too large.' })
    const jpeg = jpegInfo(body)
    if (!jpeg && !isPng(body))
      return googleError(res, { reason: 'invalidImage', message: 'The provided image content is invalid.' })
    video.thumbnail = { bytes: body.length, mimeType: type, width: jpeg?.width, height: jpeg?.height }
    const url = (size: string) => `https://i.ytimg.com/vi/${video.id}/${size}.jpg`
    return {
      kind: 'youtube#thumbnailSetResponse',
      etag: randomBytes(6).toString('base64url'),
      items: [
        {
          default: { url: url('default'), width: 120, height: 90 },
          medium: { url: url('mqdefault'), width: 320, height: 180 },
          high: { url: url('hqdefault'), width: 480, height: 360 },
        },
      ],
    }
  }

  const token = (params: Record<string, string | string[]>, res: ServerResponse) => {
    if (one(params.client_id) !== creds.clientId || one(params.client_secret) !== creds.clientSecret) {
      return sendJson(res, 401, { error: 'invalid_client', error_description: 'The OAuth client was not found.' })
    }
    if (
      one(params.grant_type) !== 'refresh_token' ||
      one(params.refresh_token) !== creds.refreshToken ||
      state.refreshTokenRevoked
    ) {
      return sendJson(res, 400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' })
    }
    tokenSeq += 1
    const accessToken = `ya29.fake-${tokenSeq}-${randomBytes(4).toString('hex')}`
    tokens.add(accessToken)
    return {
      access_token: accessToken,
      expires_in: 3599,
      scope: 'https://www.googleapis.com/auth/youtube',
      token_type: 'Bearer',
    }
  }

  const routeOf = (method: string, path: string): YoutubeRoute | undefined => {
    if (method === 'POST' && path === '/token') return 'token'
    if (method === 'GET' && path === '/youtube/v3/videos') return 'videos.list'
    if (method === 'PUT' && path === '/youtube/v3/videos') return 'videos.update'
    if (method === 'POST' && (path === '/upload/youtube/v3/thumbnails/set' || path === '/youtube/v3/thumbnails/set'))
      return 'thumbnails.set'
    return undefined
  }

  const handle = (req: IncomingMessage, res: ServerResponse, body: Buffer, url: URL) => {
    const method = req.method ?? 'GET'
    const route = routeOf(method, url.pathname)
    const params = route === 'thumbnails.set' ? Object.fromEntries(url.searchParams) : mergedParams(req, url, body)
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      route: route ?? 'unknown',
      params,
      headers: req.headers,
      bodyBytes: body.length,
      at: clock.now(),
    }
    requests.push(record)
    if (!route) return googleError(res, { status: 404, reason: 'notFound', message: 'Not Found', domain: 'global' })

    const failure = failures.take(route)
    if (failure?.mode === 'drop') return dropConnection(res)
    if (failure && failure.mode !== 'commit-then-drop') {
      if (route !== 'token') charge(1)
      return googleError(res, failure)
    }

    let result: unknown
    if (route === 'token') {
      result = token(params, res)
    } else {
      const auth = bearerToken(req)
      if (!auth || !tokens.has(auth)) {
        return googleError(res, {
          status: 401,
          reason: 'authError',
          message: 'Request had invalid authentication credentials.',
          domain: 'global',
        })
      }
      if (quotaLeft() < COST[route]) return googleError(res, YT_ERRORS.quotaExceeded)
      if (route === 'videos.list') {
        const parts = partsOf(params)
        const ids = ([] as string[]).concat(params.id ?? []).flatMap((id) => id.split(','))
        const items = ids.flatMap((id) => {
          const video = videos.get(id)
          return video ? [resource(materialise(video), parts)] : []
        })
        result = {
          kind: 'youtube#videoListResponse',
          etag: 'x1',
          pageInfo: { totalResults: items.length, resultsPerPage: items.length },
          items,
        }
      } else if (route === 'videos.update') {
        result = update(params, body, res)
      } else {
        result = setThumbnail(req, params, body, res)
      }
      charge(result === undefined ? 1 : COST[route])
    }
    if (result === undefined || res.headersSent) return
    if (route === 'videos.update' || route === 'thumbnails.set')
      record.createdId = (result as { id?: string }).id ?? one(params.videoId)
    if (failure?.mode === 'commit-then-drop') return dropConnection(res)
    sendJson(res, 200, result)
  }

  const server = await startHttpServer(handle)

  return {
    url: server.url,
    /** googleapis joins rootUrl + '/youtube/v3/…': pass this as rootUrl. */
    rootUrl: `${server.url}/`,
    tokenUrl: `${server.url}/token`,
    ...creds,
    clock,
    videos,
    requests,
    /** Quota units used today (Pacific). */
    quotaUsed: () => (pacificDay() === state.quotaDay ? state.used : 0),
    addVideo(video: {
      id: string
      snippet?: Record<string, unknown>
      status?: Record<string, unknown>
      everPublic?: boolean
    }) {
      const status = {
        uploadStatus: 'processed',
        privacyStatus: 'public',
        embeddable: true,
        license: 'youtube',
        publicStatsViewable: true,
        madeForKids: false,
        ...video.status,
      }
      videos.set(video.id, {
        id: video.id,
        channelId: 'UCwarta',
        snippet: {
          title: 'Video',
          description: '',
          categoryId: '25',
          channelId: 'UCwarta',
          publishedAt: new Date(clock.now()).toISOString(),
          ...video.snippet,
        },
        status,
        everPublic: video.everPublic ?? status.privacyStatus === 'public',
      })
    },
    fail(route: YoutubeRoute, failure: YoutubeFailure, opts?: FailureOptions) {
      failures.fail(route, failure, opts)
    },
    clearFailures: () => failures.clear(),
    count: (route: YoutubeRoute) => requests.filter((r) => r.route === route).length,
    setDailyQuota(units: number) {
      state.dailyQuota = units
    },
    setThumbnailsForbidden(forbidden: boolean) {
      state.thumbnailsForbidden = forbidden
    },
    setThumbnailMaxBytes(bytes: number) {
      state.thumbnailMaxBytes = bytes
    },
    revokeRefreshToken() {
      state.refreshTokenRevoked = true
    },
    /** The channel owner consents again: a new refresh token replaces the revoked one. */
    grantNewRefreshToken(refreshToken = `1//yt-refresh-${randomBytes(4).toString('hex')}`) {
      creds.refreshToken = refreshToken
      state.refreshTokenRevoked = false
      return refreshToken
    },
    /** Issue an access token directly (tests that skip the refresh flow). */
    issueToken(value = `ya29.static-${randomBytes(4).toString('hex')}`) {
      tokens.add(value)
      return value
    },
    reset() {
      videos.clear()
      requests.length = 0
      failures.clear()
      state.used = 0
      state.quotaDay = ''
      state.thumbnailsForbidden = false
      state.refreshTokenRevoked = false
    },
    close: () => server.close(),
  }
}

export type YoutubeFake = Awaited<ReturnType<typeof startYoutubeFake>>
