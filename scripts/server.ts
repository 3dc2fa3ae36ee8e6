// Production HTTP server (`npm start`, `npm run demo`, the e2e server, the fleet suite and the
// benches): Next.js through its custom-server API with the portal micro-cache in front
// (src/server/portalMicroCache.ts). Request bodies: src/server/bodyLimit.ts (1 MB text/JSON → 413).
// Env: PORT (3000), HOSTNAME (0.0.0.0), PORTAL_MICROCACHE=off to disable it,
// PORTAL_MICROCACHE_TTL_MS (10000), PORTAL_MICROCACHE_MAX_MB (64), PORTAL_FAST_SEARCH=off to leave
// search pages to Next (src/server/searchFastPath.tsx), REDIS_URL (fleet: shared Next cache, purges
// and retraction state, see docs/deploy.md), SHUTDOWN_GRACE_MS (25000).
// First: decides source-map support before any other module (Next's chunks above all) loads.
import '../src/config/applySourceMapSetting'

import { AsyncResource } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'
import http from 'node:http'
import next from 'next'

import { startFleet } from '../src/cache/startFleet'
import { registeredArchiveSearch } from '../src/data/archiveSearchRegistry'
import { registerMicroCache } from '../src/data/microCacheRegistry'
import { registerRequestFreeContext } from '../src/data/requestFreeContext'
import { isKnownArticleSlug, rememberArticleSlugsOfTags } from '../src/data/knownArticleSlugs'
import { isRetracted, setRetracted } from '../src/data/retractionRegistry'
import { HSTS } from '../src/security/securityHeaders'
import { withBodyLimit } from '../src/server/bodyLimit'
import { serverLog } from '../src/server/log'
import { createPortalMicroCache } from '../src/server/portalMicroCache'
import { createSearchFastPath } from '../src/server/searchFastPath'
import { createSearchShellCache, prepareSearchShell } from '../src/server/searchPageShell'
import { type PortalRegistries, routePortalRequest } from '../src/server/routePortalRequest'
import { createNotFoundDocument, isPortalPageRequest, NOT_FOUND_DOCUMENT_PATH, replaceNotFoundBody } from '../src/server/serverRendered404'
import { markDraining } from '../src/server/serverState'
import { runShutdownHooks } from '../src/server/shutdownRegistry'

// Captured before any request exists: Payload's boot (and its job cron) runs in this context.
const bootContext = new AsyncResource('warta-boot')
registerRequestFreeContext((fn) => bootContext.runInAsyncScope(fn))

const port = Number(process.env.PORT || 3000)
const hostname = process.env.HOSTNAME || '0.0.0.0'
const graceMs = Number(process.env.SHUTDOWN_GRACE_MS) || 25_000
// This server's own requests (the 404 document, the search page shell) carry this token: they may
// reach internal routes and are never answered from a shortcut.
const internalToken = randomBytes(24).toString('hex')
const loopbackHost = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname
const loopbackOrigin = `http://${loopbackHost.includes(':') ? `[${loopbackHost}]` : loopbackHost}:${port}`
// The search fast path's placeholder query (letters only, so the page's query reading keeps it whole).
const SEARCH_SHELL_PLACEHOLDER = `wartashell${randomBytes(8).toString('hex').replace(/[0-9]/g, (d) => 'ghijklmnop'[Number(d)]!)}`

const microCache =
  process.env.PORTAL_MICROCACHE === 'off'
    ? null
    : createPortalMicroCache({
        ttlMs: Number(process.env.PORTAL_MICROCACHE_TTL_MS) || 10_000,
        maxBytes: (Number(process.env.PORTAL_MICROCACHE_MAX_MB) || 64) * 1024 * 1024,
      })
// The search fast path's page shell (src/server/searchPageShell.ts) is purged with the micro-cache.
const searchShell = createSearchShellCache(async () => {
  const response = await fetch(`${loopbackOrigin}/cari?q=${SEARCH_SHELL_PLACEHOLDER}`, {
    headers: { 'x-warta-internal': internalToken, 'accept-encoding': 'identity' },
  })
  return response.ok ? prepareSearchShell(await response.text(), SEARCH_SHELL_PLACEHOLDER, response.headers) : null
})
const purgePortal = (holdMs = 0): void => {
  microCache?.purge(holdMs)
  searchShell.reset(holdMs)
}
registerMicroCache({ purge: () => purgePortal() })

// Before Next starts, so its cache handler finds the shared cache from the first request on.
const fleet = process.env.REDIS_URL
  ? await startFleet({
      url: process.env.REDIS_URL,
      prefix: process.env.REDIS_PREFIX,
      log: serverLog,
      onChange: (change) => {
        rememberArticleSlugsOfTags(change.tags)
        for (const slug of change.retracted ?? []) setRetracted(slug, true)
        for (const slug of change.restored ?? []) setRetracted(slug, false)
        purgePortal(1500)
      },
    })
  : null

