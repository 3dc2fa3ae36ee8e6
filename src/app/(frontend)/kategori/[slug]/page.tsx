import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { NewsList } from '@/components/PortalNews/NewsList'
import { Pagination } from '@/components/PortalNews/Pagination'
import { portalPaths } from '@/data/articleUrl'
import { feedAlternates } from '@/data/feedAlternates'
import { getCategory, getCategoryNews, getSiteSettings } from '@/data/portalData'
import { pageNumber, pageOutOfRange } from '@/data/pageNumber'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ halaman?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const { slug } = await params
  const [category, site] = await Promise.all([getCategory(slug), getSiteSettings()])
  if (!category?.slug) return { title: 'Kategori tidak ditemukan' }
  const path = portalPaths.category(category.slug)
  return {
    title: category.name,
    description: category.description || `Berita kategori ${category.name}`,
    alternates: {
      canonical: `${site.baseUrl}${path}`,
      types: feedAlternates(category.name, path),
    },
  }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  await connection()
  const { slug } = await params
  const page = pageNumber((await searchParams).halaman)
  const category = await getCategory(slug)
  if (!category?.slug) notFound()
  const news = await getCategoryNews(category.id, page)
  if (pageOutOfRange(page, news.totalPages)) notFound()
  const path = portalPaths.category(category.slug)
  return (
    <section aria-labelledby="judul-kategori">
      <h1 id="judul-kategori">{category.name}</h1>
      {category.description ? <p>{category.description}</p> : null}
      <NewsList items={news.docs} empty="Belum ada berita dalam kategori ini." />
      <Pagination page={news.page} totalPages={news.totalPages} href={(p) => (p > 1 ? `${path}?halaman=${p}` : path)} />
      <p className="feeds">
        Langganan: <a href={`${path}/feed.xml`}>RSS</a> · <a href={`${path}/atom.xml`}>Atom</a> · <a href={`${path}/feed.json`}>JSON Feed</a>
      </p>
    </section>
  )
}
