import { notFound } from 'next/navigation'

// Any path no other route matches gets the portal's own 404 (Indonesian, inside the portal layout)
// instead of Next's built-in English page. Rendered per request: a crawler's distinct paths must
// leave nothing behind (scripts/server.ts also sends internal routes here, see routePortalRequest).
export const dynamic = 'force-dynamic'

export default function UnknownPath(): never {
  notFound()
}