const app = next({ dev: false, dir: process.cwd(), port, hostname })
const handle = app.getRequestHandler()
await app.prepare()

// Retracted articles → their 410 notice, unknown article slugs → the uncached twin route, internal
// routes → 404 (src/server/routePortalRequest.ts); before the micro-cache, so no cached 200 can
// answer a retracted article first. The proxy in src/proxy.ts checks retractions too.
const registries: PortalRegistries = { isRetracted: (slug) => isRetracted(slug, 2000), isKnownArticle: isKnownArticleSlug }
const routePortal = async (req: http.IncomingMessage): Promise<void> => {
  if (isInternal(req)) return
  req.url = await routePortalRequest(req.method, req.url ?? '/', registries)
}
// A 404 page gets a complete server-rendered body (src/server/serverRendered404.ts).
const notFoundDocument = createNotFoundDocument(async () => {
  const response = await fetch(`${loopbackOrigin}${NOT_FOUND_DOCUMENT_PATH}`, {
    headers: { 'x-warta-internal': internalToken, 'accept-encoding': 'identity' },
  })
  return response.ok && /^text\/html/.test(response.headers.get('content-type') ?? '') ? response.text() : null
})
const isInternal = (req: http.IncomingMessage) => req.headers['x-warta-internal'] === internalToken
const handleWith404Document: typeof handle = (req, res, parsedUrl) => {
  if (isPortalPageRequest(req) && !isInternal(req)) replaceNotFoundBody(res, notFoundDocument)
  return handle(req, res, parsedUrl)
}
// Ordinary search visits skip Next's render (src/server/searchFastPath.tsx); PORTAL_FAST_SEARCH=off
// leaves every search to Next.
const searchFastPath =
  process.env.PORTAL_FAST_SEARCH === 'off' ? null : createSearchFastPath({ shell: searchShell, search: registeredArchiveSearch, notFoundDocument, isInternal, log: serverLog })
const handlePortal = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
  if (!(await searchFastPath?.(req, res))) await handleWith404Document(req, res)
}
// Body limits first (src/server/bodyLimit.ts): a 20 MB JSON body is refused before anything parses it.
const serve = withBodyLimit(async (req, res) => {
  await routePortal(req)
  return microCache ? microCache.handle(req, res, handlePortal) : handlePortal(req, res)
})
// HSTS only for an https deployment (decided at runtime: the build does not know PUBLIC_URL).
const https = (process.env.PUBLIC_URL ?? '').startsWith('https://')
const server = http.createServer((req, res) => {
  if (https) res.setHeader('Strict-Transport-Security', HSTS)
  void Promise.resolve(serve(req, res)).catch((error: unknown) => {
    serverLog.error(`[warta] request failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  })
})
// Idle keep-alive sockets: Node closes them after 5 s, racing a client (Playwright's request
// context, nginx's upstream keepalive) that reuses one at that moment → ECONNRESET on a valid
// request (seen in CI). Keep them longer than any client/proxy idle timeout (nginx: 60 s); the
// headers timeout must exceed it.
server.keepAliveTimeout = 65_000
server.headersTimeout = 66_000
server.listen(port, hostname, () => {
  serverLog.info(`[warta] ready on http://localhost:${port} (portal micro-cache ${microCache ? 'on' : 'off'}${fleet ? ', fleet via redis' : ''})`)
  // Next.js runs src/instrumentation.ts (migrations, seed, job cron) on its first request, not at
  // start: ask once now, so a restarted server publishes scheduled items without waiting for a visitor.
  fetch(`${loopbackOrigin}/api/users/me`).catch((error: unknown) => serverLog.error(`[warta] warm-up request failed: ${String(error)}`))
})

/**
 * SIGTERM/SIGINT: the health endpoint answers 503 at once (load balancers stop sending), the
 * listener closes, in-flight requests finish, the job cron finishes its current batch; then exit.
 * After SHUTDOWN_GRACE_MS the process exits anyway.
 */
let stopping = false
const shutdown = async (signal: string) => {
  if (stopping) return
  stopping = true
  markDraining()
  serverLog.info(`[warta] ${signal}: draining in-flight requests and the current job batch`)
  setTimeout(() => {
    serverLog.warn('[warta] drain did not finish in time; exiting')
    process.exit(0)
  }, graceMs).unref()
  await Promise.all([
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeIdleConnections()
    }),
    runShutdownHooks(),
  ])
  await app.close().catch(() => undefined)
  await fleet?.close()
  serverLog.info('[warta] stopped')
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(signal))
