import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { portalAdapter } from '@/syndication/portal'
import { signWebhook } from '@/syndication/portal/signWebhook'
import type { PortalAdapterOptions } from '@/syndication/portal/types'
import { verifyWebhookSignature } from '@/syndication/portal/verifyWebhookSignature'
import type { SyndicationItem } from '@/syndication/types'

import { createFakeClock } from '../../fakes/fakeClock'
import { startPortalFake, type PortalFake } from '../../fakes/portalFake'

import { testSyndicationAdapter } from './adapterContract'
import { sampleItem } from './fixtures'
import { createTestContext, drive } from './testContext'

const clock = createFakeClock(Date.parse('2026-03-01T01:00:00Z'))
let portal: PortalFake

beforeAll(async () => {
  portal = await startPortalFake({ clock })
})
afterAll(async () => {
  await portal?.close()
})

const adapter = (extra: Partial<PortalAdapterOptions> = {}) =>
  portalAdapter({
    revalidate: portal.revalidate,
    webhooks: [
      { url: portal.hookUrl('aplikasi', 'rahasia-1'), secret: 'rahasia-1' },
      { url: portal.hookUrl('kominfo', 'rahasia-2'), secret: 'rahasia-2' },
    ],
    ...extra,
  })
const item = (extra: Partial<SyndicationItem> = {}) =>
  sampleItem({
    canonicalUrl: `${portal.url}/berita/taman-kota-diresmikan`,
    title: 'Wali Kota Resmikan Taman "Kota" & Alun-alun',
    ...extra,
  })
const env = () => ({ clock, ...createTestContext({ clock, remoteCalls: () => portal.requests.length }) })
const perHookMax = () => {
  const counts = new Map<string, number>()
  for (const d of portal.deliveries) counts.set(d.hook, (counts.get(d.hook) ?? 0) + 1)
  return Math.max(0, ...counts.values())
}

testSyndicationAdapter({
  name: 'portal',
  makeAdapter: () => adapter(),
  clock: () => clock,
  sampleItem: () => item(),
  invalidItem: () => item({ canonicalUrl: 'berita/tanpa-host', title: ' ' }),
  beforeRemove: (i) => portal.retract(new URL(i.canonicalUrl).pathname),
  fakeApi: () => ({
    remoteCalls: () => portal.requests.length,
    // Every endpoint must receive a given event exactly once.
    publishCount: perHookMax,
    createdIds: () =>
      portal.requests.flatMap((r, index) => (r.createdId ? [{ id: r.createdId, requestIndex: index + 1 }] : [])),
    failRetryable: () => portal.failHook('kominfo', { status: 503 }, { times: 3 }),
    failPermanent: () => portal.failHook('aplikasi', { status: 410 }),
    misbehave: () => {
      // The CDN serves the old page for a while; a receiver answers 502 once.
      portal.setStaleAnswers(3)
      portal.failHook('kominfo', { status: 502 })
    },
    reset: () => portal.reset(),
  }),
})

