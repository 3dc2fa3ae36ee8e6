import type { Metadata } from 'next'

import { draftMode, headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'
import { cache } from 'react'

import { ArticleView } from '@/components/PortalArticle/ArticleView'
import type { News } from '@/payload-types'

import { articleMetadata } from '@/data/articleMetadata'
import { portalPaths } from '@/data/articleUrl'
import { breadcrumbJsonLd } from '@/data/breadcrumbJsonLd'
import { rememberArticleSlug } from '@/data/knownArticleSlugs'
import { newsArticleJsonLd } from '@/data/newsArticleJsonLd'
import { getArticle, getRelatedNews, getRetraction, getSiteSettings } from '@/data/portalData'
import { getDraftArticle, getViewer } from '@/data/staffData'
import { jsonLdScript } from '@/utilities/jsonLdScript'

type Props = { params: Promise<{ slug: string }> }

/** Beranda › category (when it has one) › the article. */
const articleCrumbs = (article: News) => {
  const category = typeof article.category === 'object' && article.category?.slug ? article.category : null
  return [
    { label: 'Beranda', href: '/' },
    ...(category ? [{ label: category.name, href: portalPaths.category(category.slug as string) }] : []),
    { label: article.title, href: portalPaths.article(article.slug ?? '') },
  ]
}

// Rendered on the first request and kept in Next's full-route cache, tagged with the data's tags
// (news-item:<slug>, news-lists, taxonomy, site); the hooks expire them. No build-time prerender.
// Only slugs known to be published come here: scripts/server.ts sends every other slug to the
// uncached twin /berita-langsung/<slug> (src/data/knownArticleSlugs.ts explains why).
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ slug: string }[]> => []

/** The public article, or in draft mode (preview) the latest draft the logged-in editor may read. */
const loadArticle = cache(async (slug: string) => {
  if ((await draftMode()).isEnabled) {
    const user = await getViewer(await headers())
    if (user) {
      const draft = await getDraftArticle(user, slug)
      if (draft) return { article: draft, preview: true }
    }
  }
  const article = await getArticle(slug)
  return article ? { article, preview: false } : null
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params
  const loaded = await loadArticle(slug)
  if (!loaded) return { title: 'Berita tidak ditemukan', robots: { index: false } }
  const meta = articleMetadata(await getSiteSettings(), loaded.article)
  return loaded.preview ? { ...meta, robots: { index: false, follow: false } } : meta
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params
  const loaded = await loadArticle(slug)
  if (!loaded) {
    // A retracted item answers 410 at its notice (the proxy normally rewrites there directly).
    if (await getRetraction(slug)) redirect(portalPaths.retracted(slug))
    notFound()
  }
  const { article, preview } = loaded
  if (!preview) rememberArticleSlug(slug)
  const site = await getSiteSettings()
  const category = typeof article.category === 'object' && article.category ? article.category.id : undefined
  const unit = typeof article.unit === 'object' ? article.unit.id : article.unit
  const related = preview ? [] : await getRelatedNews(article.id, category, unit)
  const crumbs = articleCrumbs(article)
  return (
    <>
      {preview ? null : (
        <>
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(newsArticleJsonLd(site, article)) }} />
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLdScript(breadcrumbJsonLd(site.baseUrl, crumbs)) }} />
        </>
      )}
      <ArticleView
        article={article}
        crumbs={crumbs}
        related={related}
        shareUrl={preview ? undefined : `${site.baseUrl}${portalPaths.article(article.slug ?? slug)}`}
        notice={
          preview ? (
            <p className="preview-banner" role="status">
              Pratinjau draf — belum tentu sama dengan versi publik.{' '}
              <a href={`/pratinjau/keluar?slug=${encodeURIComponent(slug)}`}>Keluar dari pratinjau</a>
            </p>
          ) : null
        }
      />
    </>
  )
}
