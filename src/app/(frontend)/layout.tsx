import type { Metadata, Viewport } from 'next'
import type { ReactNode } from 'react'

import Link from 'next/link'

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
        <header className="site-header">
          <div className="site-header__inner">
            <Link className="site-name" href="/">
              {site.name}
            </Link>
            <form className="search-form" role="search" action="/cari" method="get">
              <label htmlFor="cari-q" className="visually-hidden">
                Cari berita
              </label>
              <input id="cari-q" name="q" type="search" placeholder="Cari berita…" />
              <button type="submit">Cari</button>
            </form>
          </div>
          {categories.length > 0 ? (
            <nav aria-label="Kategori" className="site-nav">
              <ul>
                <li>
                  <Link href="/">Beranda</Link>
                </li>
                {categories
                  .filter((c) => c.slug)
                  .map((category) => (
                    <li key={category.id}>
                      <Link href={`/kategori/${category.slug}`}>{category.name}</Link>
                    </li>
                  ))}
              </ul>
            </nav>
          ) : null}
        </header>
        <main id="konten" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{site.publisher}</p>
          <nav aria-label="Tautan situs">
            <ul>
              <li>
                <Link href="/koreksi">Koreksi dan pencabutan</Link>
              </li>
              <li>
                <a href="/feed.xml">RSS</a>
              </li>
              <li>
                <a href="/atom.xml">Atom</a>
              </li>
              <li>
                <a href="/feed.json">JSON Feed</a>
              </li>
            </ul>
          </nav>
        </footer>
      </body>
    </html>
  )
}
