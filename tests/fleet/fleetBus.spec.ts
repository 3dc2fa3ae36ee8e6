import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { FleetChange } from '@/cache/fleetRegistry'

import { startFleet } from '@/cache/startFleet'

import { type Proc, REDIS_PORT, startRedis, stopAll } from './cluster'

/**
 * The fleet connection on a real redis-server, without Next: three "processes" in one test (two
 * web instances that apply changes, one worker that only announces). Separate prefixes per run.
 */
const quiet = { info: () => {}, warn: () => {} }
let redis: Proc
const fleets: Awaited<ReturnType<typeof startFleet>>[] = []

beforeAll(async () => {
  redis = await startRedis()
}, 30_000)

afterAll(async () => {
  for (const fleet of fleets) await fleet.close()
  await stopAll()
})

const connect = async (prefix: string, onChange?: (change: FleetChange) => void) => {
  const fleet = await startFleet({ url: `redis://127.0.0.1:${REDIS_PORT}`, prefix, log: quiet, onChange })
  fleets.push(fleet)
  return fleet
}

describe('fleet bus on Redis', () => {
  it('an announcement resolves only after every web instance applied it (even a slow one)', async () => {
    expect(redis.child.exitCode).toBeNull()
    const prefix = `bus-${Date.now()}:`
    const applied: string[] = []
    await connect(prefix, (change) => applied.push(`a:${change.retracted?.join()}`))
    await connect(prefix, (change) => {
      // A busy instance: its event loop is blocked for 80 ms before it can apply the change.
      const until = Date.now() + 80
      while (Date.now() < until);
      applied.push(`b:${change.retracted?.join()}`)
    })
    const worker = await connect(prefix)
    await worker.announce({ tags: ['news-lists'], retracted: ['berita-dicabut'] })
    expect(applied.sort()).toEqual(['a:berita-dicabut', 'b:berita-dicabut'])
  })

  it('a tag expired by the worker hides the shared cache entry on every instance', async () => {
    const prefix = `cache-${Date.now()}:`
    const a = await connect(prefix, () => {})
    const b = await connect(prefix, () => {})
    const worker = await connect(prefix)
    await a.nextCache.set('portal-latest', { kind: 'FETCH', data: { body: '[]' }, revalidate: false }, { tags: ['news-lists'] })
    await new Promise((resolve) => setTimeout(resolve, 1600))
    expect(await b.nextCache.get('portal-latest', { tags: ['news-lists'] })).not.toBeNull()
    await worker.announce({ tags: ['news-lists'] })
    expect(await b.nextCache.get('portal-latest', { tags: ['news-lists'] })).toBeNull()
    expect(await a.nextCache.get('portal-latest', { tags: ['news-lists'] })).toBeNull()
  }, 15_000)

  it('shares the last job-runner tick for the health check', async () => {
    const prefix = `tick-${Date.now()}:`
    const a = await connect(prefix, () => {})
    const worker = await connect(prefix)
    const at = new Date('2026-12-02T10:00:00.000Z')
    await worker.recordJobRun(at)
    expect((await a.lastJobRun())?.toISOString()).toBe(at.toISOString())
    await a.ping()
  })
})
