import { verifyWebhookSignature } from '@/syndication/portal/verifyWebhookSignature'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock, type FakeClock } from './fakeClock'
import { failureSwitch, type FailureOptions } from './failureSwitch'
import { dropConnection, startHttpServer, type RecordedRequest } from './http'

export interface PortalHookFailure {
  status?: number
  headers?: Record<string, string>
  mode?: 'error' | 'drop' | 'commit-then-drop'
}

export interface ReceivedDelivery {
  hook: string
  deliveryId: string
  event: string
  body: string
  signatureValid: boolean
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A tiny public portal (news pages) plus webhook receivers (`/hooks/:name`), for the portal
 * adapter's live check and signed deliveries. `revalidate` is the adapter dependency: it makes
 * the page show the item, optionally after a few stale answers (cache lag).
 */
export async function startPortalFake(options: { clock?: FakeClock } = {}) {
  const clock = options.clock ?? createFakeClock()
  const pages = new Map<string, { status: number; html: string; staleFor: number }>()
  const secrets = new Map<string, string>()
  const deliveries: ReceivedDelivery[] = []
  const requests: RecordedRequest[] = []
  const failures = failureSwitch<string, PortalHookFailure>()
  const revalidations: string[] = []
  const state = { staleAnswers: 0, retracted: new Set<string>() }

  const server = await startHttpServer((req, res, body, url) => {
    const hook = url.pathname.match(/^\/hooks\/([\w-]+)$/)?.[1]
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      route: hook ? `hook:${hook}` : 'page',
      params: Object.fromEntries(url.searchParams),
      headers: req.headers,
      bodyBytes: body.length,
      at: clock.now(),
    }
    requests.push(record)
    if (hook && req.method === 'POST') {
      const failure = failures.take(hook)
      if (failure?.mode === 'drop') return dropConnection(res)
      if (failure && failure.mode !== 'commit-then-drop') {
        res.writeHead(failure.status ?? 503, { 'content-type': 'text/plain', ...failure.headers })
        return res.end('failure')
      }
      const text = body.toString('utf8')
      const secret = secrets.get(hook)
      const delivery: ReceivedDelivery = {
        hook,
        deliveryId: String(req.headers['x-warta-delivery'] ?? ''),
        event: String(req.headers['x-warta-event'] ?? ''),
        body: text,
        signatureValid: secret
          ? verifyWebhookSignature(
              text,
              secret,
              {
                timestamp: String(req.headers['x-warta-timestamp'] ?? ''),
                signature: String(req.headers['x-warta-signature'] ?? ''),
              },
              { nowSec: Math.floor(clock.now() / 1000) },
            )
          : true,
      }
      if (secret && !delivery.signatureValid) {
        res.writeHead(401, { 'content-type': 'text/plain' })
        return res.end('bad signature')
      }
      deliveries.push(delivery)
      record.createdId = delivery.deliveryId
      if (failure?.mode === 'commit-then-drop') return dropConnection(res)
      res.writeHead(202, { 'content-type': 'application/json' })
      return res.end(JSON.stringify({ received: delivery.deliveryId }))
    }
    const page = pages.get(url.pathname)
    if (!page || state.retracted.has(url.pathname)) {
      res.writeHead(404, { 'content-type': 'text/html' })
      return res.end('<h1>Halaman tidak ditemukan</h1>')
    }
    if (page.staleFor > 0) {
      page.staleFor -= 1
      res.writeHead(200, { 'content-type': 'text/html' })
      return res.end('<h1>Versi lama</h1>')
    }
    res.writeHead(page.status, { 'content-type': 'text/html; charset=utf-8' })
    res.end(page.html)
  })

  return {
    url: server.url,
    clock,
    pages,
    deliveries,
    requests,
    revalidations,
    hookUrl: (name: string, secret?: string) => {
      if (secret) secrets.set(name, secret)
      return `${server.url}/hooks/${name}`
    },
    /** Adapter dependency: "revalidating" renders the item's page (after `staleAnswers` stale hits). */
    revalidate: async (item: SyndicationItem) => {
      const path = new URL(item.canonicalUrl).pathname
      revalidations.push(path)
      pages.set(path, {
        status: 200,
        html: `<!doctype html><title>${escapeHtml(item.title)}</title><h1>${escapeHtml(item.title)}</h1>`,
        staleFor: state.staleAnswers,
      })
    },
    /** The next revalidated page answers stale HTML this many times first. */
    setStaleAnswers(count: number) {
      state.staleAnswers = count
    },
    retract(path: string) {
      state.retracted.add(path)
    },
    failHook(name: string, failure: PortalHookFailure, opts?: FailureOptions) {
      failures.fail(name, failure, opts)
    },
    reset() {
      pages.clear()
      deliveries.length = 0
      requests.length = 0
      revalidations.length = 0
      failures.clear()
      state.staleAnswers = 0
      state.retracted.clear()
    },
    close: () => server.close(),
  }
}

export type PortalFake = Awaited<ReturnType<typeof startPortalFake>>
