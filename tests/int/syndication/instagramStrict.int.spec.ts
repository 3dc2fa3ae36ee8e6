import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { instagramAdapter } from '@/syndication/instagram'
import type { InstagramAdapterOptions } from '@/syndication/instagram/types'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock } from '../../fakes/fakeClock'
import { IG_ERRORS } from '../../fakes/instagramErrors'
import { startInstagramFake, type InstagramFake } from '../../fakes/instagramFake'
import { startStaticFileServer, type StaticFileServer } from '../../fakes/staticFileServer'

import { makeImage, media, sampleItem } from './fixtures'
import { createTestContext, drive } from './testContext'

vi.mock('server-only', () => ({}))
const { buildRobots } = await import('@/data/sitemaps')

/**
 * Issue 13: the Instagram adapter against the platform's known misbehaviour (robots.txt-honouring
 * media fetch, intermittent 100/33 reads, a 400 that published anyway, text ERROR statuses,
 * slow carousel children, the container cap). Every case asserts exactly one post or none.
 */
const clock = createFakeClock(Date.parse('2026-03-01T01:00:00Z'))
let ig: InstagramFake
let files: StaticFileServer
let coverUrl: string

beforeAll(async () => {
  files = await startStaticFileServer()
  ig = await startInstagramFake({ clock })
  coverUrl = files.put('cover.jpg', await makeImage(1600, 1200, 'jpeg'), 'image/jpeg')
})
afterAll(async () => {
  await ig?.close()
  await files?.close()
})
beforeEach(() => {
  ig.reset()
  ig.setProcessingDelay(0)
  ig.setQuotaTotal(50)
  files.configure({})
})

const adapter = (extra: Partial<InstagramAdapterOptions> = {}) =>
  instagramAdapter({
    igUserId: ig.igUserId,
    accessToken: ig.accessToken,
    graphHost: ig.url,
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
/** Plays the job queue: retries retryable errors after their hint, up to `attempts` runs. */
const settle = async (a: ReturnType<typeof adapter>, it: SyndicationItem, e: ReturnType<typeof env>, attempts = 8) => {
  let last: unknown
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return { outcome: (await drive(a, it, e)).outcome, errors: attempt, last }
    } catch (error) {
      if (!(error instanceof SyndicationError) || !error.retryable) throw error
      last = error
      clock.advance(error.retryAfterMs ?? 60_000)
    }
  }
  throw last
}
const site = {
  name: 'Warta',
  publisher: 'Pemkot',
  description: '',
  baseUrl: 'https://warta.example.go.id',
  language: 'id',
  twitterHandle: null,
  logoUrl: null,
}

describe('instagram: robots.txt (issue 13 #1)', () => {
  it("Meta's fetcher can download images Warta serves under /api/syndications/images/", async () => {
    files.configure({ robotsTxt: buildRobots(site), pathPrefix: '/api/syndications/images/' })
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(files.hits).toContain('/robots.txt')
    expect(ig.publishLog).toHaveLength(1)
  })

  it('a robots-blocked image_url is 9004/2207052: one retry, then a permanent message naming robots.txt', async () => {
    files.configure({ robotsTxt: 'User-agent: *\nDisallow: /api/\n', pathPrefix: '/api/syndications/images/' })
    const e = env()
    const first = await failure(drive(adapter(), item(), e))
    expect(first.code).toBe('ig:9004/2207052')
    expect(first.retryable).toBe(true)
    const second = await failure(drive(adapter(), item(), e))
    expect(second.retryable).toBe(false)
    expect(second.userMessage).toContain('robots.txt')
    expect(ig.publishLog).toHaveLength(0)
  })
})

