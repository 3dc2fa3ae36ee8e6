import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import { SiteFooter } from '@/components/PortalChrome/SiteFooter'
import { SiteHeader } from '@/components/PortalChrome/SiteHeader'
import { feedAlternates } from '@/data/feedAlternates'
import { getCategories, getSiteSettings } from '@/data/portalData'

import './portal.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const site = await getSiteSettings()
  return {
    metadataBase: new URL(`${site.baseUrl}/`),
    title: { default: site.name, template: `%s — ${site.name}` },
    description: site.description || undefined,
    alternates: {
      types: feedAlternates(site.name),
    },
    openGraph: { siteName: site.name, locale: 'id_ID', type: 'website' },
  }
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const [site, categories] = await Promise.all([getSiteSettings(), getCategories()])
  return (
    <html lang="id">
      <body>
        <a className="skip-link" href="#konten">
          Langsung ke konten
        </a>
        <SiteHeader categories={categories} siteName={site.name} />
        <main id="konten" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter publisher={site.publisher} />
      </body>
    </html>
  )
}
