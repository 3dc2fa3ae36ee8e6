import type { Payload } from 'payload'

import type { User } from '@/payload-types'

import type { ChannelId, ChannelsSettings } from '../types'

import { secretBoxFromEnv } from '../secretBoxFromEnv'
import { refreshInstagramToken } from '../tokens/refreshInstagramToken'
import { planTokenAction, WARN_BEFORE_DAYS } from '../tokens/tokenPlan'
import { isMasked } from './channelSecrets'
import { loadChannelSettings } from './loadChannelSettings'

const DAY_MS = 24 * 60 * 60 * 1000
/** A long-lived Instagram token lives about 60 days (platform-apis.md §1.6). */
export const LONG_LIVED_TOKEN_MS = 60 * DAY_MS
/** What staff see on a record that waits for a new token. */
export const TOKEN_ACTION_PREFIX = 'Perlu tindakan: token kedaluwarsa.'
const CHANNEL_LABEL: Record<'instagram' | 'youtube', string> = { instagram: 'Instagram', youtube: 'YouTube' }

type Doc = Record<string, unknown>
type TokenChannel = 'instagram' | 'youtube'
const group = (doc: Doc | null | undefined, name: string): Doc =>
  (doc && typeof doc[name] === 'object' && doc[name] !== null ? (doc[name] as Doc) : {}) as Doc
const time = (value: unknown): number | undefined => {
  const parsed = typeof value === 'string' ? Date.parse(value) : Number.NaN
  return Number.isNaN(parsed) ? undefined : parsed
}
const jakarta = (ms: number) =>
  `${new Intl.DateTimeFormat('id-ID', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(ms))} WIB`

/**
 * Before-change logic of the `channels` global: a token typed in by an admin (plain, not the
 * mask, not an already sealed value) gets an issue date, an expiry (the admin's, else 60 days)
 * and clears any recorded problem. A new YouTube refresh token clears the YouTube problem.
 */
export function newChannelTokens(data: Doc, stored: Doc | null, now: number): Doc {
  const box = secretBoxFromEnv()
  const isNew = (value: unknown, previous: unknown) =>
    typeof value === 'string' && value !== '' && !isMasked(value) && !box.isSealed(value) && value !== previous
  const next: Doc = { ...data }
  const ig = group(data, 'instagram')
  if (isNew(ig.accessToken, group(stored, 'instagram').accessToken)) {
    const adminExpiry = time(ig.tokenExpiresAt)
    const storedExpiry = time(group(stored, 'instagram').tokenExpiresAt)
    const expiresAt = adminExpiry !== undefined && adminExpiry !== storedExpiry ? adminExpiry : now + LONG_LIVED_TOKEN_MS
    next.instagram = {
      ...ig,
      tokenIssuedAt: new Date(now).toISOString(),
      tokenExpiresAt: new Date(expiresAt).toISOString(),
      tokenProblem: null,
      tokenProblemAt: null,
      tokenWarnedAt: null,
    }
  }
  const yt = group(data, 'youtube')
  if (isNew(yt.refreshToken, group(stored, 'youtube').refreshToken)) {
    next.youtube = { ...yt, tokenProblem: null, tokenProblemAt: null, tokenWarnedAt: null }
  }
  return next
}

/**
 * Why a channel cannot be used until an admin acts (expired or revoked token), or undefined.
 * Records then become "Perlu tindakan" without calling the platform, instead of each failing.
 */
export function tokenBlockReason(settings: ChannelsSettings, channel: ChannelId, now: number): string | undefined {
  if (channel === 'portal') return undefined
  const health = settings[channel] as { tokenExpiresAt?: string | null; tokenProblem?: string | null } | undefined
  if (!health) return undefined
  const reconnect = `Admin perlu menghubungkan ulang akun ${CHANNEL_LABEL[channel]} di Kanal distribusi, lalu pilih "Coba lagi".`
  if (health.tokenProblem) return `${TOKEN_ACTION_PREFIX} ${health.tokenProblem} ${reconnect}`
  const expiresAt = time(health.tokenExpiresAt)
  if (expiresAt !== undefined && expiresAt <= now)
    return `${TOKEN_ACTION_PREFIX} Token ${CHANNEL_LABEL[channel]} berakhir pada ${jakarta(expiresAt)}. ${reconnect}`
  return undefined
}

/** Platform codes that mean the stored token (or refresh token) is dead. */
export const isDeadTokenCode = (code: string | undefined): boolean =>
  code !== undefined && (/^ig:190(\/\d+)?$/.test(code) || code === 'yt:invalid_grant')

