import sharp from 'sharp'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { instagramAdapter } from '@/syndication/instagram'
import type { InstagramAdapterOptions } from '@/syndication/instagram/types'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock } from '../../fakes/fakeClock'
import { IG_ERRORS } from '../../fakes/instagramErrors'
import { startInstagramFake, type InstagramFake } from '../../fakes/instagramFake'
import { startStaticFileServer, type StaticFileServer } from '../../fakes/staticFileServer'

import { testSyndicationAdapter } from './adapterContract'
import { makeImage, media, sampleItem } from './fixtures'
import { createTestContext, drive } from './testContext'

const clock = createFakeClock(Date.parse('2026-03-01T01:00:00Z'))
let ig: InstagramFake
let files: StaticFileServer
let coverUrl: string
let wideUrl: string
let tallUrl: string
let svgUrl: string

beforeAll(async () => {
  files = await startStaticFileServer()
  ig = await startInstagramFake({ clock })
  coverUrl = files.put('cover.png', await makeImage(1600, 1200, 'png'), 'image/png')
  wideUrl = files.put('wide.jpg', await makeImage(3000, 1000, 'jpeg'), 'image/jpeg')
  tallUrl = files.put('tall.webp', await makeImage(900, 2000, 'webp'), 'image/webp')
  svgUrl = files.put('logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'image/svg+xml')
})
afterAll(async () => {
  await ig?.close()
  await files?.close()
})

const adapter = (extra: Partial<InstagramAdapterOptions> = {}) =>
  instagramAdapter({
    igUserId: ig.igUserId,
    accessToken: ig.accessToken,
    graphHost: ig.url,
    hashtags: ['PemkotWarta'],
    publishImage: files.publishImage,
    ...extra,
  })

const item = (extra: Partial<SyndicationItem> = {}) => sampleItem({ cover: media(coverUrl, 1600, 1200), ...extra })

const env = () => ({ clock, ...createTestContext({ clock, remoteCalls: () => ig.requests.length }) })

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
  name: 'instagram',
  makeAdapter: () => adapter(),
  clock: () => clock,
  sampleItem: () => item(),
  invalidItem: () => item({ overrides: { instagram: { caption: `Terlalu banyak tagar ${'#a #b #c #d #e #f'}` } } }),
  expectUrl: /^https:\/\/www\.instagram\.com\/p\/[\w-]+\/$/,
  fakeApi: () => ({
    remoteCalls: () => ig.requests.length,
    publishCount: () => ig.publishLog.length,
    createdIds: () =>
      ig.requests.flatMap((request, index) =>
        request.createdId ? [{ id: request.createdId, requestIndex: index + 1 }] : [],
      ),
    // Ambiguous: the connection drops after media_publish, so only a status read can tell.
    failRetryable: () => ig.fail('publish', { ...IG_ERRORS.http503 }),
    failPermanent: () => ig.fail('createContainer', IG_ERRORS.tokenExpired),
    misbehave: () => {
      // A 400 that published anyway, then the intermittent 100/33 on the reads that follow.
      ig.fail('publish', { ...IG_ERRORS.spam, mode: 'commit-then-error' })
      ig.fail('status', IG_ERRORS.intermittentRead, { times: 2 })
      ig.fail('media', IG_ERRORS.intermittentRead)
      ig.setChildProcessingDelay(3000)
    },
    reset: () => {
      ig.reset()
      ig.setProcessingDelay(0)
      ig.setQuotaTotal(50)
    },
  }),
})

