import type { IncomingMessage } from 'node:http'

// Staff sessions and draft mode must always reach Next.js (their pages are private).
const SESSION_OR_DRAFT_COOKIE = /(?:^|;\s*)(?:payload-token|__prerender_bypass|__next_preview_data)=/
// Client-side navigations ask for RSC payloads under the same URL.
const ROUTER_HEADERS = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action']

/** A staff session, draft mode or an Authorization header: the answer is private to the requester. */
export const isPersonalRequest = (req: IncomingMessage): boolean =>
  SESSION_OR_DRAFT_COOKIE.test(req.headers.cookie ?? '') || Boolean(req.headers.authorization)

/** Next's client router asking for an RSC payload (or a server action), not a document. */
export const isClientRouterRequest = (req: IncomingMessage): boolean =>
  ROUTER_HEADERS.some((name) => req.headers[name] !== undefined) || (req.url ?? '').includes('_rsc=')