/** Writes one channel group of the global (masked secrets written back keep the stored ones). */
async function patchChannel(payload: Payload, channel: TokenChannel, patch: Doc): Promise<void> {
  const current = (await payload.findGlobal({ slug: 'channels', depth: 0, overrideAccess: true })) as unknown as Doc
  await payload.updateGlobal({
    slug: 'channels',
    data: { [channel]: { ...group(current, channel), ...patch } },
    overrideAccess: true,
    context: { tokenRefresh: true, trusted: true },
  })
}

/** E-mails every admin (the dashboard shows the same through `channelTokenStatus`). */
async function emailAdmins(payload: Payload, subject: string, text: string): Promise<number> {
  const { docs } = await payload.find({
    collection: 'users',
    where: { roles: { in: ['admin'] } },
    depth: 0,
    limit: 200,
    pagination: false,
    overrideAccess: true,
  })
  const to = (docs as User[]).map((user) => user.email).filter(Boolean)
  if (to.length === 0) return 0
  await payload.sendEmail({ to, subject, text })
  return to.length
}

/** The tail of this process's queue of token writes to the `channels` global. */
let tokenWrites: Promise<unknown> = Promise.resolve()

/**
 * Runs token bookkeeping one at a time in this process. Several jobs of one batch meet the same
 * dead token (190) at once: unserialized, each read "not warned yet" and sent the e-mail, and
 * their concurrent writes of the whole `channels` global collided (its webhook rows are deleted
 * and re-inserted: a UNIQUE constraint failure).
 */
function serialized<T>(task: () => Promise<T>): Promise<T> {
  const run = tokenWrites.then(task)
  tokenWrites = run.catch(() => undefined)
  return run
}

/** Warns admins about a channel token at most once a day; returns whether it sent. */
function warnAdmins(payload: Payload, channel: TokenChannel, message: string, now: number): Promise<boolean> {
  return serialized(() => warnAdminsNow(payload, channel, message, now))
}

async function warnAdminsNow(payload: Payload, channel: TokenChannel, message: string, now: number): Promise<boolean> {
  const settings = await loadChannelSettings(payload)
  const warnedAt = time((settings[channel] as { tokenWarnedAt?: string | null } | undefined)?.tokenWarnedAt)
  if (warnedAt !== undefined && now - warnedAt < DAY_MS) return false
  const admin = `${payload.config.serverURL || ''}/admin/globals/channels`
  await emailAdmins(
    payload,
    `[Warta] Token ${CHANNEL_LABEL[channel]} perlu tindakan`,
    `${message}\n\nBuka pengaturan Kanal distribusi: ${admin}\n\nPesan otomatis dari Warta.`,
  ).catch((error: unknown) => payload.logger.error(`[syndication] token warning e-mail failed: ${String(error)}`))
  await patchChannel(payload, channel, { tokenWarnedAt: new Date(now).toISOString() })
  return true
}

/**
 * Records that a channel's token is dead (190 from Instagram, invalid_grant from Google) and
 * warns admins. Later records of that channel stop at "Perlu tindakan" without a remote call.
 */
export function recordTokenProblem(payload: Payload, channel: TokenChannel, problem: string, now: number): Promise<void> {
  return serialized(async () => {
    const settings = await loadChannelSettings(payload)
    if (!(settings[channel] as { tokenProblem?: string | null } | undefined)?.tokenProblem) {
      await patchChannel(payload, channel, { tokenProblem: problem, tokenProblemAt: new Date(now).toISOString() })
      payload.logger.warn(`[syndication] [${channel}] token problem recorded: ${problem}`)
    }
    await warnAdminsNow(payload, channel, `${TOKEN_ACTION_PREFIX} ${problem}`, now)
  })
}

export type TokenCheckResult = Partial<Record<TokenChannel, string>>

/**
 * The scheduled token check (task `refreshChannelTokens`): renews a long-lived Instagram token
 * when fewer than 15 days remain, warns admins 7 days before an expiry that cannot be renewed,
 * and repeats the warning for an expired or revoked token.
 */
