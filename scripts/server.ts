// Production HTTP server (`npm start`, `npm run demo`, the e2e server and the portal bench): Next.js
// through its custom-server API with the portal micro-cache in front (src/server/portalMicroCache.ts).
// Request bodies: src/server/bodyLimit.ts (1 MB text/JSON → 413).
// Env: PORT (3000), HOSTNAME (0.0.0.0), PORTAL_MICROCACHE=off to disable it,
// PORTAL_MICROCACHE_TTL_MS (10000), PORTAL_MICROCACHE_MAX_MB (64).
import { AsyncResource } from 'node:async_hooks'
import http from 'node:http'
import next from 'next'

import { registerMicroCache } from '../src/data/microCacheRegistry'
import { registerRequestFreeContext } from '../src/data/requestFreeContext'
import { HSTS } from '../src/security/securityHeaders'
import { withBodyLimit } from '../src/server/bodyLimit'
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

// Body limits first (src/server/bodyLimit.ts): a 20 MB JSON body is refused before anything parses it.
const serve = withBodyLimit((req, res) => (microCache ? microCache.handle(req, res, handle) : handle(req, res)))
// HSTS only for an https deployment (decided at runtime: the build does not know PUBLIC_URL).
const https = (process.env.PUBLIC_URL ?? '').startsWith('https://')
const server = http.createServer((req, res) => {
  if (https) res.setHeader('Strict-Transport-Security', HSTS)
  void Promise.resolve(serve(req, res)).catch((error: unknown) => {
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
