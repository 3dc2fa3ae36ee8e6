import { connection } from 'next/server'

import { CACHE_CONTROL } from '@/data/cacheControl'
import { getRetraction, getSiteSettings } from '@/data/portalData'
import { renderInPortalLayout } from '@/data/renderInPortalLayout'
import { retractionNoticeHtml } from '@/data/retractionNoticeHtml'

/**
 * The public notice of a retracted article, answered with HTTP 410 Gone. The proxy rewrites
 * `/berita/<slug>` here for retracted items, so the article's own URL answers 410 too. The body
 * is the notice page inside the portal layout (`./pemberitahuan`); should that render fail, a
 * self-contained notice page is served instead, still with 410.
 */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }): Promise<Response> {
  await connection()
  const { slug } = await params
  const [site, notice] = await Promise.all([getSiteSettings(), getRetraction(slug)])
  if (!notice) {
    return new Response('Tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  }
  const inLayout = await renderInPortalLayout(new URL(request.url).origin, `/dicabut/${encodeURIComponent(slug)}/pemberitahuan`)
  return new Response(inLayout ?? retractionNoticeHtml(site, notice), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': CACHE_CONTROL.public },
  })
}
