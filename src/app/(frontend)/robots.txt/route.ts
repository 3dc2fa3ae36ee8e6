import { connection } from 'next/server'

import { CACHE_CONTROL } from '@/data/cacheControl'
import { getSiteSettings } from '@/data/portalData'
import { buildRobots } from '@/data/sitemaps'

export async function GET(): Promise<Response> {
  await connection()
  return new Response(buildRobots(await getSiteSettings()), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': CACHE_CONTROL.public },
  })
}