describe('portal adapter', () => {
  beforeEach(() => portal.reset())

  it('revalidates, waits out cache lag, then delivers signed webhooks', async () => {
    portal.setStaleAnswers(3)
    const e = env()
    const { outcome } = await drive(adapter(), item(), e)
    expect(outcome.kind).toBe('done')
    expect(portal.revalidations).toEqual(['/berita/taman-kota-diresmikan'])
    expect(portal.requests.filter((r) => r.route === 'page')).toHaveLength(4)
    expect(portal.deliveries.map((d) => [d.hook, d.event, d.signatureValid])).toEqual([
      ['aplikasi', 'news.published', true],
      ['kominfo', 'news.published', true],
    ])
    const body = JSON.parse(portal.deliveries[0].body) as { deliveryId: string; item: { url: string; title: string } }
    expect(body.deliveryId).toBe('42:v7:news.published')
    expect(body.item).toMatchObject({ url: item().canonicalUrl, title: item().title })
  })

  it('gives up the live check after bounded attempts with a retryable error', async () => {
    const e = env()
    const error = await drive(adapter({ revalidate: async () => undefined }), item(), e).catch((err: unknown) => err)
    expect(error).toBeInstanceOf(SyndicationError)
    expect(error).toMatchObject({ retryable: true, code: 'portal:live-check' })
    expect(portal.requests.filter((r) => r.route === 'page')).toHaveLength(6)
    expect(portal.deliveries).toHaveLength(0)
  })

  it('retries a webhook on 5xx and on a dropped connection within the step', async () => {
    portal.failHook('aplikasi', { status: 502 })
    portal.failHook('kominfo', { mode: 'drop' })
    const { outcome } = await drive(adapter(), item(), env())
    expect(outcome.kind).toBe('done')
    expect(portal.deliveries).toHaveLength(2)
  })

  it('a retry does not re-send to an endpoint that already answered 2xx', async () => {
    portal.failHook('kominfo', { status: 503 }, { times: 3 })
    const e = env()
    await drive(adapter(), item(), e).catch(() => undefined)
    expect(portal.deliveries.map((d) => d.hook)).toEqual(['aplikasi'])
    await drive(adapter(), item(), e)
    expect(portal.deliveries.map((d) => d.hook)).toEqual(['aplikasi', 'kominfo'])
    expect(portal.revalidations).toHaveLength(1)
  })

  it('a rejected delivery (4xx) is permanent with an Indonesian message', async () => {
    portal.failHook('aplikasi', { status: 400 })
    const error = (await drive(adapter(), item(), env()).catch((err: unknown) => err)) as SyndicationError
    expect(error).toMatchObject({ retryable: false, code: 'portal:webhook-rejected', httpStatus: 400 })
    expect(error.userMessage).toContain('menolak kiriman')
  })

  it('sends news.updated on update and news.retracted on remove (page must be gone)', async () => {
    await drive(adapter(), item(), env())
    await drive(adapter(), item({ versionId: 'v8' }), env(), { operation: 'update' })
    portal.retract('/berita/taman-kota-diresmikan')
    const { outcome } = await drive(adapter(), item({ versionId: 'v8' }), env(), { operation: 'remove' })
    expect(outcome.kind).toBe('done')
    expect(portal.deliveries.map((d) => d.deliveryId)).toEqual([
      '42:v7:news.published',
      '42:v7:news.published',
      '42:v8:news.updated',
      '42:v8:news.updated',
      '42:v8:news.retracted',
      '42:v8:news.retracted',
    ])
  })

  it('live check can be turned off; no webhooks is fine', async () => {
    const { outcome } = await drive(
      adapter({ liveCheck: false, webhooks: [], revalidate: async () => undefined }),
      item(),
      env(),
    )
    expect(outcome.kind).toBe('done')
    expect(portal.requests).toHaveLength(0)
  })

  it('signatures: HMAC-SHA256 over "timestamp.body", verified in constant time with a replay window', () => {
    const headers = signWebhook('{"a":1}', 'k', 1_767_225_600)
    expect(headers['X-Warta-Signature']).toMatch(/^sha256=[0-9a-f]{64}$/)
    const check = (body: string, nowSec: number) =>
      verifyWebhookSignature(
        body,
        'k',
        { timestamp: headers['X-Warta-Timestamp'], signature: headers['X-Warta-Signature'] },
        { nowSec },
      )
    expect(check('{"a":1}', 1_767_225_600)).toBe(true)
    expect(check('{"a":2}', 1_767_225_600)).toBe(false)
    expect(check('{"a":1}', 1_767_225_600 + 301)).toBe(false)
  })

  it('validates before any call', () => {
    expect(adapter().validate(item({ canonicalUrl: 'ftp://x/y' }))).toEqual([
      'Tautan berita (canonical URL) harus http(s).',
    ])
    expect(adapter().validate(item({ publishedAt: 'kemarin' }))).toEqual(['Tanggal terbit berita tidak valid.'])
  })
})