describe('instagram adapter', () => {
  beforeEach(() => {
    ig.reset()
    ig.setProcessingDelay(0)
    ig.setQuotaTotal(50)
    ig.setMaxHashtags(30)
  })

  it('publishes a single image as a JPEG within limits with caption template and alt text', async () => {
    const e = env()
    const { outcome } = await drive(adapter(), item({ cover: media(wideUrl, 3000, 1000) }), e)
    expect(outcome.kind).toBe('done')
    const [container] = [...ig.containers.values()]
    expect(container.kind).toBe('IMAGE')
    expect(container.imageWidth).toBe(1440)
    const ratio = (container.imageWidth ?? 0) / (container.imageHeight ?? 1)
    expect(ratio).toBeGreaterThanOrEqual(0.8)
    expect(ratio).toBeLessThanOrEqual(1.91)
    expect(container.caption).toContain('Wali Kota Resmikan Taman Kota Baru')
    expect(container.caption).toContain('Selengkapnya: https://warta.example.go.id/berita/taman-kota-diresmikan')
    expect(container.caption).toContain('#PemkotWarta #TamanKota #RuangPublik')
    expect(container.altText).toBe('Wali kota meresmikan taman kota')
    // '#' travelled form-encoded as %23.
    const create = ig.requests.find((r) => r.route === 'createContainer')
    expect(create?.headers['content-type']).toContain('application/x-www-form-urlencoded')
    expect(create?.path).toBe(`/v25.0/${ig.igUserId}/media`)
  })

  it('crops towards the focal point', async () => {
    const e = env()
    await drive(adapter(), item({ cover: media(wideUrl, 3000, 1000, { focalX: 0, focalY: 50 }) }), e)
    const [container] = [...ig.containers.values()]
    const served = files.files.get(new URL(container.imageUrl ?? '').pathname)
    const { channels } = await sharp(served?.body).stats()
    // Left half of the source is red: a left-anchored crop is mostly red.
    expect(channels[0].mean).toBeGreaterThan(channels[2].mean)
  })

  it('publishes a carousel (cover + chosen gallery), children share the first ratio, no caption on children', async () => {
    const e = env()
    const carousel = item({
      overrides: {
        instagram: {
          images: [
            media(wideUrl, 3000, 1000),
            media(tallUrl, 900, 2000, { mimeType: 'image/webp', alt: 'Taman dari atas' }),
          ],
        },
      },
    })
    const { outcome } = await drive(adapter(), carousel, e)
    expect(outcome.kind).toBe('done')
    const all = [...ig.containers.values()]
    const children = all.filter((c) => c.kind === 'CAROUSEL_ITEM')
    const parent = all.find((c) => c.kind === 'CAROUSEL')
    expect(children).toHaveLength(3)
    expect(parent?.children).toEqual(children.map((c) => c.id))
    expect(children.every((c) => c.caption === undefined)).toBe(true)
    expect(children[2].altText).toBe('Taman dari atas')
    const ratios = children.map((c) => (c.imageWidth ?? 0) / (c.imageHeight ?? 1))
    for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0], 2)
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.media.get(ig.publishLog[0].mediaId)?.media_type).toBe('CAROUSEL_ALBUM')
  })

  it('never double-posts: publish committed, connection dropped, retry finds PUBLISHED', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    const error = await failure(drive(a, item(), e))
    expect(error.retryable).toBe(true)
    expect(error.code).toBe('ig:publish-unknown')
    expect(ig.publishLog).toHaveLength(1)
    expect(e.store.checkpoint?.phase).toBe('publishing')
    expect(e.store.checkpoint?.containerId).toBeTruthy()

    const { outcome } = await drive(a, item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.externalId).toBe(ig.publishLog[0].mediaId)
    expect(ig.count('publish')).toBe(1)
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.count('mediaList')).toBe(1)
    expect(ig.count('createContainer')).toBe(1)
  })

  it('after a dropped publish that did NOT commit: re-reads FINISHED after 30 s, then publishes the same container', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'drop' })
    await failure(drive(a, item(), e))
    expect(ig.publishLog).toHaveLength(0)
    const { outcome, waits } = await drive(a, item(), e)
    expect(outcome.kind).toBe('done')
    expect(waits).toEqual([30_000])
    expect(ig.count('createContainer')).toBe(1)
    expect(ig.count('publish')).toBe(2)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('polls IN_PROGRESS with 2 s, 4 s, 8 s waits', async () => {
    ig.setProcessingDelay(10_000)
    const { outcome, waits } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(waits).toEqual([2000, 4000, 8000])
  })

  it('creates a new container after 5 minutes IN_PROGRESS', async () => {
    ig.setProcessingDelay(10 * 60_000)
    const e = env()
    let waited = 0
    const { waits } = await drive(adapter(), item(), e, {
      onWait: (delayMs) => {
        waited += delayMs
        // The replacement container (created once 5 min have passed) processes instantly.
        if (waited >= 5 * 60_000) ig.setProcessingDelay(0)
      },
      maxSteps: 20,
    })
    expect(waits.slice(0, 6)).toEqual([2000, 4000, 8000, 16_000, 32_000, 60_000])
    expect(Math.max(...waits)).toBeLessThanOrEqual(60_000)
    expect(ig.count('createContainer')).toBe(2)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('replaces a container that ends in ERROR', async () => {
    ig.failNextContainer(2207001)
    ig.setProcessingDelay(1000)
    const e = env()
    const { outcome } = await drive(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.containers.size).toBe(2)
    expect(ig.publishLog).toHaveLength(1)
    expect(e.store.logs.some((l) => l.includes('is ERROR'))).toBe(true)
  })

  it('waits (not fails) when the publishing quota is full, before creating a container', async () => {
    ig.setQuotaTotal(2)
    ig.prefillPublishes(2)
    const e = env()
    const { outcome } = await drive(adapter(), item(), e, { stopOnWait: true })
    expect(outcome.kind).toBe('wait')
    if (outcome.kind === 'wait') {
      expect(outcome.delayMs).toBeGreaterThanOrEqual(10 * 60_000)
      expect(outcome.reason).toContain('quota')
    }
    expect(ig.count('createContainer')).toBe(0)
  })

  it('turns 9/2207042 on media_publish into a wait and publishes later', async () => {
    ig.fail('publish', IG_ERRORS.quota)
    const e = env()
    const { outcome, waits } = await drive(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(waits[0]).toBeGreaterThanOrEqual(10 * 60_000)
    expect(ig.count('createContainer')).toBe(1)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('stops calling at 100 % usage and waits estimated_time_to_regain_access', async () => {
    ig.setUsage({ buc: { call_count: 100, total_cputime: 10, total_time: 10, estimated_time_to_regain_access: 12 } })
    const { outcome } = await drive(adapter(), item(), env(), { stopOnWait: true })
    expect(outcome).toMatchObject({ kind: 'wait', delayMs: 12 * 60_000 })
    expect(ig.requests).toHaveLength(1)
  })

  it.each([
    ['9007/2207027 not ready on publish', IG_ERRORS.notReady, 2000],
    ['24/2207008 missing/expired on publish', IG_ERRORS.expiredOnPublish, 30_000],
  ])('%s → wait, then the same container is published', async (_name, preset, firstWait) => {
    ig.fail('publish', preset)
    const { outcome, waits } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(waits[0]).toBe(firstWait)
    expect(ig.count('createContainer')).toBe(1)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('24/2207006 on publish → one new container', async () => {
    ig.fail('publish', IG_ERRORS.notFound)
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(ig.count('createContainer')).toBe(2)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('9004/2207052 media fetch failure: retryable once, then permanent', async () => {
    ig.fail('createContainer', IG_ERRORS.mediaFetchFailed, { times: 2 })
    const e = env()
    const first = await failure(drive(adapter(), item(), e))
    expect(first.retryable).toBe(true)
    const second = await failure(drive(adapter(), item(), e))
    expect(second.retryable).toBe(false)
    expect(second.userMessage).toContain('publik')
  })

  it.each([
    ['1 unknown (transient)', 'publishingLimit', IG_ERRORS.unknown, true, undefined],
    ['2 service', 'publishingLimit', IG_ERRORS.service, true, undefined],
    ['-1/2207001 server error', 'createContainer', IG_ERRORS.serverError, true, undefined],
    ['-1/2207032 creation failed', 'createContainer', IG_ERRORS.containerCreationFailed, true, undefined],
    ['-2/2207003 fetch timeout', 'createContainer', IG_ERRORS.fetchTimeout, true, undefined],
    ['4 app rate limit', 'publishingLimit', IG_ERRORS.appRateLimit, true, 15 * 60_000],
    [
      '17 user rate limit',
      'publishingLimit',
      { ...IG_ERRORS.userRateLimit, headers: { 'retry-after': '120' } },
      true,
      120_000,
    ],
    ['32 page rate limit', 'createContainer', IG_ERRORS.pageRateLimit, true, 15 * 60_000],
    ['613 custom rate limit', 'createContainer', IG_ERRORS.customRateLimit, true, 15 * 60_000],
    [
      '80002 BUC throttle',
      'createContainer',
      {
        ...IG_ERRORS.bucThrottle,
        headers: {
          'x-business-use-case-usage': JSON.stringify({ x: [{ call_count: 100, estimated_time_to_regain_access: 7 }] }),
        },
      },
      true,
      7 * 60_000,
    ],
    ['4/2207051 spam', 'publish', IG_ERRORS.spam, false, undefined],
    ['25/2207050 restricted', 'publish', IG_ERRORS.accountRestricted, false, undefined],
    ['100 invalid parameter', 'createContainer', IG_ERRORS.invalidParameter, false, undefined],
    ['10 permission', 'createContainer', IG_ERRORS.permission, false, undefined],
    ['200 permission', 'publishingLimit', IG_ERRORS.permission200, false, undefined],
    ['190/463 token', 'publishingLimit', IG_ERRORS.tokenExpired, false, undefined],
    ['352/2207026 video', 'createContainer', IG_ERRORS.unsupportedVideo, false, undefined],
    ['368 policy block', 'publish', IG_ERRORS.policyBlock, false, undefined],
    ['36000 too large', 'createContainer', IG_ERRORS.imageTooLarge, false, undefined],
    ['36001 bad format', 'createContainer', IG_ERRORS.badFormat, false, undefined],
    ['36003 aspect ratio', 'createContainer', IG_ERRORS.aspectRatio, false, undefined],
    ['36004 caption too long', 'createContainer', IG_ERRORS.captionTooLong, false, undefined],
  ] as const)('classifies %s', async (_name, route, preset, retryable, retryAfterMs) => {
    ig.fail(route, preset)
    const e = env()
    let error = await failure(drive(adapter(), item(), e))
    if (route === 'publish' && !retryable) {
      // A 4xx from media_publish is "unknown" until two FINISHED reads prove nothing went live.
      expect(error.code).toBe('ig:publish-unknown')
      error = await failure(drive(adapter(), item(), e))
    }
    expect(error.retryable).toBe(retryable)
    expect(error.retryAfterMs).toBe(retryAfterMs)
    expect(error.userMessage.length).toBeGreaterThan(10)
    expect(error.code).toMatch(/^ig:/)
    expect(ig.publishLog).toHaveLength(0)
  })

  it('validates limits before any call', () => {
    const a = adapter()
    const many = Array.from({ length: 10 }, (_, i) => media(`${wideUrl}?${i}`, 3000, 1000))
    expect(a.validate(item({ cover: undefined }))).toEqual([
      'Instagram memerlukan minimal satu gambar: pasang gambar sampul.',
    ])
    expect(a.validate(item({ overrides: { instagram: { images: many } } }))[0]).toContain('maksimal 10 gambar')
    expect(a.validate(item({ cover: media(svgUrl, 10, 10, { mimeType: 'image/svg+xml' }) }))[0]).toContain(
      'tidak dapat dikirim',
    )
    expect(a.validate(item({ overrides: { instagram: { caption: 'x'.repeat(2201) } } }))[0]).toContain('batasnya 2.200')
    expect(
      a.validate(
        item({ overrides: { instagram: { caption: Array.from({ length: 21 }, (_, i) => `@akun${i}`).join(' ') } } }),
      )[0],
    ).toContain('sebutan')
    expect(a.validate(item({ cover: media(coverUrl, 1, 1, { alt: 'a'.repeat(1001) }) }))[0]).toContain('1.000')
    expect(
      adapter({ maxHashtags: 7 }).validate(item({ overrides: { instagram: { caption: '#a #b #c #d #e #f' } } })),
    ).toEqual([])
    // The template trims a long lead to fit instead of failing.
    expect(a.validate(item({ summary: 'panjang '.repeat(400) }))).toEqual([])
  })

  it('exposes Indonesian manual-action reasons (no caption edit / delete via API)', () => {
    const a = adapter()
    expect(a.update).toBeUndefined()
    expect(a.remove).toBeUndefined()
    expect(a.manualActionReason?.('update')).toContain('manual')
    expect(a.manualActionReason?.('remove')).toContain('Hapus')
  })

  it('refuses to build without credentials', () => {
    expect(() => adapter({ accessToken: '' })).toThrow(/accessToken/)
  })
})

describe('instagram fake is faithful', () => {
  beforeEach(() => ig.reset())
  const post = (path: string, params: Record<string, string>) =>
    fetch(`${ig.url}/v25.0/${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ access_token: ig.accessToken, ...params }).toString(),
    }).then(async (r) => ({
      status: r.status,
      body: (await r.json()) as { id?: string; error?: { code: number; error_subcode?: number } },
    }))

  it('fetches image_url and rejects non-JPEG, bad ratio and unreachable images', async () => {
    expect((await post(`${ig.igUserId}/media`, { image_url: coverUrl })).body.error).toMatchObject({
      code: 36001,
      error_subcode: 2207005,
    })
    const wideJpeg = files.put('ratio3.jpg', await makeImage(900, 300, 'jpeg'))
    expect((await post(`${ig.igUserId}/media`, { image_url: wideJpeg })).body.error).toMatchObject({
      code: 36003,
      error_subcode: 2207009,
    })
    expect((await post(`${ig.igUserId}/media`, { image_url: `${files.url}/missing.jpg` })).body.error).toMatchObject({
      code: 9004,
      error_subcode: 2207052,
    })
  })

  it('accepts params in the query string too, and Bearer tokens', async () => {
    const jpeg = files.put('ok.jpg', await makeImage(1000, 1000, 'jpeg'))
    const response = await fetch(
      `${ig.url}/v25.0/${ig.igUserId}/media?image_url=${encodeURIComponent(jpeg)}&caption=Halo%20%23kota`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${ig.accessToken}` },
      },
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
  })

  it('rejects double publish and publishing a carousel child with code 100', async () => {
    const jpeg = files.put('ok2.jpg', await makeImage(1000, 1000, 'jpeg'))
    const { body } = await post(`${ig.igUserId}/media`, { image_url: jpeg, caption: 'Halo' })
    expect((await post(`${ig.igUserId}/media_publish`, { creation_id: body.id ?? '' })).status).toBe(200)
    expect((await post(`${ig.igUserId}/media_publish`, { creation_id: body.id ?? '' })).body.error?.code).toBe(100)
    const child = await post(`${ig.igUserId}/media`, { image_url: jpeg, is_carousel_item: 'true' })
    expect((await post(`${ig.igUserId}/media_publish`, { creation_id: child.body.id ?? '' })).body.error?.code).toBe(
      100,
    )
  })

  it('expires containers after 24 h on the injected clock and rejects bad tokens with 190', async () => {
    const jpeg = files.put('ok3.jpg', await makeImage(1000, 1000, 'jpeg'))
    const { body } = await post(`${ig.igUserId}/media`, { image_url: jpeg, caption: 'Halo' })
    clock.advance(24 * 60 * 60 * 1000)
    const status = await fetch(`${ig.url}/v25.0/${body.id}?fields=status_code&access_token=${ig.accessToken}`).then(
      (r) => r.json(),
    )
    expect(status).toEqual({ id: body.id, status_code: 'EXPIRED' })
    expect((await post(`${ig.igUserId}/media_publish`, { creation_id: body.id ?? '' })).body.error).toMatchObject({
      code: 24,
      error_subcode: 2207008,
    })
    ig.setTokenValid(false)
    expect((await post(`${ig.igUserId}/media_publish`, { creation_id: body.id ?? '' })).body.error).toMatchObject({
      code: 190,
    })
  })

  it('emits usage headers when set', async () => {
    ig.setUsage({ app: { call_count: 28, total_cputime: 12, total_time: 15 } })
    const response = await fetch(
      `${ig.url}/v25.0/${ig.igUserId}/content_publishing_limit?fields=quota_usage,config&access_token=${ig.accessToken}`,
    )
    expect(JSON.parse(response.headers.get('x-app-usage') ?? '{}')).toEqual({
      call_count: 28,
      total_cputime: 12,
      total_time: 15,
    })
    expect(await response.json()).toEqual({
      data: [{ quota_usage: 0, config: { quota_total: 50, quota_duration: 86_400 } }],
    })
  })
})