export async function checkChannelTokens(
  payload: Payload,
  options: { now?: number; fetch?: typeof fetch } = {},
): Promise<TokenCheckResult> {
  const now = options.now ?? Date.now()
  const settings = await loadChannelSettings(payload)
  const result: TokenCheckResult = {}
  const ig = settings.instagram
  if (ig?.enabled && ig.accessToken) {
    const loginKind = ig.loginKind ?? (/graph\.instagram\.com/.test(ig.graphHost ?? '') ? 'instagram' : 'facebook')
    const refreshable = loginKind === 'instagram' || Boolean(ig.appId && ig.appSecret)
    const plan = planTokenAction(
      { expiresAt: time(ig.tokenExpiresAt), issuedAt: time(ig.tokenIssuedAt), refreshable, problem: ig.tokenProblem ?? undefined },
      now,
    )
    result.instagram = plan.kind
    if (plan.kind === 'refresh') {
      try {
        const fresh = await refreshInstagramToken(
          {
            loginKind,
            graphHost: ig.graphHost || (loginKind === 'instagram' ? 'https://graph.instagram.com' : 'https://graph.facebook.com'),
            graphVersion: ig.graphVersion || 'v25.0',
            accessToken: ig.accessToken,
            appId: ig.appId ?? undefined,
            appSecret: ig.appSecret ?? undefined,
          },
          { fetch: options.fetch, now },
        )
        await patchChannel(payload, 'instagram', {
          accessToken: fresh.accessToken,
          tokenIssuedAt: new Date(now).toISOString(),
          tokenExpiresAt: new Date(fresh.expiresAt).toISOString(),
          tokenProblem: null,
          tokenProblemAt: null,
          tokenWarnedAt: null,
        })
        payload.logger.info(`[syndication] [instagram] token refreshed; valid until ${new Date(fresh.expiresAt).toISOString()}`)
        result.instagram = 'refreshed'
      } catch (error) {
        const why = error instanceof Error && 'userMessage' in error ? String(error.userMessage) : String(error)
        payload.logger.warn(`[syndication] [instagram] token refresh failed: ${why}`)
        result.instagram = 'refresh-failed'
        if (plan.daysLeft <= WARN_BEFORE_DAYS) {
          await warnAdmins(
            payload,
            'instagram',
            `Token Instagram berakhir dalam ${plan.daysLeft} hari (${jakarta(time(ig.tokenExpiresAt) as number)}) dan gagal diperbarui otomatis: ${why} Hubungkan ulang akun Instagram sebelum tanggal itu.`,
            now,
          )
        }
      }
    } else if (plan.kind === 'warn') {
      await warnAdmins(
        payload,
        'instagram',
        `Token Instagram berakhir dalam ${plan.daysLeft} hari (${jakarta(time(ig.tokenExpiresAt) as number)}) dan tidak dapat diperbarui otomatis${loginKind === 'facebook' ? ' (App ID/App Secret belum diisi)' : ''}. Hubungkan ulang akun Instagram sebelum tanggal itu.`,
        now,
      )
    } else if (plan.kind === 'expired') {
      await recordTokenProblem(payload, 'instagram', `Token Instagram berakhir pada ${jakarta(time(ig.tokenExpiresAt) as number)}.`, now)
    }
  }
  const yt = settings.youtube
  if (yt?.enabled && yt.tokenProblem) {
    result.youtube = 'revoked'
    await warnAdmins(payload, 'youtube', `${TOKEN_ACTION_PREFIX} ${yt.tokenProblem}`, now)
  }
  return result
}

export interface ChannelTokenStatus {
  channel: TokenChannel
  /** ISO 8601, when known. */
  expiresAt: string | null
  daysLeft: number | null
  /** ok: nothing to do; warning: act within 7 days; action: the channel is blocked. */
  level: 'ok' | 'warning' | 'action'
  /** Indonesian, for the admin dashboard. */
  message: string
}

/** Admin dashboard data: one line per enabled token channel. */
export async function channelTokenStatus(payload: Payload, now = Date.now()): Promise<ChannelTokenStatus[]> {
  const settings = await loadChannelSettings(payload)
  const out: ChannelTokenStatus[] = []
  for (const channel of ['instagram', 'youtube'] as const) {
    const s = settings[channel] as { enabled?: boolean | null; tokenExpiresAt?: string | null } | undefined
    if (!s?.enabled) continue
    const expiresAt = time(s.tokenExpiresAt)
    const daysLeft = expiresAt === undefined ? null : Math.max(0, Math.floor((expiresAt - now) / DAY_MS))
    const blocked = tokenBlockReason(settings, channel, now)
    const level = blocked ? 'action' : daysLeft !== null && daysLeft <= WARN_BEFORE_DAYS ? 'warning' : 'ok'
    out.push({
      channel,
      expiresAt: expiresAt === undefined ? null : new Date(expiresAt).toISOString(),
      daysLeft,
      level,
      message:
        blocked ??
        (daysLeft === null
          ? `Token ${CHANNEL_LABEL[channel]} aktif.`
          : `Token ${CHANNEL_LABEL[channel]} berlaku sampai ${jakarta(expiresAt as number)} (${daysLeft} hari lagi).`),
    })
  }
  return out
}
