// Production HTTP server (`npm start`, `npm run demo`, the e2e server and the portal bench): Next.js
// through its custom-server API with the portal micro-cache in front (src/server/portalMicroCache.ts).
// Env: PORT (3000), HOSTNAME (0.0.0.0), PORTAL_MICROCACHE=off to disable it,
// PORTAL_MICROCACHE_TTL_MS (10000), PORTAL_MICROCACHE_MAX_MB (64).
import { AsyncResource } from 'node:async_hooks'
import http from 'node:http'
import next from 'next'

import { registerMicroCache } from '../src/data/microCacheRegistry'
import { registerRequestFreeContext } from '../src/data/requestFreeContext'
import { createPortalMicroCache } from '../src/server/portalMicroCache'

// Captured before any request exists: Payload's boot (and its job cron) runs in this context.
const bootContext = new AsyncResource('warta-boot')
registerRequestFreeContext((fn) => bootContext.runInAsyncScope(fn))

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const app = next({ dev: false, dir: process.cwd(), port, hostname })
const handle = app.getRequestHandler()
await app.prepare()

const microCache =
  process.env.PORTAL_MICROCACHE === 'off'
    ? null
    : createPortalMicroCache({
        ttlMs: Number(process.env.PORTAL_MICROCACHE_TTL_MS) || 10_000,
        maxBytes: (Number(process.env.PORTAL_MICROCACHE_MAX_MB) || 64) * 1024 * 1024,
      })
if (microCache) registerMicroCache(microCache)

const server = http.createServer((req, res) => {
  const served = microCache ? microCache.handle(req, res, handle) : handle(req, res)
  void Promise.resolve(served).catch((error: unknown) => {
    console.error('[warta] request failed', error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
server.listen(port, hostname, () => {
  console.log(`[warta] ready on http://localhost:${port} (portal micro-cache ${microCache ? 'on' : 'off'})`)
  // Next.js runs src/instrumentation.ts (migrations, seed, job cron) on its first request, not at
  // start: ask once now, so a restarted server publishes scheduled items without waiting for a visitor.
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
  fetch(`http://${host}:${port}/api/users/me`).catch((error: unknown) => console.error('[warta] warm-up request failed', error))
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close()
    void app.close().finally(() => process.exit(0))
    setTimeout(() => process.exit(0), 5000).unref()
  })
}
