import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { registerFleet, type Fleet } from '@/cache/fleetRegistry'

type Handler = {
  get: (key: string, ctx: unknown) => Promise<unknown>
  set: (key: string, data: unknown, ctx: unknown) => Promise<void>
  revalidateTag: (tags: string[], durations?: { expire?: number }) => Promise<void>
}
type HandlerClass = new (ctx: unknown) => Handler

const load = async (): Promise<HandlerClass> =>
  ((await import('../../../src/cache/nextCacheHandler.mjs' as string)) as { default: HandlerClass }).default

// What Next passes to a custom cache handler (next-server.js getIncrementalCache).
const nextContext = () => ({
  dev: false,
  fs: { ...fs.promises, existsSync: fs.existsSync, readFileSync: fs.readFileSync },
  flushToDisk: false,
  serverDistDir: fs.mkdtempSync(path.join(os.tmpdir(), 'warta-cache-handler-')),
  revalidatedTags: [],
  maxMemoryCacheSize: 10 * 1024 * 1024,
  _requestHeaders: {},
})

afterEach(() => registerFleet(null))

describe('nextCacheHandler.mjs (the cacheHandler Next loads at run time)', () => {
  it('without the fleet delegates to Next’s own cache: a fetch entry round-trips and its tag expires it', async () => {
    const Handler = await load()
    const handler = new Handler(nextContext())
    const data = { kind: 'FETCH', data: { headers: {}, body: 'e30=', status: 200, url: '' }, revalidate: false, tags: ['uji-lokal'] }
    await handler.set('kunci-lokal', data, { fetchCache: true, tags: ['uji-lokal'] })
    expect(await handler.get('kunci-lokal', { kind: 'FETCH', tags: ['uji-lokal'] })).toMatchObject({ value: { kind: 'FETCH' } })
    await new Promise((resolve) => setTimeout(resolve, 5))
    await handler.revalidateTag(['uji-lokal'])
    expect(await handler.get('kunci-lokal', { kind: 'FETCH', tags: ['uji-lokal'] })).toBeNull()
  })

  it('with the fleet registered uses the shared cache', async () => {
    const calls: string[] = []
    registerFleet({
      nextCache: {
        get: async (key: string) => (calls.push(`get ${key}`), { value: 'bersama' }),
        set: async (key: string) => void calls.push(`set ${key}`),
        revalidateTag: async (tags: string[]) => void calls.push(`tags ${String(tags)}`),
      },
    } as unknown as Fleet)
    const Handler = await load()
    const handler = new Handler(nextContext())
    await handler.set('k', { kind: 'FETCH' }, {})
    expect(await handler.get('k', {})).toEqual({ value: 'bersama' })
    await handler.revalidateTag(['news-lists'])
    expect(calls).toEqual(['set k', 'get k', 'tags news-lists'])
  })
})
