import type { Metadata } from 'next'

import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import type { News } from '@/payload-types'

import { NewsList } from '@/components/PortalNews/NewsList'
import { Pagination } from '@/components/PortalNews/Pagination'
import { pageNumber, pageOutOfRange } from '@/data/pageNumber'
import { getInternalNews, getViewer } from '@/data/staffData'

export const metadata: Metadata = { title: 'Pengumuman internal', robots: { index: false, follow: false } }

type Props = { searchParams: Promise<{ halaman?: string }> }

/** Internal announcements for logged-in staff only (Payload session cookie); never cached. */
export default async function InternalPage({ searchParams }: Props) {
  const user = await getViewer(await headers())
  if (!user) redirect('/admin/login?redirect=%2Finternal')
  const page = pageNumber((await searchParams).halaman)
  const news = await getInternalNews(user, page)
  if (pageOutOfRange(page, news.totalPages)) notFound()
  return (
    <section aria-labelledby="judul-internal">
      <h1 id="judul-internal">Pengumuman internal</h1>
      <p>Hanya untuk pegawai. Jangan disebarluaskan.</p>
      <NewsList items={news.docs as News[]} empty="Belum ada pengumuman internal." basePath={(slug) => `/internal/${slug}`} />
      <Pagination page={news.page ?? 1} totalPages={news.totalPages} href={(p) => `/internal?halaman=${p}`} />
    </section>
  )
}
