import { connection } from 'next/server'

import { CACHE_CONTROL } from '@/data/cacheControl'
import { getCategories, getSitemapEntries, getSiteSettings, getUnits } from '@/data/portalData'
import { buildSitemap } from '@/data/sitemaps'

export async function GET(): Promise<Response> {
  await connection()
  const [site, articles, categories, units] = await Promise.all([getSiteSettings(), getSitemapEntries(), getCategories(), getUnits()])
  return new Response(buildSitemap(site, { articles, categories, units }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': CACHE_CONTROL.public },
  })
}
