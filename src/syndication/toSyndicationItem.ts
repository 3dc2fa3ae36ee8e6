import { mediaFileKey } from '@/media/mediaFileKey'

import type { SyndicationItem, SyndicationMedia } from './types'

/** A media document as Payload returns it at depth ≥ 1 (unpopulated ids are skipped). */
export interface MediaLike {
  url?: string | null
  filename?: string | null
  /** Folder of the file in the media store (storage adapter field; usually empty). */
  prefix?: string | null
  mimeType?: string | null
  alt?: string | null
  width?: number | null
  height?: number | null
  focalX?: number | null
  focalY?: number | null
}

type Relation<T> = T | number | string | null | undefined
type Named = { name?: string | null; title?: string | null }

/** The plain shape `toSyndicationItem` needs: a `news` version read with depth ≥ 1. */
export interface NewsLike {
  id: number | string
  slug?: string | null
  title: string
  lead?: string | null
  bodyText?: string | null
  publishedAt?: string | null
  updatedAt?: string | null
  unit?: Relation<Named>
  category?: Relation<Named>
  tags?: string[] | null
  coverImage?: Relation<MediaLike>
  gallery?: Relation<MediaLike>[] | null
  youtubeVideoId?: string | null
  channels?: {
    instagram?: { caption?: string | null; images?: Relation<MediaLike>[] | null } | null
    youtube?: {
      title?: string | null
      description?: string | null
      tags?: string[] | null
      categoryId?: string | null
      language?: string | null
      publishAt?: string | null
    } | null
  } | null
}

export interface ToSyndicationItemOptions {
  /** Public origin of the portal, e.g. `https://warta.kota.go.id`. */
  siteUrl: string
  /** Version id the syndication record is for. */
  versionId: string
  /** Path of a news page; default `/berita/${slug}`. */
  newsPath?: (slug: string) => string
}

/** Pure mapping from a news version to what adapters consume (no I/O). */
export function toSyndicationItem(news: NewsLike, options: ToSyndicationItemOptions): SyndicationItem {
  const origin = options.siteUrl.replace(/\/+$/, '')
  const slug = news.slug ?? String(news.id)
  const toMedia = (value: Relation<MediaLike>): SyndicationMedia | undefined => {
    if (!value || typeof value !== 'object' || !value.url) return undefined
    const url = /^https?:\/\//.test(value.url)
      ? value.url
      : `${origin}${value.url.startsWith('/') ? '' : '/'}${value.url}`
    return {
      url,
      storageKey: value.filename ? mediaFileKey({ prefix: value.prefix, filename: value.filename }) : undefined,
      mimeType: value.mimeType ?? 'application/octet-stream',
      alt: value.alt ?? '',
      width: value.width ?? 0,
      height: value.height ?? 0,
      focalX: value.focalX ?? undefined,
      focalY: value.focalY ?? undefined,
    }
  }
  const name = (value: Relation<Named>) =>
    value && typeof value === 'object' ? (value.name ?? value.title ?? undefined) : undefined
  const many = (values: Relation<MediaLike>[] | null | undefined) =>
    (values ?? []).map(toMedia).filter((m): m is SyndicationMedia => Boolean(m))
  const instagram = news.channels?.instagram
  const youtube = news.channels?.youtube
  const clean = <T extends object>(value: T): T | undefined => {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== '')
    return entries.length ? (Object.fromEntries(entries) as T) : undefined
  }
  return {
    id: String(news.id),
    slug,
    versionId: options.versionId,
    title: news.title,
    summary: news.lead ?? '',
    bodyText: news.bodyText ?? '',
    canonicalUrl: `${origin}${(options.newsPath ?? ((s) => `/berita/${s}`))(slug)}`,
    publishedAt: news.publishedAt ?? news.updatedAt ?? new Date(0).toISOString(),
    updatedAt: news.updatedAt ?? undefined,
    unit: name(news.unit) ?? '',
    category: name(news.category),
    tags: news.tags ?? [],
    cover: toMedia(news.coverImage),
    gallery: many(news.gallery),
    youtubeVideoId: news.youtubeVideoId ?? undefined,
    overrides: {
      instagram: instagram
        ? clean({
            caption: instagram.caption ?? undefined,
            images: many(instagram.images).length ? many(instagram.images) : undefined,
          })
        : undefined,
      youtube: youtube
        ? clean({
            title: youtube.title ?? undefined,
            description: youtube.description ?? undefined,
            tags: youtube.tags?.length ? youtube.tags : undefined,
            categoryId: youtube.categoryId ?? undefined,
            language: youtube.language ?? undefined,
            publishAt: youtube.publishAt ?? undefined,
          })
        : undefined,
    },
  }
}
