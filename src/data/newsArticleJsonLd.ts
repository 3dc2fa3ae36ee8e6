import 'server-only'

import type { Category, Unit } from '@/payload-types'

import type { PortalNews } from './portalQueries'
import type { SiteSettings } from './siteSettings'

import { portalPaths } from './articleUrl'
import { asMedia, mediaSize } from './media'

/**
 * schema.org NewsArticle for an article page (platform-apis.md §3.5). Serialise it with
 * `jsonLdScript()` so no title can close the script element.
 */
export const newsArticleJsonLd = (site: SiteSettings, article: PortalNews) => {
  const url = `${site.baseUrl}${portalPaths.article(article.slug ?? '')}`
  const unit = typeof article.unit === 'object' ? (article.unit as Unit) : null
  const category = typeof article.category === 'object' && article.category ? (article.category as Category) : null
  const cover = asMedia(article.coverImage)
  const images = cover
    ? (['og', 'wide', 'card'] as const)
        .map((size) => mediaSize(cover, size).src)
        .filter((src): src is string => Boolean(src))
        .map((src) => `${site.baseUrl}${src}`)
    : []
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    ...(images.length ? { image: [...new Set(images)] } : {}),
    datePublished: article.firstPublishedAt ?? article.publishedAt ?? article.updatedAt,
    dateModified: article.updatedAt,
    ...(category ? { articleSection: category.name } : {}),
    inLanguage: site.language,
    author: [
      unit
        ? { '@type': 'Organization', name: unit.name, url: `${site.baseUrl}${portalPaths.unit(unit.slug ?? '')}` }
        : { '@type': 'Organization', name: site.publisher },
    ],
    publisher: {
      '@type': 'Organization',
      name: site.name,
      ...(site.logoUrl ? { logo: { '@type': 'ImageObject', url: site.logoUrl } } : {}),
    },
    mainEntityOfPage: url,
    url,
  }
}
