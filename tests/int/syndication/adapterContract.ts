import { beforeEach, describe, expect, it } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { runSyndicationStep } from '@/syndication/runSyndicationStep'
import type { SyndicationAdapter, SyndicationItem } from '@/syndication/types'

import type { FakeClock } from '../../fakes/fakeClock'

import { createTestContext, drive } from './testContext'

/** What every fake platform exposes to the contract suite. */
export interface ContractFakeApi {
  /** Requests the platform fake(s) received. */
  remoteCalls(): number
  /** Writes that took effect on the platform (posts, metadata updates, webhook deliveries). */
  publishCount(): number
  /** Ids handed out by writes, with the request count at that write (1-based). */
  createdIds(): { id: string; requestIndex: number }[]
  /** One-shot failure at the write step that a retry can recover from. */
  failRetryable(): void
  /** One-shot failure that no retry can fix (bad token, rejected input…). */
  failPermanent(): void
  /**
   * Arms the platform's known misbehaviour (issue 13): e.g. Instagram's 400 that published
   * anyway plus intermittent 100/33 reads, YouTube's quota wait, a portal cache that lags.
   */
  misbehave(): void
  reset(): void
}

export interface ContractOptions {
  name: string
  makeAdapter(): SyndicationAdapter
  fakeApi(): ContractFakeApi
  clock(): FakeClock
  sampleItem(): SyndicationItem
  /** An item this channel must reject in validate(). */
  invalidItem(): SyndicationItem
  expectUrl?: RegExp
  /** Called after publishing and before the contract runs `remove` (e.g. unpublish the page). */
  beforeRemove?(item: SyndicationItem): void
}

const INDONESIAN = /\b(tidak|gagal|belum|perlu|ditolak|kedaluwarsa|izin|sementara|akan|wajib|periksa|coba)\b/i

