import type { Metadata } from 'next'
import type { ReactNode } from 'react'

import { getSite } from '@/data/getSite'

import './portal.css'

export const generateMetadata = async (): Promise<Metadata> => {
  const site = await getSite()
  return { title: { default: site.name, template: `%s — ${site.name}` }, description: site.description ?? undefined }
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const site = await getSite()
  return (
    <html lang="id">
      <body>
        <a className="skip-link" href="#konten">
          Langsung ke konten
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            {site.name}
          </a>
        </header>
        <main id="konten" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <p>{site.publisher}</p>
        </footer>
      </body>
    </html>
  )
}
