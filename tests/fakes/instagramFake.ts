import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import robotsParser from 'robots-parser'

import { createFakeClock, type FakeClock } from './fakeClock'
import { failureSwitch, type FailureOptions } from './failureSwitch'
import { dropConnection, mergedParams, one, sendJson, startHttpServer, bearerToken, type RecordedRequest } from './http'
import type { GraphFailure } from './instagramErrors'
import { jpegInfo } from './jpegInfo'

/**
 * Faithful fake of the Instagram content-publishing Graph API (platform-apis.md §1.7).
 * Routes (version prefix optional): POST /{ig}/media, GET /{container}, POST /{ig}/media_publish,
 * GET /{ig}/content_publishing_limit, GET /{ig}/media, GET /{media}.
 */
export type InstagramRoute =
  | 'createContainer'
  | 'status'
  | 'publish'
  | 'publishingLimit'
  | 'mediaList'
  | 'media'
  | 'exchangeToken'
  | 'refreshToken'

/** The read error Meta has been answering intermittently for valid containers and media. */
export const INTERMITTENT_READ = {
  code: 100,
  subcode: 33,
  message: 'Unsupported get request. Object does not exist, cannot be loaded due to missing permissions, or does not support this operation.',
} as const

export interface InstagramFakeOptions {
  igUserId?: string
  accessToken?: string
  /** How long a container stays IN_PROGRESS (fake-clock ms). */
  processingDelayMs?: number
  quotaTotal?: number
  quotaDurationSec?: number
  /** Hashtag cap enforced by the fake (API docs say 30; the app rule is 5). */
  maxHashtags?: number
  clock?: FakeClock
  /** Timeout for fetching image_url. */
  fetchTimeoutMs?: number
  /** How long carousel children stay IN_PROGRESS (default: processingDelayMs). */
  childProcessingDelayMs?: number
  /** Lifetime of an access token (fake-clock ms); default 60 days like a long-lived token. */
  tokenLifetimeMs?: number
  /** Containers per account per rolling 24 h (platform-apis.md §1.3: 400). */
  containerCap?: number
}

/** Meta's media fetcher identifies as facebookexternalhit and honours robots.txt. */
export const META_CRAWLER_AGENT = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'
const LONG_LIVED_MS = 60 * 24 * 60 * 60 * 1000
/** Wording of real ERROR statuses (text, not a bare code), as Graph returns them in `status`. */
const ERROR_STATUS_TEXT: Record<number, string> = {
  2207001: 'Error: Instagram server error. Please try again.',
  2207003: 'Error: Media download has timed out (2207003)',
  2207026: 'Error: Media upload has failed with error code 2207026',
  2207052: "Error: Media download has failed. The media URI doesn't meet our requirements.",
}

export interface FakeContainer {
  id: string
  owner: string
  kind: 'IMAGE' | 'CAROUSEL_ITEM' | 'CAROUSEL'
  children: string[]
  caption?: string
  altText?: string
  imageUrl?: string
  imageWidth?: number
  imageHeight?: number
  createdAt: number
  readyAt: number
  errorSubcode?: number
  publishedMediaId?: string
}

export interface FakeToken {
  token: string
  issuedAt: number
  expiresAt: number
  revoked?: boolean
}

export interface FakeMedia {
  id: string
  owner: string
  containerId: string
  caption: string
  timestamp: string
  shortcode: string
  permalink: string
  media_type: 'IMAGE' | 'CAROUSEL_ALBUM'
  publishedAt: number
}

export interface UsageHeaders {
  app?: { call_count: number; total_cputime: number; total_time: number }
  buc?: { call_count: number; total_cputime: number; total_time: number; estimated_time_to_regain_access: number }
}

const DAY_MS = 24 * 60 * 60 * 1000

