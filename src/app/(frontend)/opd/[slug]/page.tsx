import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { NewsList } from '@/components/PortalNews/NewsList'
import { Pagination } from '@/components/PortalNews/Pagination'
import { portalPaths } from '@/data/articleUrl'
import { feedAlternates } from '@/data/feedAlternates'
import { getSiteSettings, getUnit, getUnitNews } from '@/data/portalData'
import { pageNumber, pageOutOfRange } from '@/data/pageNumber'

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ halaman?: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const { slug } = await params
  const [unit, site] = await Promise.all([getUnit(slug), getSiteSettings()])
  if (!unit?.slug) return { title: 'OPD tidak ditemukan' }
  const path = portalPaths.unit(unit.slug)
  return {
    title: unit.name,
    description: unit.description || `Berita dari ${unit.name}`,
    alternates: {
      canonical: `${site.baseUrl}${path}`,
      types: feedAlternates(unit.name, path),
    },
  }
}

export default async function UnitPage({ params, searchParams }: Props) {
  await connection()
  const { slug } = await params
  const page = pageNumber((await searchParams).halaman)
  const unit = await getUnit(slug)
  if (!unit?.slug) notFound()
  const news = await getUnitNews(unit.id, page)
  if (pageOutOfRange(page, news.totalPages)) notFound()
  const path = portalPaths.unit(unit.slug)
  return (
    <section aria-labelledby="judul-opd">
      <h1 id="judul-opd">{unit.name}</h1>
      {unit.description ? <p>{unit.description}</p> : null}
      <NewsList items={news.docs} empty="Belum ada berita dari OPD ini." />
      <Pagination page={news.page} totalPages={news.totalPages} href={(p) => (p > 1 ? `${path}?halaman=${p}` : path)} />
      <p className="feeds">
        Langganan: <a href={`${path}/feed.xml`}>RSS</a> · <a href={`${path}/atom.xml`}>Atom</a> · <a href={`${path}/feed.json`}>JSON Feed</a>
      </p>
    </section>
  )
}
