import { connection } from 'next/server'

import { CACHE_CONTROL } from '@/data/cacheControl'
import { getRecentNews, getSiteSettings } from '@/data/portalData'
import { buildNewsSitemap } from '@/data/sitemaps'

/** Google News sitemap: items first published in the last 48 hours. */
export async function GET(): Promise<Response> {
  await connection()
  const now = new Date()
  // The cached read covers 72 hours up to the next full hour; the 48-hour window is cut here.
  const [site, recent] = await Promise.all([getSiteSettings(), getRecentNews(Math.ceil(now.getTime() / 3_600_000))])
  return new Response(buildNewsSitemap(site, recent, now), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL.public },
  })
}