export async function startInstagramFake(options: InstagramFakeOptions = {}) {
  const igUserId = options.igUserId ?? '17841400000000001'
  const clock = options.clock ?? createFakeClock()
  const tokenLifetimeMs = options.tokenLifetimeMs ?? LONG_LIVED_MS
  const state = {
    accessToken: options.accessToken ?? 'IG-TEST-TOKEN',
    tokenValid: true,
    processingDelayMs: options.processingDelayMs ?? 0,
    childProcessingDelayMs: options.childProcessingDelayMs as number | undefined,
    containerCap: options.containerCap ?? 400,
    /** Fraction of GET reads answered with the intermittent 100/33 (seeded RNG for repeatability). */
    readFlakiness: 0,
    rng: Math.random as () => number,
    quotaTotal: options.quotaTotal ?? 50,
    quotaDurationSec: options.quotaDurationSec ?? 86_400,
    maxHashtags: options.maxHashtags ?? 30,
    nextContainerError: undefined as number | undefined,
    usage: {} as UsageHeaders,
  }
  const tokens = new Map<string, FakeToken>()
  const issueToken = (token: string, issuedAt = clock.now()): FakeToken => {
    const entry = { token, issuedAt, expiresAt: issuedAt + tokenLifetimeMs }
    tokens.set(token, entry)
    return entry
  }
  issueToken(state.accessToken)
  const containers = new Map<string, FakeContainer>()
  const media = new Map<string, FakeMedia>()
  const publishLog: { mediaId: string; containerId: string; at: number }[] = []
  const requests: RecordedRequest[] = []
  const failures = failureSwitch<InstagramRoute, GraphFailure>()
  const refreshLog: { route: string; oldToken: string; newToken: string; at: number }[] = []
  const appId = '1234567890'
  const appSecret = 'fake-app-secret'
  let containerSeq = 0
  let mediaSeq = 0

  const usageHeaders = (): Record<string, string> => {
    const headers: Record<string, string> = {}
    if (state.usage.app) headers['x-app-usage'] = JSON.stringify(state.usage.app)
    if (state.usage.buc)
      headers['x-business-use-case-usage'] = JSON.stringify({ [igUserId]: [{ type: 'instagram', ...state.usage.buc }] })
    return headers
  }

  const graphError = (res: ServerResponse, failure: GraphFailure) => {
    const error: Record<string, unknown> = {
      message: failure.message ?? 'An unknown error has occurred.',
      type: failure.code === 190 ? 'OAuthException' : 'OAuthException',
      code: failure.code ?? 1,
      fbtrace_id: randomBytes(6).toString('base64url'),
    }
    if (failure.subcode !== undefined) error.error_subcode = failure.subcode
    if (failure.isTransient !== undefined) error.is_transient = failure.isTransient
    if (failure.userTitle) error.error_user_title = failure.userTitle
    if (failure.userMsg) error.error_user_msg = failure.userMsg
    sendJson(res, failure.status ?? 400, { error }, { ...usageHeaders(), ...failure.headers })
  }

  const statusOf = (c: FakeContainer): 'IN_PROGRESS' | 'FINISHED' | 'PUBLISHED' | 'ERROR' | 'EXPIRED' => {
    if (c.publishedMediaId) return 'PUBLISHED'
    const now = clock.now()
    if (now - c.createdAt >= DAY_MS) return 'EXPIRED'
    if (now < c.readyAt) return 'IN_PROGRESS'
    if (c.errorSubcode) return 'ERROR'
    if (c.kind === 'CAROUSEL') {
      const childStates = c.children.map((id) => {
        const child = containers.get(id)
        return child ? statusOf(child) : 'ERROR'
      })
      if (childStates.includes('ERROR') || childStates.includes('EXPIRED')) return 'ERROR'
      if (childStates.includes('IN_PROGRESS')) return 'IN_PROGRESS'
    }
    return 'FINISHED'
  }

  const publishedInWindow = (since?: number) => {
    const from = Math.max(clock.now() - state.quotaDurationSec * 1000, since ?? 0)
    return publishLog.filter((entry) => entry.at > from).length
  }

  const countTags = (caption: string) => ({
    hashtags: (caption.match(/(^|\s)#[\p{L}\p{N}_]+/gu) ?? []).length,
    mentions: (caption.match(/(^|\s)@[\w.]+/g) ?? []).length,
  })

  /** Caption rules shared by single images and carousel parents; returns a failure or undefined. */
  const checkCaption = (caption: string | undefined): GraphFailure | undefined => {
    if (!caption) return undefined
    if ([...caption].length > 2200) return { code: 36004, subcode: 2207010, message: 'The caption was too long' }
    const { hashtags, mentions } = countTags(caption)
    if (hashtags > state.maxHashtags) return { code: 100, message: `Too many hashtags (${hashtags})` }
    if (mentions > 20) return { code: 100, subcode: 2207040, message: 'Too many tags (@mentions) in caption' }
    return undefined
  }

  /**
   * Meta's crawler reads robots.txt before fetching (developers.facebook.com/docs/sharing/webmasters/web-crawlers:
   * "the crawler respects robots.txt"); a blocked image_url fails with 9004/2207052. RFC 9309 §2.3.1.3:
   * 4xx = no rules, 5xx/unreachable = complete disallow.
   */
  const robotsAllow = async (imageUrl: string): Promise<boolean> => {
    const robotsUrl = new URL('/robots.txt', imageUrl).toString()
    try {
      const response = await fetch(robotsUrl, {
        headers: { 'user-agent': META_CRAWLER_AGENT },
        // Generous: a dev server compiling its first request must not read as "unreachable".
        signal: AbortSignal.timeout(Math.max(options.fetchTimeoutMs ?? 5000, 20_000)),
      })
      if (response.status >= 400 && response.status < 500) return true
      if (!response.ok) return false
      return robotsParser(robotsUrl, await response.text()).isAllowed(imageUrl, META_CRAWLER_AGENT) !== false
    } catch {
      return false
    }
  }

  /** Meta downloads image_url itself; so do we, and we check it is a real JPEG within limits. */
  const fetchImage = async (imageUrl: string): Promise<{ ok: true; width: number; height: number } | GraphFailure> => {
    if (!(await robotsAllow(imageUrl)))
      return { code: 9004, subcode: 2207052, message: 'Media download restricted by robots.txt' }
    let bytes: Buffer
    try {
      const response = await fetch(imageUrl, {
        headers: { 'user-agent': META_CRAWLER_AGENT },
        redirect: 'manual',
        signal: AbortSignal.timeout(options.fetchTimeoutMs ?? 5000),
      })
      if (response.status !== 200)
        return {
          code: 9004,
          subcode: 2207052,
          message: `Media could not be fetched from this uri (${response.status})`,
        }
      bytes = Buffer.from(await response.arrayBuffer())
    } catch {
      return { code: 9004, subcode: 2207052, message: 'Media could not be fetched from this uri' }
    }
    const info = jpegInfo(bytes)
    if (!info)
      return { code: 36001, subcode: 2207005, message: 'The image format is not supported. Only JPEG is supported.' }
    if (bytes.length > 8 * 1024 * 1024)
      return { code: 36000, subcode: 2207004, message: 'Image is too large (max 8 MiB)' }
    const ratio = info.width / info.height
    if (ratio < 0.8 || ratio > 1.91)
      return { code: 36003, subcode: 2207009, message: `Aspect ratio ${ratio.toFixed(3)} not supported` }
    return { ok: true, ...info }
  }

  const containersInWindow = () => [...containers.values()].filter((c) => c.createdAt > clock.now() - DAY_MS).length

  const newContainer = (partial: Omit<FakeContainer, 'id' | 'owner' | 'createdAt' | 'readyAt'>): FakeContainer => {
    containerSeq += 1
    const now = clock.now()
    const delay =
      partial.kind === 'CAROUSEL_ITEM' ? (state.childProcessingDelayMs ?? state.processingDelayMs) : state.processingDelayMs
    const container: FakeContainer = {
      id: String(17900000000000000n + BigInt(containerSeq)),
      owner: igUserId,
      createdAt: now,
      readyAt: now + delay,
      ...partial,
    }
    if (state.nextContainerError !== undefined && partial.kind !== 'CAROUSEL_ITEM') {
      container.errorSubcode = state.nextContainerError
      state.nextContainerError = undefined
    }
    containers.set(container.id, container)
    return container
  }

  const createContainer = async (params: Record<string, string | string[]>, res: ServerResponse) => {
    // platform-apis.md §1.3 / Meta content-publishing guide: at most 400 containers per account
    // per rolling 24 h. Meta does not document the error; the fake answers with the rate-limit
    // family (code 4) plus the publishing-limit subcode.
    if (containersInWindow() >= state.containerCap)
      return graphError(res, { code: 4, subcode: 2207042, message: 'Maximum number of media containers reached (400 per 24 hours)' })
    const caption = one(params.caption)
    const altText = one(params.alt_text)
    if (altText && [...altText].length > 1000)
      return graphError(res, { code: 100, message: 'alt_text exceeds 1000 characters' })
    const mediaType = one(params.media_type)
    if (mediaType === 'CAROUSEL') {
      const children = (one(params.children) ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean)
      if (children.length < 2 || children.length > 10)
        return graphError(res, { code: 100, subcode: 2207028, message: 'Carousel must have 2 to 10 children' })
      for (const id of children) {
        const child = containers.get(id)
        if (!child || child.owner !== igUserId || child.kind !== 'CAROUSEL_ITEM') {
          return graphError(res, { code: 100, message: `Invalid carousel child ${id}` })
        }
        // Children must be FINISHED before the parent is created (Meta carousel guide; Postiz
        // polls each child for that reason); otherwise "Media ID is not available".
        if (statusOf(child) !== 'FINISHED')
          return graphError(res, { code: 9007, subcode: 2207027, message: 'Media ID is not available', userTitle: 'Media not ready' })
      }
      const captionFailure = checkCaption(caption)
      if (captionFailure) return graphError(res, captionFailure)
      const container = newContainer({ kind: 'CAROUSEL', children, caption })
      return { id: container.id }
    }
    if (mediaType && mediaType !== 'IMAGE')
      return graphError(res, { code: 100, message: `The fake supports images only (got ${mediaType})` })
    const imageUrl = one(params.image_url)
    if (!imageUrl) return graphError(res, { code: 100, message: 'The parameter image_url is required' })
    const isChild = one(params.is_carousel_item) === 'true'
    if (!isChild) {
      const captionFailure = checkCaption(caption)
      if (captionFailure) return graphError(res, captionFailure)
    }
    const image = await fetchImage(imageUrl)
    if (!('ok' in image)) return graphError(res, image)
    const container = newContainer({
      kind: isChild ? 'CAROUSEL_ITEM' : 'IMAGE',
      children: [],
      caption: isChild ? undefined : caption,
      altText,
      imageUrl,
      imageWidth: image.width,
      imageHeight: image.height,
    })
    return { id: container.id }
  }

  const publish = (params: Record<string, string | string[]>, res: ServerResponse) => {
    const creationId = one(params.creation_id)
    if (!creationId) return graphError(res, { code: 100, message: 'The parameter creation_id is required' })
    const container = containers.get(creationId)
    if (!container || container.owner !== igUserId)
      return graphError(res, { code: 24, subcode: 2207006, message: 'The media with id cannot be found' })
    // Test design choices (platform-apis.md §1.7): double posts fail loudly.
    if (container.kind === 'CAROUSEL_ITEM')
      return graphError(res, { code: 100, message: 'Cannot publish a carousel child container' })
    const status = statusOf(container)
    if (status === 'PUBLISHED')
      return graphError(res, { code: 100, message: 'Container already published (double publish)' })
    if (status === 'EXPIRED')
      return graphError(res, {
        code: 24,
        subcode: 2207008,
        message: 'The media container does not exist or has expired',
      })
    if (status !== 'FINISHED')
      return graphError(res, {
        code: 9007,
        subcode: 2207027,
        message: 'Media ID is not available',
        userTitle: 'Media not ready',
      })
    if (publishedInWindow() >= state.quotaTotal)
      return graphError(res, { code: 9, subcode: 2207042, message: 'Application request limit reached' })
    mediaSeq += 1
    const now = clock.now()
    const shortcode = randomBytes(8).toString('base64url').slice(0, 11)
    const item: FakeMedia = {
      id: String(18000000000000000n + BigInt(mediaSeq)),
      owner: igUserId,
      containerId: container.id,
      caption: container.caption ?? '',
      timestamp: new Date(now).toISOString().replace(/\.\d{3}Z$/, '+0000'),
      shortcode,
      permalink: `https://www.instagram.com/p/${shortcode}/`,
      media_type: container.kind === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : 'IMAGE',
      publishedAt: now,
    }
    media.set(item.id, item)
    container.publishedMediaId = item.id
    publishLog.push({ mediaId: item.id, containerId: container.id, at: now })
    return { id: item.id }
  }

  /** Graph token errors (platform-apis.md §1.4, 190 subcodes: 463 expired, 460 password change, 467 invalid). */
  const checkToken = (token: string | undefined): GraphFailure | undefined => {
    const entry = token ? tokens.get(token) : undefined
    if (!state.tokenValid || !entry || entry.revoked)
      return { code: 190, subcode: 467, message: 'Error validating access token: The session is invalid' }
    if (clock.now() >= entry.expiresAt)
      return { code: 190, subcode: 463, message: 'Error validating access token: Session has expired' }
    return undefined
  }

  /**
   * Facebook Login `GET /oauth/access_token?grant_type=fb_exchange_token` and Instagram Login
   * `GET /refresh_access_token?grant_type=ig_refresh_token` (platform-apis.md §1.6): only an
   * unexpired token; the Instagram refresh also needs a token at least 24 h old.
   */
  const exchangeToken = (
    route: 'exchangeToken' | 'refreshToken',
    params: Record<string, string | string[]>,
    res: ServerResponse,
    token: string,
  ) => {
    const grant = one(params.grant_type)
    if (route === 'exchangeToken') {
      if (grant !== 'fb_exchange_token' || one(params.client_id) !== appId || one(params.client_secret) !== appSecret)
        return graphError(res, { code: 101, message: 'Error validating application. Invalid application ID or secret.' })
    } else {
      if (grant !== 'ig_refresh_token') return graphError(res, { code: 100, message: 'Invalid grant_type' })
      const entry = tokens.get(token)
      if (entry && clock.now() - entry.issuedAt < DAY_MS)
        return graphError(res, { code: 100, message: 'The access token is less than 24 hours old and cannot be refreshed' })
    }
    const fresh = issueToken(`${state.accessToken.split('~')[0]}~${randomBytes(6).toString('hex')}`)
    refreshLog.push({ route, oldToken: token, newToken: fresh.token, at: clock.now() })
    sendJson(res, 200, {
      access_token: fresh.token,
      token_type: 'bearer',
      expires_in: Math.round((fresh.expiresAt - clock.now()) / 1000),
    })
  }

  const pick = (object: Record<string, unknown>, fields: string | undefined, defaults: string[]) => {
    const wanted = fields ? fields.split(',').map((f) => f.trim()) : defaults
    const out: Record<string, unknown> = { id: object.id }
    for (const field of wanted) if (object[field] !== undefined) out[field] = object[field]
    return out
  }

  const route = (method: string, segments: string[]): { route: InstagramRoute; node: string } | undefined => {
    const [node, edge] = segments
    if (!node) return undefined
    if (method === 'GET' && node === 'oauth' && edge === 'access_token') return { route: 'exchangeToken', node }
    if (method === 'GET' && node === 'refresh_access_token' && !edge) return { route: 'refreshToken', node }
    if (method === 'POST' && edge === 'media') return { route: 'createContainer', node }
    if (method === 'POST' && edge === 'media_publish') return { route: 'publish', node }
    if (method === 'GET' && edge === 'content_publishing_limit') return { route: 'publishingLimit', node }
    if (method === 'GET' && edge === 'media') return { route: 'mediaList', node }
    if (method === 'GET' && !edge) return { route: media.has(node) ? 'media' : 'status', node }
    return undefined
  }

  const handle = async (req: IncomingMessage, res: ServerResponse, body: Buffer, url: URL) => {
    const params = mergedParams(req, url, body)
    const segments = url.pathname.split('/').filter(Boolean)
    if (/^v\d+\.\d+$/.test(segments[0] ?? '')) segments.shift()
    const method = req.method ?? 'GET'
    const matched = route(method, segments)
    const record: RecordedRequest = {
      method,
      path: url.pathname,
      route: matched?.route ?? 'unknown',
      params,
      headers: req.headers,
      bodyBytes: body.length,
      at: clock.now(),
    }
    requests.push(record)
    if (!matched)
      return graphError(res, { code: 100, subcode: 33, message: `Unsupported ${method.toLowerCase()} request.` })

    const token =
      matched.route === 'exchangeToken' ? one(params.fb_exchange_token) : (one(params.access_token) ?? bearerToken(req))
    const tokenFailure = checkToken(token)
    if (tokenFailure) return graphError(res, tokenFailure)
    if (matched.route === 'exchangeToken' || matched.route === 'refreshToken')
      return exchangeToken(matched.route, params, res, token as string)
    const failure = failures.take(matched.route)
    if (failure?.mode === 'drop') return dropConnection(res)
    if (failure && failure.mode !== 'commit-then-drop' && failure.mode !== 'commit-then-error') return graphError(res, failure)
    // Intermittent 100/33 on reads of valid objects (widely reported since May 2026).
    if (method === 'GET' && state.readFlakiness > 0 && state.rng() < state.readFlakiness)
      return graphError(res, { ...INTERMITTENT_READ, message: `${INTERMITTENT_READ.message} Object with ID '${matched.node}'` })

    const ownerRoutes: InstagramRoute[] = ['createContainer', 'publish', 'publishingLimit', 'mediaList']
    if (ownerRoutes.includes(matched.route) && matched.node !== igUserId) {
      return graphError(res, { code: 100, subcode: 33, message: `Object with ID '${matched.node}' does not exist` })
    }

    let result: unknown
    switch (matched.route) {
      case 'createContainer':
        result = await createContainer(params, res)
        break
      case 'publish':
        result = publish(params, res)
        break
      case 'publishingLimit': {
        const since = one(params.since)
        result = {
          data: [
            {
              quota_usage: publishedInWindow(since ? Number(since) * 1000 : undefined),
              config: { quota_total: state.quotaTotal, quota_duration: state.quotaDurationSec },
            },
          ],
        }
        break
      }
      case 'mediaList': {
        // Graph API → Pagination (cursor-based): newest first, at most `limit` (≤ 100) per page,
        // `after` continues, `paging.next` only while more remain.
        const limit = Math.min(100, Number(one(params.limit) ?? 25))
        const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64url')
        const after = one(params.after)
        const start = after ? Number(Buffer.from(after, 'base64url').toString().replace(/^offset:/, '')) || 0 : 0
        const all = [...media.values()].filter((m) => m.owner === igUserId).sort((a, b) => b.publishedAt - a.publishedAt)
        const list = all.slice(start, start + limit)
        const next = new URL(url.toString())
        next.searchParams.set('after', cursor(start + list.length))
        result = {
          data: list.map((m) => pick({ ...m }, one(params.fields), ['id'])),
          paging: {
            cursors: { before: cursor(start), after: cursor(start + list.length) },
            ...(start + list.length < all.length ? { next: next.toString() } : {}),
          },
        }
        break
      }
      case 'media': {
        const item = media.get(matched.node)
        result = item ? pick({ ...item }, one(params.fields), ['id']) : undefined
        break
      }
      case 'status': {
        const container = containers.get(matched.node)
        if (!container)
          return graphError(res, { code: 100, subcode: 33, message: `Object with ID '${matched.node}' does not exist` })
        const status = statusOf(container)
        result = pick(
          {
            id: container.id,
            status_code: status,
            status:
              status === 'ERROR'
                ? (ERROR_STATUS_TEXT[container.errorSubcode ?? 0] ?? `Error: Media upload has failed with error code ${container.errorSubcode}`)
                : status,
          },
          one(params.fields),
          ['id'],
        )
        break
      }
    }
    if (result === undefined || res.headersSent) return
    if (matched.route === 'createContainer' || matched.route === 'publish')
      record.createdId = (result as { id: string }).id
    if (failure?.mode === 'commit-then-drop') return dropConnection(res)
    if (failure?.mode === 'commit-then-error') return graphError(res, failure)
    sendJson(res, 200, result, usageHeaders())
  }

  const server = await startHttpServer(handle)

  return {
    url: server.url,
    igUserId,
    accessToken: state.accessToken,
    clock,
    containers,
    media,
    publishLog,
    requests,
    /** Arm a failure on a route: one-shot by default, `{ sticky: true }` until `clearFailures()`. */
    fail(route: InstagramRoute, failure: GraphFailure, opts?: FailureOptions) {
      failures.fail(route, failure, opts)
    },
    clearFailures: () => failures.clear(),
    count: (route: InstagramRoute) => requests.filter((r) => r.route === route).length,
    setProcessingDelay(ms: number) {
      state.processingDelayMs = ms
    },
    /** The next non-child container ends in ERROR with this subcode once processed. */
    failNextContainer(subcode = 2207001) {
      state.nextContainerError = subcode
    },
    setQuotaTotal(total: number) {
      state.quotaTotal = total
    },
    setMaxHashtags(max: number) {
      state.maxHashtags = max
    },
    setUsage(usage: UsageHeaders) {
      state.usage = usage
    },
    setTokenValid(valid: boolean) {
      state.tokenValid = valid
    },
    appId,
    appSecret,
    tokens,
    refreshLog,
    /** The token the fake issued last (after a refresh, the one to use). */
    latestToken: () => [...tokens.values()].at(-1) as FakeToken,
    /** Pretend the current token was issued at `issuedAt` (token-age tests). */
    backdateToken(token: string, issuedAt: number) {
      const entry = tokens.get(token)
      if (entry) Object.assign(entry, { issuedAt, expiresAt: issuedAt + tokenLifetimeMs })
    },
    revokeToken(token: string) {
      const entry = tokens.get(token)
      if (entry) entry.revoked = true
    },
    setChildProcessingDelay(ms: number | undefined) {
      state.childProcessingDelayMs = ms
    },
    setContainerCap(cap: number) {
      state.containerCap = cap
    },
    /** Answer this fraction of GET reads with the intermittent 100/33 (rng: seeded for repeatability). */
    setReadFlakiness(rate: number, rng: () => number = Math.random) {
      state.readFlakiness = rate
      state.rng = rng
    },
    containersInWindow,
    /** Pretend `count` posts were already published in the current window (quota tests). */
    prefillPublishes(count: number) {
      for (let i = 0; i < count; i += 1)
        publishLog.push({ mediaId: `prefill-${i}`, containerId: `prefill-${i}`, at: clock.now() })
    },
    reset() {
      containers.clear()
      media.clear()
      publishLog.length = 0
      requests.length = 0
      failures.clear()
      state.tokenValid = true
      state.nextContainerError = undefined
      state.usage = {}
      state.readFlakiness = 0
      state.childProcessingDelayMs = options.childProcessingDelayMs
      state.containerCap = options.containerCap ?? 400
      refreshLog.length = 0
      tokens.clear()
      issueToken(state.accessToken)
    },
    close: () => server.close(),
  }
}

export type InstagramFake = Awaited<ReturnType<typeof startInstagramFake>>