describe('instagram: exactly once under misbehaviour (issue 13 #3, #4, #5, #8, #9, #11)', () => {
  it('#3 a 100/33 on the status read after an unknown publish outcome never leads to a second post', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    await failure(drive(a, item(), e))
    ig.fail('status', IG_ERRORS.intermittentRead, { times: 2 })
    const { outcome } = await settle(a, item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.externalId).toBe(ig.publishLog[0].mediaId)
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.count('createContainer')).toBe(1)
  })

  it('#3 the same for 24/2207006 on that read', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    await failure(drive(a, item(), e))
    ig.fail('status', IG_ERRORS.notFound)
    const { outcome } = await settle(a, item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.count('createContainer')).toBe(1)
  })

  it('#3 before any publish, an intermittent status read is re-read with back-off, not a new container', async () => {
    const e = env()
    ig.fail('status', IG_ERRORS.intermittentRead)
    const { outcome } = await settle(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.count('createContainer')).toBe(1)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#3 an intermittent 100/33 on the publishing-limit read (before any container) is read again, not a failure', async () => {
    // Seen in the fault run: the read of our own IG user node answers 100/33 like any other read.
    ig.fail('publishingLimit', IG_ERRORS.intermittentRead, { times: 2 })
    const { outcome, waits } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(waits.length).toBeGreaterThanOrEqual(2)
    expect(ig.count('createContainer')).toBe(1)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#3 a publishing-limit read that keeps answering 100/33 ends as a permanent error, without a container', async () => {
    ig.fail('publishingLimit', IG_ERRORS.intermittentRead, { sticky: true })
    const error = await failure(drive(adapter(), item(), env()))
    expect(error.code).toBe('ig:100/33')
    expect(error.retryable).toBe(false)
    expect(ig.count('createContainer')).toBe(0)
    ig.clearFailures()
  })

  it('#4 the permalink read after publishing is best-effort: a 100/33 there never fails the record', async () => {
    ig.fail('media', IG_ERRORS.intermittentRead, { sticky: true })
    const e = env()
    const { outcome } = await settle(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') {
      expect(outcome.result.externalId).toBe(ig.publishLog[0].mediaId)
      expect(outcome.result.url).toBeUndefined()
      expect(outcome.result.warnings?.join(' ')).toContain('tautan')
    }
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#4 a one-off permalink failure is read again and the permalink kept', async () => {
    ig.fail('media', IG_ERRORS.intermittentRead)
    const { outcome } = await settle(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.url).toMatch(/^https:\/\/www\.instagram\.com\/p\//)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#5 a 400 (4/2207051) from media_publish that in fact published is found live, not re-posted or failed', async () => {
    const e = env()
    ig.fail('publish', { ...IG_ERRORS.spam, mode: 'commit-then-error' })
    ig.fail('status', IG_ERRORS.intermittentRead)
    const { outcome } = await settle(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.count('publish')).toBe(1)
  })

  it('#5 a transient 400 (code 1) from media_publish that published anyway is not published again', async () => {
    const e = env()
    ig.fail('publish', { ...IG_ERRORS.unknown, mode: 'commit-then-error' })
    ig.fail('status', IG_ERRORS.intermittentRead, { times: 3 })
    const { outcome } = await settle(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.publishLog).toHaveLength(1)
    expect(ig.count('publish')).toBe(1)
  })

  it('#5 a 4/2207051 that did NOT publish is proven by two FINISHED reads, then surfaces as permanent', async () => {
    const e = env()
    ig.fail('publish', IG_ERRORS.spam)
    const first = await failure(drive(adapter(), item(), e))
    expect(first).toMatchObject({ retryable: true, code: 'ig:publish-unknown' })
    const final = await failure(drive(adapter(), item(), e))
    expect(final.retryable).toBe(false)
    expect(final.code).toBe('ig:4/2207051')
    expect(final.userMessage).toContain('spam')
    expect(ig.count('publish')).toBe(1)
    expect(ig.publishLog).toHaveLength(0)
  })

  it('#8 2207020 (container expired) makes a new container', async () => {
    ig.fail('publish', IG_ERRORS.containerExpired)
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(ig.count('createContainer')).toBe(2)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#8 a text ERROR status is parsed: an unsupported format is permanent, with the text in the log', async () => {
    ig.failNextContainer(2207026)
    ig.setProcessingDelay(1000)
    const e = env()
    const error = await failure(drive(adapter(), item(), e))
    expect(error.retryable).toBe(false)
    expect(error.code).toBe('ig:status/2207026')
    expect(error.message).toContain('Media upload has failed with error code 2207026')
    expect(ig.count('createContainer')).toBe(1)
  })

  it('#8 a retryable text ERROR status (2207001) gets a new container', async () => {
    ig.failNextContainer(2207001)
    ig.setProcessingDelay(1000)
    const e = env()
    const { outcome } = await drive(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(ig.count('createContainer')).toBe(2)
    expect(e.store.logs.some((l) => l.includes('Instagram server error'))).toBe(true)
  })

  it('#9 the carousel parent is created only after every child is FINISHED', async () => {
    ig.setChildProcessingDelay(5000)
    const second = files.put('second.jpg', await makeImage(1200, 1200, 'jpeg'), 'image/jpeg')
    const carousel = item({ overrides: { instagram: { images: [media(second, 1200, 1200)] } } })
    const { outcome, waits } = await drive(adapter(), carousel, env())
    expect(outcome.kind).toBe('done')
    expect(waits.length).toBeGreaterThan(0)
    const parent = [...ig.containers.values()].find((c) => c.kind === 'CAROUSEL')
    for (const id of parent?.children ?? []) expect(ig.containers.get(id)?.readyAt).toBeLessThanOrEqual(parent?.createdAt ?? 0)
    expect(ig.count('createContainer')).toBe(3)
    expect(ig.publishLog).toHaveLength(1)
  })

  it('#11 a lost media id is not taken from another post with the same caption', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    await failure(drive(a, item(), e))
    const ours = ig.publishLog[0].mediaId
    // Someone posts the same text by hand before the retry: newest first in the media list.
    clock.advance(60_000)
    const twin = await drive(adapter(), item(), env())
    expect(twin.outcome.kind).toBe('done')
    const { outcome } = await settle(a, item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') {
      expect(outcome.result.externalId).not.toBe(ig.publishLog[1].mediaId)
      // Either ours, or honestly "published, link unknown" — never the twin's id.
      if (outcome.result.externalId !== ours) expect(outcome.result.warnings?.join(' ')).toContain('Instagram')
    }
    expect(ig.count('publish')).toBe(2)
  })

  it('#11 a lost media id is found after more than 100 newer posts (media list pages followed)', async () => {
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    await failure(drive(a, item(), e))
    const ours = ig.publishLog[0].mediaId
    // A busy queue: 150 other posts go live before the retry reads the media list.
    for (let i = 0; i < 150; i += 1) {
      clock.advance(1_000)
      const at = clock.now()
      ig.media.set(`busy-${i}`, {
        id: `busy-${i}`,
        owner: ig.igUserId,
        containerId: `busy-container-${i}`,
        caption: `Kiriman lain nomor ${i}`,
        timestamp: new Date(at).toISOString().replace(/\.\d{3}Z$/, '+0000'),
        shortcode: `busy${i}`,
        permalink: `https://www.instagram.com/p/busy${i}/`,
        media_type: 'IMAGE',
        publishedAt: at,
      })
    }
    const { outcome } = await settle(a, item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') expect(outcome.result.externalId).toBe(ours)
    expect(ig.count('publish')).toBe(1)
  })

  it('#11 an older post with the same caption is skipped by time', async () => {
    await drive(adapter(), item(), env())
    const older = ig.publishLog[0].mediaId
    clock.advance(60 * 60_000)
    const e = env()
    const a = adapter()
    ig.fail('publish', { mode: 'commit-then-drop' })
    await failure(drive(a, item(), e))
    const { outcome } = await settle(a, item(), e)
    expect(outcome.kind).toBe('done')
    if (outcome.kind === 'done') {
      expect(outcome.result.externalId).toBe(ig.publishLog[1].mediaId)
      expect(outcome.result.externalId).not.toBe(older)
    }
  })
})

