import type { Metadata } from 'next'

import { notFound } from 'next/navigation'

import { feedAlternates } from '@/data/feedAlternates'
import { getSiteSettings } from '@/data/portalData'

import { HomeView } from '../HomeView'

// Rendered on the first request, then served from Next's full-route cache until a hook expires a
// tag its data carries. Nothing is prerendered at build (no database there).
export const dynamicParams = true
export const generateStaticParams = async (): Promise<{ edisi: string }[]> => []

export const generateMetadata = async (): Promise<Metadata> => ({
  alternates: { canonical: '/', types: feedAlternates((await getSiteSettings()).name) },
})

type Props = { params: Promise<{ edisi: string }> }

/** The home page's cacheable route (`/` is rewritten here by the proxy). */
export default async function CachedHomePage({ params }: Props) {
  if ((await params).edisi !== 'terkini') notFound()
  return <HomeView />
}
