import { randomBytes } from 'node:crypto'

import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { youtubeAdapter } from '@/syndication/youtube'
import { nextPacificMidnight } from '@/syndication/youtube/nextPacificMidnight'
import type { YoutubeAdapterOptions } from '@/syndication/youtube/types'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock } from '../../fakes/fakeClock'
import { startStaticFileServer, type StaticFileServer } from '../../fakes/staticFileServer'
import { startYoutubeFake, YT_ERRORS, type YoutubeFake } from '../../fakes/youtubeFake'

import { testSyndicationAdapter } from './adapterContract'
import { makeImage, media, sampleItem } from './fixtures'
import { createTestContext, drive } from './testContext'

const clock = createFakeClock(Date.parse('2026-03-01T01:00:00Z'))
let yt: YoutubeFake
let files: StaticFileServer
let coverUrl: string
let noisyUrl: string
const VIDEO = 'dQw4w9WgXcQ'

beforeAll(async () => {
  files = await startStaticFileServer()
  yt = await startYoutubeFake({ clock })
  // Noise compresses badly: a big original makes the 2 MB thumbnail cap matter.
  const noise = await sharp(randomBytes(3000 * 2000 * 3), {
    raw: { width: 3000, height: 2000, channels: 3 },
  })
    .png({ compressionLevel: 0 })
    .toBuffer()
  noisyUrl = files.put('noisy.png', noise, 'image/png')
  coverUrl = files.put('cover.png', await makeImage(1600, 1200, 'png'), 'image/png')
}, 60_000)
afterAll(async () => {
  await yt?.close()
  await files?.close()
})

const seedVideo = () =>
  yt.addVideo({
    id: VIDEO,
    snippet: {
      title: 'Rekaman peresmian',
      description: 'Rekaman lengkap acara peresmian taman.\n\nKredit: Diskominfo',
      tags: ['taman', 'pemkot'],
      categoryId: '25',
      defaultLanguage: 'id',
    },
    status: { privacyStatus: 'public', embeddable: false, license: 'creativeCommon' },
  })

const adapter = (extra: Partial<YoutubeAdapterOptions> = {}) =>
  youtubeAdapter({
    clientId: yt.clientId,
    clientSecret: yt.clientSecret,
    refreshToken: yt.refreshToken,
    rootUrl: yt.rootUrl,
    tokenUrl: yt.tokenUrl,
    ...extra,
  })

const item = (extra: Partial<SyndicationItem> = {}) =>
  sampleItem({ youtubeVideoId: VIDEO, cover: media(coverUrl, 1600, 1200), ...extra })

const env = () => ({ clock, ...createTestContext({ clock, remoteCalls: () => apiCalls() }) })
const apiCalls = () => yt.requests.filter((r) => r.route !== 'token').length
const failure = async (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a SyndicationError')
    },
    (error: unknown) => {
      expect(error).toBeInstanceOf(SyndicationError)
      return error as SyndicationError
    },
  )

testSyndicationAdapter({
  name: 'youtube',
  makeAdapter: () => adapter(),
  clock: () => clock,
  sampleItem: () => item(),
  invalidItem: () => item({ overrides: { youtube: { title: 'x'.repeat(101) } } }),
  expectUrl: new RegExp(`^https://www\\.youtube\\.com/watch\\?v=${VIDEO}$`),
  fakeApi: () => ({
    remoteCalls: apiCalls,
    publishCount: () => yt.requests.filter((r) => r.route === 'videos.update' && r.createdId).length,
    createdIds: () =>
      yt.requests
        .filter((r) => r.route !== 'token')
        .flatMap((r, index) =>
          r.route === 'videos.update' && r.createdId ? [{ id: r.createdId, requestIndex: index + 1 }] : [],
        ),
    failRetryable: () => yt.fail('thumbnails.set', YT_ERRORS.backendError),
    failPermanent: () => yt.fail('videos.update', YT_ERRORS.insufficientPermissions),
    misbehave: () => {
      // Quota gone until midnight Pacific, then a backend error on the thumbnail.
      yt.fail('videos.list', YT_ERRORS.quotaExceeded)
      yt.fail('thumbnails.set', YT_ERRORS.backendError)
    },
    reset: () => {
      yt.reset()
      seedVideo()
    },
  }),
})

