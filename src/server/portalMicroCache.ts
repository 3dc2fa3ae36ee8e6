import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'

import { LRUCache } from 'lru-cache'

import { isClientRouterRequest, isPersonalRequest } from './portalRequestKinds'

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<unknown> | unknown

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; etag?: string }

export type MicroCacheOptions = {
  /** How long a response is reused when no purge comes first (bounds staleness if one is missed). */
  ttlMs: number
  /** Memory cap for all stored bodies. */
  maxBytes: number
  /** Clock for tests (milliseconds, monotonic). */
  now?: () => number
  /** How often expired entries are dropped (default: every `ttlMs`); 0 = only on access and `prune()`. */
  pruneEveryMs?: number
}

const NOT_PORTAL = /^\/(?:api|admin|_next)(?:[/?]|$)/
const CACHEABLE_STATUS = new Set([200, 410])
const HOP_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date'])

/**
 * An in-process micro-cache in front of Next.js for anonymous portal GETs, like nginx
 * micro-caching: a hit is answered from memory without entering Next's router, proxy and
 * renderer. Only responses the portal marks `Cache-Control: public` are stored (never staff,
 * preview, errors or anything that sets a cookie); `purge()` — called by revalidatePortal on
 * every publish, correction, retraction or settings change — empties it, so changes stay
 * visible at the next request.
 */
export function createPortalMicroCache(options: MicroCacheOptions) {
  const entries = new LRUCache<string, Entry>({
    maxSize: options.maxBytes,
    sizeCalculation: (entry) => entry.body.length + 1024,
    ttl: options.ttlMs,
    // Read the clock on every lookup (lru-cache otherwise reuses it until a 1 ms timer fires,
    // which a busy event loop delays).
    ttlResolution: 0,
    ...(options.now ? { perf: { now: options.now } } : {}),
  })
  // A response rendered before a purge must not be stored after it.
  let generation = 0
  // After a purge announced by another instance, renders may still read data cached before the
  // change reached the database everywhere (MongoDB commits after hooks): store nothing for a moment.
  let holdUntil = 0
  const clock = options.now ?? (() => performance.now())
  const stats = { hits: 0, misses: 0, bypasses: 0, purges: 0 }
  // lru-cache drops an expired entry only when it is read or evicted by size: under a crawler of
  // distinct URLs nothing is read twice, so up to maxBytes of expired bodies stayed in memory.
  const prune = (): void => void entries.purgeStale()
  const pruneEveryMs = options.pruneEveryMs ?? options.ttlMs
  const pruner = pruneEveryMs > 0 ? setInterval(prune, pruneEveryMs) : null
  pruner?.unref()

  return {
    stats,
    /** Stored entries and their counted bytes (bodies + 1 KB each). */
    get size(): { entries: number; bytes: number } {
      return { entries: entries.size, bytes: entries.calculatedSize }
    },
    /** Drops expired entries now (also run every `pruneEveryMs`). */
    prune,
    /** Stops the pruning timer (tests; the server's lives as long as the process). */
    close(): void {
      if (pruner) clearInterval(pruner)
    },
    purge(holdMs = 0): void {
      generation++
      stats.purges++
      entries.clear()
      if (holdMs > 0) holdUntil = Math.max(holdUntil, clock() + holdMs)
    },
    async handle(req: IncomingMessage, res: ServerResponse, next: RequestHandler): Promise<void> {
      const key = cacheKey(req)
      if (!key) {
        stats.bypasses++
        await next(req, res)
        return
      }
      const hit = entries.get(key)
      if (hit) {
        stats.hits++
        serve(hit, req, res)
        return
      }
      stats.misses++
      const startedIn = generation
      capture(res, (entry) => {
        if (generation === startedIn && clock() >= holdUntil && storable(entry)) entries.set(key, entry)
      })
      res.setHeader('X-Warta-Cache', 'MISS')
      await next(req, res)
    },
  }
}

export type PortalMicroCache = ReturnType<typeof createPortalMicroCache>

function cacheKey(req: IncomingMessage): null | string {
  if (req.method !== 'GET' || !req.url || NOT_PORTAL.test(req.url)) return null
  // Staff sessions and draft mode always reach Next.js; client navigations ask for RSC payloads.
  if (isPersonalRequest(req) || isClientRouterRequest(req)) return null
  return `${req.headers.host ?? ''}\n${req.headers['accept-encoding'] ?? ''}\n${req.url}`
}

function storable(entry: Entry): boolean {
  const cacheControl = String(entry.headers['cache-control'] ?? '')
  return (
    CACHEABLE_STATUS.has(entry.status) &&
    /\bpublic\b/.test(cacheControl) &&
    entry.headers['set-cookie'] === undefined &&
    String(entry.headers['x-nextjs-cache'] ?? '').toUpperCase() !== 'STALE'
  )
}

function serve(entry: Entry, req: IncomingMessage, res: ServerResponse): void {
  for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) res.setHeader(name, value)
  res.setHeader('X-Warta-Cache', 'HIT')
  if (entry.etag && req.headers['if-none-match'] === entry.etag) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = entry.status
  res.setHeader('Content-Length', entry.body.length)
  res.end(entry.body)
}

type WriteCallback = (error?: Error | null) => void

/** Tees what Next.js writes (after its compression) into an entry handed to `done` on finish. */
function capture(res: ServerResponse, done: (entry: Entry) => void): void {
  const chunks: Buffer[] = []
  let headHeaders: OutgoingHttpHeaders = {}
  const toBuffer = (chunk: unknown, encoding?: unknown): Buffer | null => {
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return null
    if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
    return Buffer.from(chunk as Uint8Array)
  }
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const headers = args.find((arg, i) => i > 0 && typeof arg === 'object' && arg !== null)
    if (headers && !Array.isArray(headers)) {
      headHeaders = Object.fromEntries(Object.entries(headers as OutgoingHttpHeaders).map(([k, v]) => [k.toLowerCase(), v]))
    }
    return writeHead(...args)
  }) as ServerResponse['writeHead']
  const write = res.write.bind(res) as (chunk: unknown, encoding?: unknown, cb?: WriteCallback) => boolean
  res.write = ((chunk: unknown, encoding?: unknown, cb?: WriteCallback) => {
    const buffer = toBuffer(chunk, encoding)
    if (buffer) chunks.push(buffer)
    return write(chunk, encoding, cb)
  }) as ServerResponse['write']
  const end = res.end.bind(res) as (chunk?: unknown, encoding?: unknown, cb?: () => void) => ServerResponse
  res.end = ((chunk?: unknown, encoding?: unknown, cb?: () => void) => {
    const buffer = toBuffer(chunk, encoding)
    if (buffer) chunks.push(buffer)
    return end(chunk, encoding, cb)
  }) as ServerResponse['end']
  res.once('finish', () => {
    const headers: OutgoingHttpHeaders = {}
    for (const [name, value] of Object.entries({ ...res.getHeaders(), ...headHeaders })) {
      if (!HOP_HEADERS.has(name) && name !== 'x-warta-cache') headers[name] = value
    }
    const etag = typeof headers.etag === 'string' ? headers.etag : undefined
    done({ status: res.statusCode, headers, body: Buffer.concat(chunks), etag })
  })
}
