import type { Metadata } from 'next'

import { headers } from 'next/headers'
import { notFound, redirect } from 'next/navigation'

import { ArticleView } from '@/components/PortalArticle/ArticleView'
import { getInternalArticle, getViewer } from '@/data/staffData'

export const metadata: Metadata = { title: 'Pengumuman internal', robots: { index: false, follow: false } }

type Props = { params: Promise<{ slug: string }> }

export default async function InternalArticlePage({ params }: Props) {
  const { slug } = await params
  const user = await getViewer(await headers())
  if (!user) redirect(`/admin/login?redirect=${encodeURIComponent(`/internal/${slug}`)}`)
  const article = await getInternalArticle(user, slug)
  if (!article) notFound()
  return <ArticleView article={article} notice={<p className="preview-banner">Pengumuman internal — hanya untuk pegawai.</p>} />
}
