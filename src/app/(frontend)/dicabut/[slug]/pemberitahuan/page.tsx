import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import { connection } from 'next/server'

import { RetractionNotice } from '@/components/PortalArticle/RetractionNotice'
import { getRetraction } from '@/data/portalData'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection()
  const notice = await getRetraction((await params).slug)
  return { title: notice ? `Berita dicabut: ${notice.title}` : 'Tidak ditemukan', robots: { index: false, follow: true } }
}

/**
 * The retraction notice inside the portal layout (header, menu, search, footer). Readers reach it
 * through `/dicabut/<slug>` (and the article's own URL), which serves this HTML with status 410.
 */
export default async function RetractionNoticePage({ params }: Props) {
  await connection()
  const notice = await getRetraction((await params).slug)
  if (!notice) notFound()
  return <RetractionNotice notice={notice} />
}