describe('instagram: container cap (issue 13 #7)', () => {
  it('waits instead of failing when Instagram refuses more containers', async () => {
    ig.setContainerCap(0)
    const { outcome } = await drive(adapter(), item(), env(), { stopOnWait: true })
    expect(outcome.kind).toBe('wait')
    if (outcome.kind === 'wait') {
      expect(outcome.reason).toContain('container')
      expect(outcome.delayMs).toBeGreaterThanOrEqual(10 * 60_000)
    }
    expect(ig.publishLog).toHaveLength(0)
  })

  it('counts its own containers in a rolling 24 h and waits before an attempt would exceed the cap', async () => {
    const ledger = new Map<string, number[]>()
    const a = adapter({ containerCap: 5, containerLedger: ledger })
    const second = files.put('cap2.jpg', await makeImage(1200, 1200, 'jpeg'), 'image/jpeg')
    const carousel = item({ overrides: { instagram: { images: [media(second, 1200, 1200)] } } })
    await drive(a, carousel, env())
    expect(ig.count('createContainer')).toBe(3)
    const { outcome } = await drive(a, carousel, env(), { stopOnWait: true })
    expect(outcome.kind).toBe('wait')
    if (outcome.kind === 'wait') expect(outcome.reason).toContain('container cap')
    expect(ig.count('createContainer')).toBe(3)
    clock.advance(24 * 60 * 60_000)
    const later = await drive(a, carousel, env())
    expect(later.outcome.kind).toBe('done')
  })
})
