import 'server-only'

import type { Metadata } from 'next'

import type { Category, News } from '@/payload-types'

import type { SiteSettings } from './siteSettings'

import { portalPaths } from './articleUrl'
import { feedAlternates } from './feedAlternates'
import { asMedia, mediaSize } from './media'

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`)

/** Canonical URL, Open Graph (article) and X/Twitter card for an article (platform-apis.md §3.4). */
export const articleMetadata = (site: SiteSettings, article: News): Metadata => {
  const url = `${site.baseUrl}${portalPaths.article(article.slug ?? '')}`
  const cover = asMedia(article.coverImage)
  const og = cover ? mediaSize(cover, 'og') : null
  const category = typeof article.category === 'object' && article.category ? (article.category as Category) : null
  const image = og?.src && cover ? { url: `${site.baseUrl}${og.src}`, width: og.width, height: og.height, alt: cover.alt } : null
  return {
    title: article.title,
    description: clip(article.lead, 300),
    alternates: { canonical: url, types: feedAlternates(site.name) },
    openGraph: {
      type: 'article',
      url,
      title: article.title,
      description: clip(article.lead, 300),
      siteName: site.name,
      locale: 'id_ID',
      publishedTime: article.firstPublishedAt ?? article.publishedAt ?? undefined,
      modifiedTime: article.updatedAt,
      section: category?.name,
      tags: article.tags ?? undefined,
      images: image ? [image] : undefined,
    },
    twitter: {
      card: 'summary_large_image',
      title: clip(article.title, 70),
      description: clip(article.lead, 200),
      images: image ? [{ url: image.url, alt: image.alt }] : undefined,
      site: site.twitterHandle ?? undefined,
    },
  }
}
