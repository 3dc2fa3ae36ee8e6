import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { instagramAdapter } from '@/syndication/instagram'
import type { InstagramAdapterOptions } from '@/syndication/instagram/types'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock } from '../../fakes/fakeClock'
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
