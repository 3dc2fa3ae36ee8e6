import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it } from 'vitest'

import type { RestCall } from '../helpers/rest'
import type { SyndicationHarness } from '../helpers/syndication'

import { createUnit, createUser } from '../helpers/fixtures'
import { checkChannelTokens } from '@/syndication/wiring/channelTokens'
import { loadChannelSettings } from '@/syndication/wiring/loadChannelSettings'

import { restClient, tokenFor } from '../helpers/rest'
import { createCover, runJobsUntilIdle, startSyndicationHarness } from '../helpers/syndication'
import { allRecords, armFailures, publishLoad } from '../helpers/syndicationLoad'
import { describeWithDatabase } from '../helpers/testDatabase'

/** Item count: SYNDICATION_FAULT_ITEMS (default 40; 200 for the full figures in docs/syndication.md). */
const ITEMS = Number(process.env.SYNDICATION_FAULT_ITEMS) || 40
const FAILURE_RATE = 0.2
/**
 * The run's time budget grows with the item count: creating an item and driving its three records
 * through the injected failures took up to ~1.5 s per item on a loaded 2-CPU machine (200 items:
 * ~95 s creating, >90 s running). A fixed 180 s (with a 200-item default) timed out there.
 */
const BUDGET_MS = Number(process.env.SYNDICATION_FAULT_TIMEOUT_MS) || 120_000 + ITEMS * 3_000

describeWithDatabase(`fault injection: ${ITEMS} items × 3 channels, ${FAILURE_RATE * 100}% failures of every kind`, () => {
  let h: SyndicationHarness
  let payload: Payload
  let rest: RestCall

  beforeAll(async () => {
    h = await startSyndicationHarness('synd-faults', { WARTA_SYNDICATION_MAX_ATTEMPTS: '12' })
    payload = h.payload
    rest = await restClient()
  })
  afterAll(async () => {
    await h?.stopAll()
  })

  it('every item ends succeeded on every channel, posted exactly once', { timeout: BUDGET_MS }, async () => {
    const started = Date.now()
    // Each round may use what is left of the budget, minus a margin to report what is still pending.
    const remaining = () => Math.max(10_000, started + BUDGET_MS - 10_000 - Date.now())
    const admin = await createUser(payload, ['admin'])
    const token = await tokenFor(payload, admin)
    const unit = await createUnit(payload)
    const cover = (await createCover(payload)).id
    // Instagram allows ~50 posts per 24 h per account; a load test raises the fake's quota.
    h.fakes.instagram.setQuotaTotal(10_000)
    // YouTube's 10,000 units a day cover ~99 items (list 1 + update 50 + thumbnail 50 each).
    h.fakes.youtube.setDailyQuota(10_000_000)
    const items = await publishLoad(payload, h.fakes, unit.id, cover, ITEMS, admin)
    // At least one failure of every kind, whatever the item count (40 items alone would leave the
    // last kinds, the portal webhook's, unarmed).
    const armed = armFailures(h.fakes, Math.round(ITEMS * 3 * FAILURE_RATE), { everyKind: true })
    // Issue 13: 3 % of every Instagram read answers the intermittent 100/33 (seeded, repeatable),
    // children take time, and the token is renewed while the queue runs.
    let seed = 13
    h.fakes.instagram.setReadFlakiness(0.03, () => ((seed = (seed * 16807) % 2147483647) / 2147483647))
    h.fakes.instagram.setChildProcessingDelay(200)
    const oldToken = (await loadChannelSettings(payload)).instagram?.accessToken as string
    h.fakes.instagram.backdateToken(oldToken, Date.now() - 2 * 24 * 60 * 60_000)
    const refresh = new Promise((resolve) => setTimeout(resolve, 1500)).then(async () => {
      const expiresAt = Date.parse((await loadChannelSettings(payload)).instagram?.tokenExpiresAt as string)
      return checkChannelTokens(payload, { now: expiresAt - 10 * 24 * 60 * 60_000 })
    })

    let retried = 0
    for (let round = 0; round < 6; round++) {
      await runJobsUntilIdle(payload, { timeoutMs: remaining() })
      if (round === 0) expect(await refresh).toMatchObject({ instagram: 'refreshed' })
      const failed = (await allRecords(payload)).filter((r) => r.state === 'failed')
      if (failed.length === 0) break
      for (const record of failed) {
        // The admin's "Coba lagi" button.
        expect((await rest('POST', `/syndications/${record.id}/retry`, { token })).status).toBe(200)
        retried += 1
      }
    }
    const records = await allRecords(payload)
    expect(records).toHaveLength(ITEMS * 3)
    expect(records.filter((r) => r.state !== 'succeeded').map((r) => `${r.channel}: ${r.state} ${r.lastError}`)).toEqual([])

    // Instagram: one post per item, each record's media id distinct and in the fake's publish log.
    const ig = records.filter((r) => r.channel === 'instagram')
    expect(h.fakes.instagram.publishLog).toHaveLength(ITEMS)
    expect(new Set(ig.map((r) => r.remoteId)).size).toBe(ITEMS)
    expect(new Set(h.fakes.instagram.publishLog.map((p) => p.mediaId))).toEqual(new Set(ig.map((r) => r.remoteId)))
    // YouTube: every video carries the item link (updates are idempotent).
    for (const record of records.filter((r) => r.channel === 'youtube')) {
      const video = h.fakes.youtube.videos.get(record.remoteId as string) as unknown as { snippet: { description: string } }
      expect(video.snippet.description.match(/Selengkapnya:/g)).toHaveLength(1)
    }
    // Portal webhook: one delivery id per item (receivers dedupe on it; commit-then-drop resends it).
    // The renewed token was used after the refresh.
    const newToken = (await loadChannelSettings(payload)).instagram?.accessToken as string
    expect(newToken).not.toBe(oldToken)
    const usedNew = h.fakes.instagram.requests.filter((r) => r.params.access_token === newToken).length
    const deliveryIds = h.fakes.portal.deliveries.map((d) => d.deliveryId)
    expect(new Set(deliveryIds).size).toBe(ITEMS)
    expect(items).toHaveLength(ITEMS)

    const seconds = (Date.now() - started) / 1000
    const attempts = records.reduce((sum, r) => sum + (r.attempts ?? 0), 0)
    console.log(
      `[faults] ${ITEMS} items × 3 channels in ${seconds.toFixed(1)} s; armed ${JSON.stringify(armed)}; ` +
        `retryable attempts ${attempts}; manual retries ${retried}; IG posts ${h.fakes.instagram.publishLog.length}; ` +
        `webhook deliveries ${deliveryIds.length} (${new Set(deliveryIds).size} distinct); ` +
        `IG requests ${h.fakes.instagram.requests.length} (${usedNew} with the renewed token); IG publish calls ${h.fakes.instagram.count('publish')}`,
    )
  })
})
