import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { Pagination } from '@/components/PortalNews/Pagination'
import { portalPaths } from '@/data/articleUrl'
import { pageNumber } from '@/data/pageNumber'
import { searchNews } from '@/data/portalData'

import { SearchResults } from './SearchResults'

type Props = { searchParams: Promise<{ q?: string | string[]; halaman?: string }> }

const queryOf = (q: string | string[] | undefined) => (Array.isArray(q) ? q[0] : q)?.trim().slice(0, 100) ?? ''

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = queryOf((await searchParams).q)
  return { title: q ? `Pencarian: ${q}` : 'Pencarian', robots: { index: false, follow: true } }
}

export default async function SearchPage({ searchParams }: Props) {
  await connection()
  const params = await searchParams
  const q = queryOf(params.q)
  const page = pageNumber(params.halaman)
  const result = q ? await searchNews(q, page) : null
  // A page past the last one does not exist (page 1 of no results does: it says so).
  if (result && page > Math.max(1, result.totalPages)) notFound()
  return (
    <section aria-labelledby="judul-cari">
      <h1 id="judul-cari">Pencarian</h1>
      <form role="search" action="/cari" method="get" className="search-page-form">
        <label htmlFor="cari-halaman">Kata kunci</label>
        <input id="cari-halaman" name="q" type="search" defaultValue={q} />
        <button type="submit">Cari</button>
      </form>
      {result ? (
        <>
          <p role="status">
            {result.totalDocs === 0 ? `Tidak ada berita yang cocok dengan “${q}”.` : `${result.totalDocs} berita cocok dengan “${q}”.`}
          </p>
          <SearchResults items={result.docs} />
          <Pagination page={result.page} totalPages={result.totalPages} href={(p) => portalPaths.search(q, p)} />
        </>
      ) : null}
    </section>
  )
}