describe('youtube adapter', () => {
  beforeEach(() => {
    yt.reset()
    seedVideo()
  })

  it('refreshes the token at the fake /token, updates snippet only and keeps unmanaged fields', async () => {
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(yt.count('token')).toBe(1)
    const update = yt.requests.find((r) => r.route === 'videos.update')
    expect(update?.params.part).toBe('snippet') // status untouched: privacy not reset
    const video = yt.videos.get(VIDEO)
    expect(video?.snippet.title).toBe('Wali Kota Resmikan Taman Kota Baru')
    expect(video?.snippet.description).toBe(
      'Rekaman lengkap acara peresmian taman.\n\nKredit: Diskominfo\n\nSelengkapnya: https://warta.example.go.id/berita/taman-kota-diresmikan',
    )
    expect(video?.snippet.tags).toEqual(['taman', 'pemkot'])
    expect(video?.snippet.defaultLanguage).toBe('id')
    expect(video?.status).toMatchObject({ privacyStatus: 'public', embeddable: false, license: 'creativeCommon' })
    // list 1 + update 50 + thumbnail 50
    expect(yt.quotaUsed()).toBe(101)
  })

  it('is idempotent: a correction re-run keeps the description (no double link) and skips an unchanged update', async () => {
    const a = adapter()
    await drive(a, item(), env())
    const before = yt.videos.get(VIDEO)?.snippet.description
    const { outcome } = await drive(a, item(), env(), { operation: 'update' })
    expect(outcome.kind).toBe('done')
    expect(yt.videos.get(VIDEO)?.snippet.description).toBe(before)
    expect(yt.count('videos.update')).toBe(1)
  })

  it('applies overrides (title, description, tags, category, language)', async () => {
    const overrides = {
      title: 'Peresmian Taman',
      description: 'Deskripsi khusus',
      tags: ['taman kota', 'bandung'],
      categoryId: '29',
      language: 'su',
    }
    await drive(adapter(), item({ overrides: { youtube: overrides } }), env())
    expect(yt.videos.get(VIDEO)?.snippet).toMatchObject({
      title: 'Peresmian Taman',
      description: 'Deskripsi khusus',
      tags: ['taman kota', 'bandung'],
      categoryId: '29',
      defaultLanguage: 'su',
    })
  })

  it('sets a 1280×720 JPEG thumbnail ≤ 2 MB from the cover', async () => {
    yt.setThumbnailMaxBytes(2 * 1024 * 1024)
    await drive(adapter(), item({ cover: media(noisyUrl, 3000, 2000) }), env())
    const thumb = yt.videos.get(VIDEO)?.thumbnail
    expect(thumb).toMatchObject({ mimeType: 'image/jpeg', width: 1280, height: 720 })
    expect(thumb?.bytes).toBeLessThanOrEqual(2 * 1024 * 1024)
    const request = yt.requests.find((r) => r.route === 'thumbnails.set')
    expect(request?.path).toBe('/upload/youtube/v3/thumbnails/set')
    expect(request?.params).toMatchObject({ videoId: VIDEO, uploadType: 'media' })
  })

  it('schedules publishAt on a private, never-public video (status sent complete, privacy private)', async () => {
    yt.reset()
    yt.addVideo({
      id: VIDEO,
      snippet: { title: 'Draf', description: 'Jangan dihapus' },
      status: { privacyStatus: 'private', embeddable: false },
      everPublic: false,
    })
    const publishAt = '2026-03-02T07:00:00.000Z'
    const { outcome } = await drive(adapter(), item({ overrides: { youtube: { publishAt } } }), env())
    expect(outcome.kind).toBe('done')
    const update = yt.requests.find((r) => r.route === 'videos.update')
    expect(update?.params.part).toEqual(['snippet', 'status'])
    expect(yt.videos.get(VIDEO)?.status).toMatchObject({ privacyStatus: 'private', publishAt, embeddable: false })
    expect(yt.videos.get(VIDEO)?.snippet.description).toContain('Jangan dihapus')
    clock.advance(2 * 24 * 60 * 60 * 1000)
    const list = await drive(adapter(), item(), env())
    expect(list.outcome.kind).toBe('done')
    expect(yt.videos.get(VIDEO)?.status.privacyStatus).toBe('public')
  })

  it('ignores publishAt for a public video with a warning, and the fake rejects it with invalidPublishAt', async () => {
    const { outcome } = await drive(
      adapter(),
      item({ overrides: { youtube: { publishAt: '2026-04-01T00:00:00Z' } } }),
      env(),
    )
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.warnings?.[0]).toContain('jadwal tayang diabaikan')
    // A private video that was public before is rejected by the platform (invalidPublishAt):
    // the schedule is dropped with an Indonesian warning, the title/description still go live.
    yt.reset()
    yt.addVideo({ id: VIDEO, status: { privacyStatus: 'private' }, everPublic: true })
    const retried = await drive(adapter(), item({ overrides: { youtube: { publishAt: '2026-04-01T00:00:00Z' } } }), env())
    expect(retried.outcome.kind).toBe('done')
    if (retried.outcome.kind === 'done') expect(retried.outcome.result.warnings?.join(' ')).toContain('video privat')
    expect(yt.videos.get(VIDEO)?.snippet.title).toBe('Wali Kota Resmikan Taman Kota Baru')
  })

  it('the fake wipes the description when a client omits it (why we merge)', async () => {
    const token = yt.issueToken()
    const response = await fetch(`${yt.url}/youtube/v3/videos?part=snippet`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id: VIDEO, snippet: { title: 'Baru', categoryId: '25' } }),
    })
    expect(response.status).toBe(200)
    expect(yt.videos.get(VIDEO)?.snippet.description).toBe('')
    expect(yt.videos.get(VIDEO)?.snippet.tags).toBeUndefined()
  })

  it('quotaExceeded → wait until after midnight Pacific, then succeeds', async () => {
    yt.setDailyQuota(50)
    const e = env()
    const first = await drive(adapter(), item(), e, { stopOnWait: true })
    expect(first.outcome.kind).toBe('wait')
    const expected = nextPacificMidnight(clock.now()) - clock.now()
    if (first.outcome.kind === 'wait') expect(first.outcome.delayMs).toBe(expected + 60_000)
    yt.setDailyQuota(10_000)
    const { outcome } = await drive(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
  })

  it('thumbnailsForbidden → done with a warning (metadata is live)', async () => {
    yt.setThumbnailsForbidden(true)
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.warnings?.join(' ')).toContain('thumbnail khusus')
  })

  it('a retry after a thumbnail failure does not repeat the update (checkpoint)', async () => {
    yt.fail('thumbnails.set', YT_ERRORS.userRateLimitExceeded)
    const e = env()
    const error = await failure(drive(adapter(), item(), e))
    expect(error.retryable).toBe(true)
    await drive(adapter(), item(), e)
    expect(yt.count('videos.update')).toBe(1)
    expect(yt.count('thumbnails.set')).toBe(2)
  })

  it('googleapis retries are off: one 503 = one request', async () => {
    yt.fail('videos.update', YT_ERRORS.backendError)
    await failure(drive(adapter(), item(), env()))
    expect(yt.count('videos.update')).toBe(1)
  })

  it.each([
    ['backendError 503', 'videos.update', YT_ERRORS.backendError, true],
    ['internalError 500', 'videos.list', YT_ERRORS.internalError, true],
    ['rateLimitExceeded 403', 'videos.list', YT_ERRORS.rateLimitExceeded, true],
    ['userRateLimitExceeded 429', 'videos.update', YT_ERRORS.userRateLimitExceeded, true],
    ['uploadRateLimitExceeded 429', 'thumbnails.set', YT_ERRORS.uploadRateLimitExceeded, true],
    ['authError 401', 'videos.list', YT_ERRORS.authError, true],
    ['invalidTitle 400', 'videos.update', YT_ERRORS.invalidTitle, false],
    ['insufficientPermissions 403', 'videos.update', YT_ERRORS.insufficientPermissions, false],
    ['videoNotFound 404', 'videos.update', YT_ERRORS.videoNotFound, false],
  ] as const)('classifies %s', async (_name, route, preset, retryable) => {
    yt.fail(route, preset)
    const error = await failure(drive(adapter(), item(), env()))
    expect(error.retryable).toBe(retryable)
    expect(error.code).toBe(`yt:${preset.reason}`)
    expect(error.userMessage.length).toBeGreaterThan(10)
    if (preset.reason === 'uploadRateLimitExceeded') expect(error.retryAfterMs).toBe(60 * 60_000)
  })

  it('a revoked refresh token is permanent and asks for re-consent', async () => {
    yt.revokeRefreshToken()
    const error = await failure(drive(adapter(), item(), env()))
    expect(error).toMatchObject({ retryable: false, code: 'yt:invalid_grant' })
    expect(error.userMessage).toContain('menghubungkan ulang')
  })

  it('an unknown video id is a permanent error, not a crash', async () => {
    const error = await failure(drive(adapter(), item({ youtubeVideoId: 'missing1234' }), env()))
    expect(error).toMatchObject({ retryable: false, code: 'yt:videoNotFound' })
  })

  it('accepts a cached access token (no /token call)', async () => {
    const token = yt.issueToken()
    // google-auth-library judges expiry on the wall clock, not the fake one.
    await drive(
      adapter({ accessToken: { token, expiresAt: Date.now() + 3_600_000 }, tokenUrl: undefined }),
      item(),
      env(),
    )
    expect(yt.count('token')).toBe(0)
    expect(yt.count('videos.update')).toBe(1)
  })

  it('validates YouTube limits before any call', () => {
    const a = adapter()
    expect(a.validate(item({ youtubeVideoId: undefined }))).toEqual(['Berita belum memiliki ID video YouTube.'])
    expect(a.validate(item({ title: 'x'.repeat(101) }))[0]).toContain('batasnya 100')
    expect(a.validate(item({ overrides: { youtube: { title: 'A <b>' } } }))[0]).toContain('< atau >')
    expect(a.validate(item({ overrides: { youtube: { description: 'é'.repeat(2501) } } }))[0]).toContain('5.000 byte')
    // 100 tags of 4 chars = 400 + 99 commas = 499: OK; with spaces (+2 each) it is not.
    expect(a.validate(item({ overrides: { youtube: { tags: Array.from({ length: 100 }, () => 'abcd') } } }))).toEqual(
      [],
    )
    expect(
      a.validate(item({ overrides: { youtube: { tags: Array.from({ length: 100 }, () => 'ab d') } } }))[0],
    ).toContain('500')
    expect(a.validate(item({ overrides: { youtube: { publishAt: 'besok' } } }))[0]).toContain('tanggal')
  })

  it('has no remove: retraction is a manual action with an Indonesian reason', () => {
    expect(adapter().remove).toBeUndefined()
    expect(adapter().manualActionReason?.('remove')).toContain('YouTube Studio')
  })
})

