import { connection } from 'next/server'

import { CACHE_CONTROL } from '@/data/cacheControl'
import { getRetractions } from '@/data/portalData'

/** Slugs of retracted public items (public notices); the proxy polls it to answer 410. */
export async function GET(): Promise<Response> {
  await connection()
  const slugs = (await getRetractions()).map((r) => r.slug)
  return Response.json({ slugs }, { headers: { 'Cache-Control': CACHE_CONTROL.public } })
}
