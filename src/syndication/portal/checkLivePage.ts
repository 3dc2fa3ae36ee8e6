import { backoff } from '@/utilities/backoff'

import { SyndicationError } from '../errors'
import type { AdapterContext, SyndicationItem } from '../types'

import type { PortalAdapterOptions } from './types'

const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')

/**
 * Asks the public URL until it shows the item (200 + title in the HTML) or, for a retraction,
 * until it no longer does (404/410 or title gone). Bounded short backoff: caches may lag a bit.
 */
export async function checkLivePage(
  item: SyndicationItem,
  expect: 'present' | 'absent',
  options: PortalAdapterOptions,
  ctx: AdapterContext,
): Promise<void> {
  const settings = options.liveCheck || {}
  const attempts = settings.attempts ?? 6
  const url = options.checkUrl?.(item) ?? item.canonicalUrl
  const fetchImpl = ctx.fetch ?? globalThis.fetch
  const sleep = ctx.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const variants = [item.title, escapeHtml(item.title), escapeHtml(item.title).replace(/&#x27;/g, '&#39;')]
  let last = ''
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      const response = await fetchImpl(url, {
        headers: { 'cache-control': 'no-cache' },
        signal: AbortSignal.timeout(settings.timeoutMs ?? 10_000),
      })
      const html = await response.text()
      const shows = response.status === 200 && variants.some((variant) => html.includes(variant))
      if (expect === 'present' ? shows : !shows) return
      last = response.status === 200 ? 'judul belum tampil' : `HTTP ${response.status}`
    } catch (cause) {
      last = cause instanceof Error ? cause.message : String(cause)
    }
    if (attempt < attempts - 1)
      await sleep(
        backoff({ attempt, baseMs: settings.initialDelayMs ?? 250, maxMs: settings.maxDelayMs ?? 4000, jitterMs: 100 }),
      )
  }
  throw new SyndicationError('portal', `live check of ${url} failed after ${attempts} attempts (${last})`, {
    retryable: true,
    code: 'portal:live-check',
    userMessage:
      expect === 'present'
        ? `Halaman berita belum tampil di portal (${last}); sistem akan memeriksa lagi.`
        : `Halaman berita masih tampil di portal setelah pencabutan (${last}); sistem akan memeriksa lagi.`,
  })
}
