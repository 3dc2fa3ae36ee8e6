import { describe, expect, it } from 'vitest'

import { createRedisNextCache, type NextCacheRedis } from '@/cache/redisNextCache'

/** The five Redis commands the cache uses, in memory. */
const fakeRedis = (): NextCacheRedis & { keys: () => string[] } => {
  const strings = new Map<string, string>()
  const hashes = new Map<string, Map<string, string>>()
  return {
    keys: () => [...strings.keys()],
    get: async (key) => strings.get(key) ?? null,
    set: async (key, value) => strings.set(key, value),
    del: async (key) => Number(strings.delete(key)),
    hSet: async (key, field, value) => {
      hashes.set(key, (hashes.get(key) ?? new Map()).set(field, value))
      return 1
    },
    hmGet: async (key, fields) => fields.map((field) => hashes.get(key)?.get(field) ?? null),
  }
}

const page = (tags: string) => ({
  kind: 'APP_PAGE',
  html: '<p>halo</p>',
  rscData: Buffer.from('rsc-bytes'),
  segmentData: new Map([['/_index', Buffer.from('segment')]]),
  headers: { 'x-next-cache-tags': tags },
  status: 200,
})

describe('createRedisNextCache', () => {
  it('round-trips page entries with their buffers and segment map', async () => {
    let clock = 1_000_000
    const cache = createRedisNextCache(fakeRedis(), { prefix: 't:', now: () => clock })
    await cache.set('/berita/a', page('news-item:a,news-lists'), {})
    clock += 10
    const hit = (await cache.get('/berita/a', {})) as { value: ReturnType<typeof page>; lastModified: number }
    expect(hit.lastModified).toBe(1_000_000)
    expect(Buffer.isBuffer(hit.value.rscData)).toBe(true)
    expect(hit.value.rscData.toString()).toBe('rsc-bytes')
    expect(hit.value.segmentData.get('/_index')?.toString()).toBe('segment')
  })

  it('a tag expired by another instance hides the entry on every instance', async () => {
    let clock = 1_000_000
    const redis = fakeRedis()
    const instanceA = createRedisNextCache(redis, { prefix: 't:', now: () => clock })
    const instanceB = createRedisNextCache(redis, { prefix: 't:', now: () => clock })
    await instanceB.set('data-key', { kind: 'FETCH', data: { body: 'lama' } }, { tags: ['news-lists'] })
    clock += 5000
    expect(await instanceB.get('data-key', { tags: ['news-lists'] })).not.toBeNull()
    await instanceA.revalidateTag(['news-lists'], { expire: 0 })
    expect(await instanceB.get('data-key', { tags: ['news-lists'] })).toBeNull()
    // Entries stored later than the expiry are fresh again (after the quarantine).
    clock += 2000
    await instanceB.set('data-key', { kind: 'FETCH', data: { body: 'baru' } }, { tags: ['news-lists'] })
    clock += 1
    expect(await instanceB.get('data-key', { tags: ['news-lists'] })).toMatchObject({ value: { data: { body: 'baru' } } })
  })

  it('a render that missed before an expiry and finished after it is never served (stamped with its miss)', async () => {
    let clock = 1_000_000
    const cache = createRedisNextCache(fakeRedis(), { prefix: 't:', now: () => clock })
    expect(await cache.get('/', {})).toBeNull() // the render starts and reads the database
    clock += 300
    await cache.revalidateTag('news-lists', { expire: 0 }) // a publish lands meanwhile
    clock += 300
    await cache.set('/', page('news-lists'), {})
    clock += 1
    expect(await cache.get('/', {})).toBeNull()
    // The next render (missed after the publish) is kept at once: no quarantine after expiries.
    clock += 5
    await cache.set('/', page('news-lists'), {})
    expect(await cache.get('/', {})).not.toBeNull()
  })

  it('a render that missed after an expiry is cached at once', async () => {
    let clock = 1_000_000
    const cache = createRedisNextCache(fakeRedis(), { prefix: 't:', now: () => clock, quarantineMs: 1500 })
    await cache.revalidateTag('news-lists', { expire: 0 })
    clock += 100
    expect(await cache.get('/', {})).toBeNull()
    clock += 100
    await cache.set('/', page('news-lists'), {})
    clock += 1
    expect(await cache.get('/', {})).not.toBeNull()
  })

  it('keeps at most 5,000 pending misses: the oldest falls back to the quarantine', async () => {
    let clock = 1_000_000
    const cache = createRedisNextCache(fakeRedis(), { prefix: 't:', now: () => clock, quarantineMs: 1500 })
    await cache.revalidateTag('news-lists', { expire: 0 })
    clock += 100
    await cache.get('/', {})
    for (let i = 0; i < 5000; i++) await cache.get(`/berita/tidak-ada-${i}`, {})
    await cache.set('/', page('news-lists'), {})
    expect(await cache.get('/', {})).toBeNull()
  })

  it('without a miss seen, does not store a result computed right after one of its tags expired (a render that read old data)', async () => {
    let clock = 1_000_000
    const redis = fakeRedis()
    const cache = createRedisNextCache(redis, { prefix: 't:', now: () => clock, quarantineMs: 1500 })
    await cache.revalidateTag('news-lists', { expire: 0 })
    clock += 200
    await cache.set('/', page('news-lists'), {})
    expect(await cache.get('/', {})).toBeNull()
    clock += 2000
    await cache.set('/', page('news-lists'), {})
    expect(await cache.get('/', {})).not.toBeNull()
  })

  it('soft (implicit path) tags from the request context also expire entries', async () => {
    let clock = 1_000_000
    const cache = createRedisNextCache(fakeRedis(), { prefix: 't:', now: () => clock })
    await cache.set('k', { kind: 'FETCH', data: {} }, { tags: ['a'] })
    clock += 5000
    await cache.revalidateTag('_N_T_/berita/x')
    expect(await cache.get('k', { tags: ['a'], softTags: ['_N_T_/berita/x'] })).toBeNull()
    expect(await cache.get('k', { tags: ['a'], softTags: ['_N_T_/lain'] })).not.toBeNull()
  })
})