describe('youtube against the strict fake (issue 13 #6, #10)', () => {
  beforeEach(() => yt.reset())
  const privateDraft = (status: Record<string, unknown> = {}) =>
    yt.addVideo({
      id: VIDEO,
      snippet: { title: 'Draf', description: 'Jangan dihapus' },
      status: { privacyStatus: 'private', ...status },
      everPublic: false,
    })

  it('the fake refuses a past publishAt with invalidPublishAt', async () => {
    privateDraft()
    yt.fail('videos.list', YT_ERRORS.quotaExceeded)
    const past = new Date(clock.now() + 60 * 60_000).toISOString()
    // quotaExceeded waits until after midnight Pacific: by then the schedule is in the past.
    const { outcome, waits } = await drive(adapter(), item({ overrides: { youtube: { publishAt: past } } }), env())
    expect(waits.length).toBe(1)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.warnings?.join(' ')).toMatch(/Jadwal tayang .* sudah lewat/)
    // Dropped before the call: title and description went through, no status part, no 400.
    const updates = yt.requests.filter((r) => r.route === 'videos.update')
    expect(updates).toHaveLength(1)
    expect(updates[0].params.part).toEqual('snippet')
    expect(yt.videos.get(VIDEO)?.snippet.title).toBe('Wali Kota Resmikan Taman Kota Baru')
    expect(yt.videos.get(VIDEO)?.status.privacyStatus).toBe('private')
  })

  it('a publishAt that passes between the check and the call: the update is resent without it', async () => {
    privateDraft()
    const soon = new Date(clock.now() + 5 * 60_000).toISOString()
    yt.fail('videos.update', { status: 400, reason: 'invalidPublishAt', message: 'The request metadata specifies an invalid scheduled publishing time.', domain: 'youtube.video' })
    const { outcome } = await drive(adapter(), item({ overrides: { youtube: { publishAt: soon } } }), env())
    expect(outcome.kind).toBe('done')
    expect(yt.videos.get(VIDEO)?.snippet.title).toBe('Wali Kota Resmikan Taman Kota Baru')
    if (outcome.kind === 'done') expect(outcome.result.warnings?.join(' ')).toContain('Jadwal tayang')
  })

  it("madeForKids (YouTube's own determination) is never sent as selfDeclaredMadeForKids", async () => {
    privateDraft({ madeForKids: true })
    const publishAt = new Date(clock.now() + 24 * 60 * 60_000).toISOString()
    const { outcome } = await drive(adapter(), item({ overrides: { youtube: { publishAt } } }), env())
    expect(outcome.kind).toBe('done')
    expect(yt.videos.get(VIDEO)?.status.selfDeclaredMadeForKids).toBeUndefined()
    expect(yt.videos.get(VIDEO)?.status.publishAt).toBe(publishAt)
  })

  it('youtubeSignupRequired is permanent with a clear Indonesian message', async () => {
    seedVideo()
    yt.fail('videos.list', YT_ERRORS.youtubeSignupRequired)
    const error = await failure(drive(adapter(), item(), env()))
    expect(error).toMatchObject({ retryable: false, code: 'yt:youtubeSignupRequired' })
    expect(error.userMessage).toContain('kanal YouTube')
  })
})
