import 'server-only'

import { connection } from 'next/server'

import type { FeedFormat } from './feedResponse'

import { portalPaths } from './articleUrl'
import { feedResponse } from './feedResponse'
import { getCategory, getFeedItems, getUnit } from './portalData'

type Params = { params: Promise<{ slug: string }> }

const notFound = () => new Response('Tidak ditemukan', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })

/** GET handlers for the site-wide, per-category and per-OPD feeds in each format. */
export const feedRoute = {
  site: (format: FeedFormat) => async () => {
    await connection()
    return feedResponse(format, (site) => ({ title: site.name, path: '/', description: site.description }), await getFeedItems('all'))
  },
  category: (format: FeedFormat) => async (_request: Request, { params }: Params) => {
    await connection()
    const category = await getCategory((await params).slug)
    if (!category?.slug) return notFound()
    const items = await getFeedItems('category', category.id)
    return feedResponse(format, (site) => ({ title: `${category.name} — ${site.name}`, path: portalPaths.category(category.slug as string) }), items)
  },
  unit: (format: FeedFormat) => async (_request: Request, { params }: Params) => {
    await connection()
    const unit = await getUnit((await params).slug)
    if (!unit?.slug) return notFound()
    const items = await getFeedItems('unit', unit.id)
    return feedResponse(format, (site) => ({ title: `${unit.name} — ${site.name}`, path: portalPaths.unit(unit.slug as string) }), items)
  },
}
