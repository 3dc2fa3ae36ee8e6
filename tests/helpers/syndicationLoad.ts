import type { Payload } from 'payload'

import type { News, Syndication, Unit, User } from '@/payload-types'

import { queueSyndication } from '@/syndication/wiring/queueSyndication'
import { plainTextToLexical } from '@/utilities/plainTextToLexical'

import type { FakePlatforms } from '../fakes'

import { IG_ERRORS, YT_ERRORS } from '../fakes'

/** Creates `count` published items (trusted, like the seed) with Instagram + YouTube, and queues them. */
export async function publishLoad(
  payload: Payload,
  fakes: FakePlatforms,
  unit: Unit['id'],
  cover: number,
  count: number,
  /** An admin: the OPD field's filterOptions refuse every unit when there is no user. */
  user?: User,
): Promise<News[]> {
  const items: News[] = []
  const now = new Date().toISOString()
  for (let i = 0; i < count; i++) {
    const videoId = `load${String(i).padStart(7, '0')}`
    fakes.youtube.addVideo({ id: videoId, snippet: { title: 'Video', description: 'Rekaman.' } })
    const news = (await payload.create({
      collection: 'news',
      data: {
        title: `Berita beban ${i + 1}: layanan kota`,
        lead: 'Pemerintah kota membuka layanan baru bagi warga.',
        body: plainTextToLexical('Paragraf pertama.'),
        unit,
        coverImage: cover,
        youtubeVideoId: videoId,
        workflowState: 'published',
        _status: 'published',
        publishedAt: now,
        firstPublishedAt: now,
        channels: { instagram: { enabled: true }, youtube: { enabled: true } },
      },
      context: { trusted: true, disableRevalidate: true, skipSyndication: true },
      ...(user ? { user } : {}),
    })) as News
    await queueSyndication({ payload, newsId: news.id, event: 'publish' })
    items.push(news)
  }
  return items
}

/**
 * Arms `total` one-shot failures on the fakes, round-robin over every kind the adapters classify:
 * transient errors, 5xx, throttles with Retry-After, dropped connections, writes that commit and
 * then drop (ambiguous), and permanent errors (which end `failed` until "Coba lagi").
 * `everyKind`: arm at least one of each kind, even when `total` is smaller than the list.
 */
export function armFailures(fakes: FakePlatforms, total: number, { everyKind = false } = {}): Record<string, number> {
  const retryAfter = { 'retry-after': '1' }
  const kinds: [string, () => void][] = [
    ['ig.createContainer.503', () => fakes.instagram.fail('createContainer', IG_ERRORS.http503)],
    ['ig.createContainer.transient', () => fakes.instagram.fail('createContainer', IG_ERRORS.service)],
    ['ig.createContainer.rateLimit', () => fakes.instagram.fail('createContainer', { ...IG_ERRORS.appRateLimit, headers: retryAfter })],
    ['ig.createContainer.drop', () => fakes.instagram.fail('createContainer', { ...IG_ERRORS.http500, mode: 'drop' })],
    ['ig.createContainer.permanent', () => fakes.instagram.fail('createContainer', IG_ERRORS.permission)],
    ['ig.status.drop', () => fakes.instagram.fail('status', { ...IG_ERRORS.http500, mode: 'drop' })],
    ['ig.status.unknown', () => fakes.instagram.fail('status', IG_ERRORS.unknown)],
    ['ig.publish.commitThenDrop', () => fakes.instagram.fail('publish', { ...IG_ERRORS.http500, mode: 'commit-then-drop' })],
    ['ig.publish.drop', () => fakes.instagram.fail('publish', { ...IG_ERRORS.http500, mode: 'drop' })],
    ['ig.publish.serverError', () => fakes.instagram.fail('publish', IG_ERRORS.serverError)],
    // Issue 13: the platforms' known misbehaviour.
    ['ig.publish.400PublishedAnyway', () => fakes.instagram.fail('publish', { ...IG_ERRORS.spam, mode: 'commit-then-error' })],
    ['ig.publish.transient400PublishedAnyway', () => fakes.instagram.fail('publish', { ...IG_ERRORS.unknown, mode: 'commit-then-error' })],
    ['ig.publish.spamNotPublished', () => fakes.instagram.fail('publish', IG_ERRORS.spam)],
    ['ig.publish.containerExpired2207020', () => fakes.instagram.fail('publish', IG_ERRORS.containerExpired)],
    ['ig.status.intermittent100_33', () => fakes.instagram.fail('status', IG_ERRORS.intermittentRead)],
    ['ig.status.notFound24_2207006', () => fakes.instagram.fail('status', IG_ERRORS.notFound)],
    ['ig.permalink.intermittent100_33', () => fakes.instagram.fail('media', IG_ERRORS.intermittentRead)],
    ['ig.mediaList.intermittent100_33', () => fakes.instagram.fail('mediaList', IG_ERRORS.intermittentRead)],
    ['ig.container.textError', () => fakes.instagram.failNextContainer(2207001)],
    ['yt.list.quotaExceeded', () => fakes.youtube.fail('videos.list', YT_ERRORS.quotaExceeded)],
    ['yt.list.backend', () => fakes.youtube.fail('videos.list', YT_ERRORS.backendError)],
    ['yt.update.rateLimit', () => fakes.youtube.fail('videos.update', { ...YT_ERRORS.rateLimitExceeded, headers: retryAfter })],
    ['yt.update.commitThenDrop', () => fakes.youtube.fail('videos.update', { ...YT_ERRORS.internalError, mode: 'commit-then-drop' })],
    ['yt.update.permanent', () => fakes.youtube.fail('videos.update', YT_ERRORS.insufficientPermissions)],
    ['yt.thumbnail.internal', () => fakes.youtube.fail('thumbnails.set', YT_ERRORS.internalError)],
    ['yt.token.drop', () => fakes.youtube.fail('token', { status: 500, mode: 'drop' })],
    ['portal.hook.503', () => fakes.portal.failHook('warta', { status: 503 })],
    ['portal.hook.drop', () => fakes.portal.failHook('warta', { mode: 'drop' })],
    ['portal.hook.commitThenDrop', () => fakes.portal.failHook('warta', { mode: 'commit-then-drop' })],
    ['portal.hook.permanent', () => fakes.portal.failHook('warta', { status: 400 })],
  ]
  const armed: Record<string, number> = {}
  const count = everyKind ? Math.max(total, kinds.length) : total
  for (let i = 0; i < count; i++) {
    const [name, arm] = kinds[i % kinds.length]!
    arm()
    armed[name] = (armed[name] ?? 0) + 1
  }
  return armed
}

export async function allRecords(payload: Payload): Promise<Syndication[]> {
  const { docs } = await payload.find({ collection: 'syndications', limit: 0, pagination: false, depth: 0, overrideAccess: true })
  return docs as Syndication[]
}
