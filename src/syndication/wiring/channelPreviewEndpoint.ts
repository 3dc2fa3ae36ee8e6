import type { Endpoint, PayloadHandler } from 'payload'

import type { Media } from '@/payload-types'

import { jsonAnswer, notLoggedIn, readJsonBody } from '@/utilities/endpointAnswers'

import { buildChannelPreview } from '../channelPreview'
import { type NewsLike, toSyndicationItem } from '../toSyndicationItem'
import { publicOrigin } from './syndicationDeps'

const idsOf = (value: unknown): (number | string)[] =>
  (Array.isArray(value) ? value : [value])
    .map((v) => (v && typeof v === 'object' ? (v as { id?: number | string }).id : v))
    .filter((v): v is number | string => typeof v === 'number' || (typeof v === 'string' && v !== ''))

/**
 * `POST /api/news/channel-preview` with the edit form's values (title, lead, slug, tags,
 * youtubeVideoId, coverImage, gallery, channels): the Instagram caption and YouTube metadata the
 * adapters would send, with counters and problems. Logged-in staff only; media are read with
 * the caller's own access.
 */
export const channelPreviewHandler: PayloadHandler = async (req) => {
  if (!req.user || req.user.collection !== 'users') {
    return notLoggedIn()
  }
  const body = await readJsonBody(req)
  if (body instanceof Response) return body
  const channels = (body.channels ?? {}) as NonNullable<NewsLike['channels']> & { instagram?: { images?: unknown } }
  const mediaIds = [...idsOf(body.coverImage), ...idsOf(body.gallery), ...idsOf(channels.instagram?.images)]
  const media = new Map<string, Media>()
  if (mediaIds.length > 0) {
    const { docs } = await req.payload.find({
      collection: 'media',
      where: { id: { in: mediaIds } },
      depth: 0,
      limit: mediaIds.length,
      overrideAccess: false,
      user: req.user,
    })
    for (const doc of docs) media.set(String(doc.id), doc)
  }
  const pick = (value: unknown) => idsOf(value).map((id) => media.get(String(id))).filter(Boolean) as Media[]
  const text = (value: unknown) => (typeof value === 'string' ? value : '')
  const news: NewsLike = {
    id: 'pratinjau',
    slug: text(body.slug) || 'pratinjau',
    title: text(body.title),
    lead: text(body.lead),
    tags: Array.isArray(body.tags) ? body.tags.filter((t): t is string => typeof t === 'string') : [],
    coverImage: pick(body.coverImage)[0],
    gallery: pick(body.gallery),
    youtubeVideoId: text(body.youtubeVideoId) || null,
    channels: {
      instagram: { caption: channels.instagram?.caption ?? null, images: pick(channels.instagram?.images) },
      youtube: channels.youtube ?? null,
    },
  }
  const [site, settings] = await Promise.all([
    req.payload.findGlobal({ slug: 'site', depth: 0, overrideAccess: true }),
    req.payload.findGlobal({ slug: 'channels', depth: 0, overrideAccess: true }),
  ])
  const item = toSyndicationItem(news, {
    siteUrl: (site as { baseUrl?: null | string }).baseUrl || publicOrigin(req.payload),
    versionId: 'pratinjau',
  })
  const instagram = (settings as { instagram?: { hashtags?: null | string[]; maxHashtags?: null | number } }).instagram
  return jsonAnswer(
    200,
    buildChannelPreview(item, { hashtags: instagram?.hashtags ?? [], maxHashtags: instagram?.maxHashtags ?? 5 }),
  )
}

export const channelPreviewEndpoint: Endpoint = { path: '/channel-preview', method: 'post', handler: channelPreviewHandler }
