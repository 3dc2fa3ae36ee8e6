import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { pageOutOfRange } from '@/data/pageNumber'
import { searchNews } from '@/data/portalData'
import { searchQueryOf, searchRequestOf } from '@/data/searchRequest'

import { SearchSection } from './SearchSection'

type Props = { searchParams: Promise<{ q?: string | string[]; halaman?: string }> }

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = searchQueryOf((await searchParams).q)
  return { title: q ? `Pencarian: ${q}` : 'Pencarian', robots: { index: false, follow: true } }
}

/**
 * The search page. Ordinary visits with words are answered by the production server's fast path
 * (src/server/searchFastPath.ts), which renders SearchSection into this page's own shell; this
 * route answers the rest (client navigations, staff sessions, an empty query, a page past the last)
 * and provides that shell.
 */
export default async function SearchPage({ searchParams }: Props) {
  await connection()
  const { q, page } = searchRequestOf(await searchParams)
  const result = q ? await searchNews(q, page) : null
  // A page past the last one does not exist (page 1 of no results does: it says so).
  if (result && pageOutOfRange(page, result.totalPages)) notFound()
  return <SearchSection q={q} result={result} />
}
