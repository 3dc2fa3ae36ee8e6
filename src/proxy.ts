import type { NextRequest } from 'next/server'

import { NextResponse } from 'next/server'

import { portalProxy } from './data/portalProxy'

const LANGUAGE_COOKIE = 'payload-lng'

/**
 * The admin speaks Indonesian unless the user picked another language (stored by Payload in the
 * payload-lng cookie): a browser's English Accept-Language must not override the office default.
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  // Portal paths: 410 for retracted articles, Cache-Control (see src/data/portalProxy.ts).
  const portal = await portalProxy(request)
  if (portal) return portal
  if (request.cookies.has(LANGUAGE_COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.set('accept-language', 'id')
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(LANGUAGE_COOKIE, 'id', { path: '/', sameSite: 'lax', maxAge: 60 * 60 * 24 * 365 })
  return response
}

export const config = {
  matcher: ['/admin/:path*', '/', '/beranda/:path*', '/berita/:path*', '/kategori/:path*', '/opd/:path*', '/cari', '/koreksi', '/internal/:path*', '/pratinjau/:path*'],
}
