import type { Payload } from 'payload'

import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest'

import type { Unit, User } from '@/payload-types'

import { secretBoxFromEnv } from '@/syndication/secretBoxFromEnv'
import { channelTokenStatus, checkChannelTokens, recordTokenProblem } from '@/syndication/wiring/channelTokens'
import { loadChannelSettings } from '@/syndication/wiring/loadChannelSettings'

import type { SyndicationHarness } from '../helpers/syndication'

import { createUnit, createUser } from '../helpers/fixtures'
import { startSmtpSink } from '../helpers/smtpSink'
import {
  addVideo,
  approvedItemWithChannels,
  createCover,
  recordsFor,
  runJobsUntilIdle,
  startSyndicationHarness,
} from '../helpers/syndication'
import { describeWithDatabase } from '../helpers/testDatabase'
import { transition } from '../helpers/workflow'

const DAY = 24 * 60 * 60 * 1000

/**
 * Issue 13 #2: channel tokens renew themselves, admins are warned (dashboard data + e-mail)
 * before an expiry nobody can renew, and records of a channel with a dead token become
 * "Perlu tindakan: token kedaluwarsa" without calling the platform.
 */
describeWithDatabase('syndication: channel tokens (expiry, refresh, warnings)', () => {
  let h: SyndicationHarness
  let payload: Payload
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let unit: Unit
  let admin: User
  let writer: User
  let verifier: User
  let cover: number

  const rawChannels = async () =>
    (await payload.db.findGlobal({ slug: 'channels' })) as unknown as Record<string, Record<string, unknown>>
  const setInstagram = (data: Record<string, unknown>) =>
    payload.updateGlobal({
      slug: 'channels',
      data: { instagram: { ...(data as object) } } as never,
      overrideAccess: true,
      context: { trusted: true },
    })
  const publishWith = async (title: string, options: { instagram?: boolean; youtube?: boolean }) => {
    const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, {
      title,
      cover,
      instagram: options.instagram,
      youtubeVideoId: options.youtube ? addVideo(h.fakes) : undefined,
    })
    await transition(payload, verifier, item.id, { action: 'publish' })
    await runJobsUntilIdle(payload)
    return recordsFor(payload, item.id)
  }

  beforeAll(async () => {
    sink = await startSmtpSink()
    h = await startSyndicationHarness('syndication-tokens', {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      SMTP_SECURE: 'false',
    })
    payload = h.payload
    admin = await createUser(payload, ['admin'])
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    cover = (await createCover(payload)).id
  })
  afterAll(async () => {
    await h?.stopAll()
    await sink?.stop()
    for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_SECURE']) delete process.env[key]
  })
  beforeEach(async () => {
    sink.mails.length = 0
    h.fakes.instagram.setTokenValid(true)
    // A fresh Instagram Login token, as an admin would paste it.
    const token = h.fakes.instagram.latestToken().token
    await setInstagram({ accessToken: `${token}`, loginKind: 'instagram', tokenProblem: null, enabled: true })
  })

  it('stores the expiry of a pasted token (60 days) and keeps the token sealed at rest', async () => {
    const before = Date.now()
    const other = 'IG-PASTED-TOKEN-1'
    h.fakes.instagram.tokens.set(other, { token: other, issuedAt: before, expiresAt: before + 60 * DAY })
    await setInstagram({ accessToken: other })
    const raw = await rawChannels()
    expect(String(raw.instagram.accessToken)).toMatch(/^v1:/)
    expect(secretBoxFromEnv().decrypt(String(raw.instagram.accessToken), 'instagram.accessToken')).toBe(other)
    const expires = Date.parse(String(raw.instagram.tokenExpiresAt))
    expect(expires - before).toBeGreaterThanOrEqual(60 * DAY - 1000)
    expect(expires - Date.now()).toBeLessThanOrEqual(60 * DAY)
    expect(raw.instagram.tokenIssuedAt).toBeTruthy()
  })

  it('refreshes a long-lived Instagram token well before expiry (ig_refresh_token) and persists it sealed', async () => {
    const settings = await loadChannelSettings(payload)
    const old = settings.instagram?.accessToken as string
    // Meta refuses tokens younger than 24 h; this one is two days old.
    h.fakes.instagram.backdateToken(old, Date.now() - 2 * DAY)
    const now = Date.parse(settings.instagram?.tokenExpiresAt as string) - 10 * DAY
    expect(await checkChannelTokens(payload, { now })).toMatchObject({ instagram: 'refreshed' })
    expect(h.fakes.instagram.refreshLog.at(-1)).toMatchObject({ route: 'refreshToken', oldToken: old })
    const after = await loadChannelSettings(payload)
    expect(after.instagram?.accessToken).toBe(h.fakes.instagram.refreshLog.at(-1)?.newToken)
    expect(Date.parse(after.instagram?.tokenExpiresAt as string)).toBeGreaterThan(now + 59 * DAY)
    expect(String((await rawChannels()).instagram.accessToken)).toMatch(/^v1:/)
    // Nothing to do a day later.
    expect(await checkChannelTokens(payload, { now: now + DAY })).toMatchObject({ instagram: 'ok' })
    // And publishing uses the new token.
    const records = await publishWith('Token Baru Dipakai', { instagram: true })
    expect(records.find((r) => r.channel === 'instagram')?.state).toBe('succeeded')
  })

  it('refreshes a Facebook Login token with fb_exchange_token when App ID and secret are set', async () => {
    await setInstagram({ loginKind: 'facebook', appId: h.fakes.instagram.appId, appSecret: h.fakes.instagram.appSecret })
    const settings = await loadChannelSettings(payload)
    const now = Date.parse(settings.instagram?.tokenExpiresAt as string) - 5 * DAY
    expect(await checkChannelTokens(payload, { now })).toMatchObject({ instagram: 'refreshed' })
    expect(h.fakes.instagram.refreshLog.at(-1)?.route).toBe('exchangeToken')
    expect(String((await rawChannels()).instagram.appSecret)).toMatch(/^v1:/)
    await setInstagram({ loginKind: 'instagram', appId: null, appSecret: null })
  })

  it('warns admins (e-mail + dashboard data) 7 days before an expiry that cannot be refreshed, once a day', async () => {
    await setInstagram({ loginKind: 'facebook', appId: null, appSecret: null })
    const settings = await loadChannelSettings(payload)
    const expiresAt = Date.parse(settings.instagram?.tokenExpiresAt as string)
    expect(await checkChannelTokens(payload, { now: expiresAt - 20 * DAY })).toMatchObject({ instagram: 'ok' })
    expect(sink.mails).toHaveLength(0)
    const now = expiresAt - 6 * DAY - 60_000
    expect(await checkChannelTokens(payload, { now })).toMatchObject({ instagram: 'warn' })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.mails).toHaveLength(1)
    expect(sink.mails[0].to).toContain(admin.email)
    expect(sink.mails[0].raw).toContain('Token Instagram berakhir dalam 6 hari')
    await checkChannelTokens(payload, { now: now + 60_000 })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.mails).toHaveLength(1) // not again within 24 h
    const status = await channelTokenStatus(payload, now)
    expect(status.find((s) => s.channel === 'instagram')).toMatchObject({ level: 'warning', daysLeft: 6 })
    await setInstagram({ loginKind: 'instagram', tokenWarnedAt: null })
  })

  it('an expired token: records become "Perlu tindakan: token kedaluwarsa" without calling Instagram', async () => {
    await setInstagram({ tokenExpiresAt: new Date(Date.now() - 60_000).toISOString() })
    const calls = h.fakes.instagram.requests.length
    const records = await publishWith('Token Sudah Habis', { instagram: true })
    const ig = records.find((r) => r.channel === 'instagram')
    expect(ig?.state).toBe('failed')
    expect(ig?.needsManualAction).toBe(true)
    expect(ig?.manualActionReason).toMatch(/^Perlu tindakan: token kedaluwarsa\./)
    expect(h.fakes.instagram.requests.length).toBe(calls)
    expect(records.find((r) => r.channel === 'portal')?.state).toBe('succeeded')
  })

  it('a 190 from Instagram marks the channel once, warns admins, and later records make no call', async () => {
    h.fakes.instagram.setTokenValid(false)
    const first = await publishWith('Token Dicabut Satu', { instagram: true })
    expect(first.find((r) => r.channel === 'instagram')).toMatchObject({ state: 'failed', needsManualAction: true })
    expect((await loadChannelSettings(payload)).instagram?.tokenProblem).toBeTruthy()
    const calls = h.fakes.instagram.requests.length
    const second = await publishWith('Token Dicabut Dua', { instagram: true })
    expect(second.find((r) => r.channel === 'instagram')?.manualActionReason).toMatch(/^Perlu tindakan: token kedaluwarsa\./)
    expect(h.fakes.instagram.requests.length).toBe(calls)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.mails.filter((m) => m.raw.includes('Instagram'))).toHaveLength(1)
    expect((await channelTokenStatus(payload)).find((s) => s.channel === 'instagram')?.level).toBe('action')
    // Reconnecting (a new token pasted) clears the problem and puts every blocked record back in
    // the queue: no "Coba lagi" per record, and each is posted once.
    const blocked = async () =>
      (
        await payload.find({
          collection: 'syndications',
          where: { and: [{ channel: { equals: 'instagram' } }, { state: { equals: 'failed' } }] },
          limit: 0,
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs.filter((r) => r.manualActionReason?.startsWith('Perlu tindakan: token kedaluwarsa.'))
    const waiting = await blocked()
    expect(waiting.map((r) => r.id)).toEqual(expect.arrayContaining([first, second].map((rs) => rs.find((r) => r.channel === 'instagram')?.id)))
    const posts = h.fakes.instagram.publishLog.length
    h.fakes.instagram.setTokenValid(true)
    await setInstagram({ accessToken: h.fakes.instagram.latestToken().token + '' })
    expect((await loadChannelSettings(payload)).instagram?.tokenProblem).toBeFalsy()
    await runJobsUntilIdle(payload)
    expect(await blocked()).toEqual([])
    for (const record of waiting) {
      const after = await payload.findByID({ collection: 'syndications', id: record.id, depth: 0, overrideAccess: true })
      expect(after).toMatchObject({ state: 'succeeded', needsManualAction: false })
    }
    expect(h.fakes.instagram.publishLog).toHaveLength(posts + waiting.length)
  })

  it('jobs of one batch that meet the same dead token at once send one warning e-mail, not one each', async () => {
    const now = Date.now()
    await Promise.all([1, 2, 3, 4].map(() => recordTokenProblem(payload, 'instagram', 'Token Instagram dicabut.', now)))
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.mails.filter((m) => m.raw.includes('Instagram'))).toHaveLength(1)
  })

  it('YouTube invalid_grant gets the same admin warning and the same "Perlu tindakan" records', async () => {
    h.fakes.youtube.revokeRefreshToken()
    const records = await publishWith('YouTube Dicabut', { youtube: true })
    const yt = records.find((r) => r.channel === 'youtube')
    expect(yt).toMatchObject({ state: 'failed', needsManualAction: true })
    expect(yt?.manualActionReason).toMatch(/^Perlu tindakan: token kedaluwarsa\./)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sink.mails.some((m) => m.raw.includes('YouTube'))).toBe(true)
    expect((await channelTokenStatus(payload)).find((s) => s.channel === 'youtube')?.level).toBe('action')
    // Reconnected (the owner consents again, the admin saves the new refresh token): the blocked
    // record goes back to the queue by itself and the video's metadata is updated once.
    const updates = h.fakes.youtube.count('videos.update')
    const refreshToken = h.fakes.youtube.grantNewRefreshToken()
    await payload.updateGlobal({ slug: 'channels', data: { youtube: { refreshToken } } as never, overrideAccess: true, context: { trusted: true } })
    expect((await loadChannelSettings(payload)).youtube?.tokenProblem).toBeFalsy()
    await runJobsUntilIdle(payload)
    const after = await payload.findByID({ collection: 'syndications', id: yt!.id, depth: 0, overrideAccess: true })
    expect(after).toMatchObject({ state: 'succeeded', needsManualAction: false })
    expect(h.fakes.youtube.count('videos.update')).toBe(updates + 1)
  })
})
