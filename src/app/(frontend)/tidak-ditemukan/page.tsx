import type { Metadata } from 'next'

import { NotFoundNotice } from '@/components/PortalChrome/NotFoundNotice'

// The 404 page as a whole document. Next.js server-renders a notFound() thrown by a dynamic page
// as an empty shell that only JavaScript fills (vercel/next.js#62228); the production server sends
// this page's HTML in its place, with status 404 (src/server/serverRendered404.ts). Not a public
// address: asked for directly, it is itself a 404 (src/server/routePortalRequest.ts).
export const dynamic = 'force-static'

export const metadata: Metadata = { title: 'Halaman tidak ditemukan', robots: { index: false, follow: true } }

export default function NotFoundPage() {
  return <NotFoundNotice />
}
