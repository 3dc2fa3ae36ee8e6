import { connection } from 'next/server'

import { HomeView } from './beranda/HomeView'

/**
 * Fallback for `/` when the proxy does not run: rendered per request. Normally the proxy rewrites
 * `/` to `/beranda/terkini`, whose HTML is kept in Next's full-route cache.
 */
export default async function HomePage() {
  await connection()
  return <HomeView />
}