/** The same cases for every adapter (style.md §6.10). Channel specs add only their own. */
export function testSyndicationAdapter(options: ContractOptions) {
  describe(`adapter contract: ${options.name}`, () => {
    const env = () => {
      const clock = options.clock()
      const fake = options.fakeApi()
      const { ctx, store } = createTestContext({ clock, remoteCalls: fake.remoteCalls })
      return { clock, fake, ctx, store }
    }

    beforeEach(() => options.fakeApi().reset())

    it('validate accepts the sample item', () => {
      expect(options.makeAdapter().validate(options.sampleItem())).toEqual([])
    })

    it('validate rejects bad input in Indonesian before any remote call', async () => {
      const adapter = options.makeAdapter()
      const { fake, ctx } = env()
      const problems = adapter.validate(options.invalidItem())
      expect(problems.length).toBeGreaterThan(0)
      for (const problem of problems) expect(problem).toMatch(/[a-z]/i)
      const before = fake.remoteCalls()
      const outcome = await runSyndicationStep({
        adapter,
        operation: 'publish',
        item: options.invalidItem(),
        checkpoint: null,
        ctx,
      })
      expect(outcome).toEqual({ kind: 'invalid', problems })
      expect(fake.remoteCalls()).toBe(before)
    })

    it('publishes once and returns the remote id and public URL', async () => {
      const e = env()
      const { outcome } = await drive(options.makeAdapter(), options.sampleItem(), e)
      expect(outcome.kind).toBe('done')
      if (outcome.kind !== 'done') return
      expect(outcome.result.externalId).toBeTruthy()
      expect(outcome.result.url).toMatch(options.expectUrl ?? /^https?:\/\//)
      expect(Number.isNaN(Date.parse(outcome.result.syndicatedAt))).toBe(false)
      expect(e.fake.publishCount()).toBe(1)
    })

    it('saves every remote id before the next remote call', async () => {
      const e = env()
      await drive(options.makeAdapter(), options.sampleItem(), e)
      const created = e.fake.createdIds()
      expect(created.length).toBeGreaterThan(0)
      for (const { id, requestIndex } of created) {
        const save = e.store.saves.find(
          (s) => s.remoteCallsAtSave >= requestIndex && JSON.stringify(s.checkpoint).includes(id),
        )
        expect(save, `checkpoint with ${id}`).toBeDefined()
        expect(save?.remoteCallsAtSave, `saved ${id} before the next call`).toBe(requestIndex)
      }
    })

    it('reports a retryable failure as retryable, and the retry does not double-post', async () => {
      const e = env()
      const adapter = options.makeAdapter()
      e.fake.failRetryable()
      const error = await drive(adapter, options.sampleItem(), e).then(
        () => undefined,
        (err: unknown) => err,
      )
      expect(error).toBeInstanceOf(SyndicationError)
      const syndicationError = error as SyndicationError
      expect(syndicationError.retryable).toBe(true)
      expect(syndicationError.channel).toBe(adapter.channel)
      expect(syndicationError.message.startsWith(`[syndication] [${adapter.channel}] `)).toBe(true)
      // The job retries later from the persisted checkpoint.
      e.clock.advance(syndicationError.retryAfterMs ?? 1000)
      const { outcome } = await drive(adapter, options.sampleItem(), e)
      expect(outcome.kind).toBe('done')
      expect(e.fake.publishCount()).toBe(1)
    })

    it("survives the platform's known misbehaviour with exactly one write", async () => {
      const e = env()
      const adapter = options.makeAdapter()
      e.fake.misbehave()
      let done = false
      for (let attempt = 0; attempt < 10 && !done; attempt += 1) {
        try {
          const { outcome } = await drive(adapter, options.sampleItem(), e)
          expect(outcome.kind).toBe('done')
          done = true
        } catch (error) {
          // The job queue retries retryable errors after their hint; anything else is a bug.
          if (!(error instanceof SyndicationError) || !error.retryable) throw error
          e.clock.advance(error.retryAfterMs ?? 60_000)
        }
      }
      expect(done).toBe(true)
      expect(e.fake.publishCount()).toBe(1)
    })

    it('reports a permanent failure as non-retryable with an Indonesian userMessage', async () => {
      const e = env()
      const adapter = options.makeAdapter()
      e.fake.failPermanent()
      const error = await drive(adapter, options.sampleItem(), e).then(
        () => undefined,
        (err: unknown) => err,
      )
      expect(error).toBeInstanceOf(SyndicationError)
      const syndicationError = error as SyndicationError
      expect(syndicationError.retryable).toBe(false)
      expect(syndicationError.userMessage).toMatch(INDONESIAN)
      expect(syndicationError.userMessage).not.toBe(syndicationError.message)
      expect(e.fake.publishCount()).toBe(0)
    })

    it('handles corrections and retractions, or names the manual action in Indonesian', async () => {
      const adapter = options.makeAdapter()
      for (const operation of ['update', 'remove'] as const) {
        const e = env()
        const method = operation === 'update' ? adapter.update : adapter.remove
        if (method) {
          await drive(adapter, options.sampleItem(), e)
          if (operation === 'remove') options.beforeRemove?.(options.sampleItem())
          const fresh = createTestContext({ clock: e.clock, remoteCalls: e.fake.remoteCalls })
          const { outcome } = await drive(adapter, options.sampleItem(), { ...fresh, clock: e.clock }, { operation })
          expect(outcome.kind).toBe('done')
        } else {
          const before = e.fake.remoteCalls()
          const outcome = await runSyndicationStep({
            adapter,
            operation,
            item: options.sampleItem(),
            checkpoint: null,
            ctx: e.ctx,
          })
          expect(outcome.kind).toBe('manual')
          if (outcome.kind === 'manual') expect(outcome.reason).toMatch(INDONESIAN)
          expect(e.fake.remoteCalls()).toBe(before)
        }
      }
    })
  })
}
