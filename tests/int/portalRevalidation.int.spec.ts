import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createCategory, createUnit, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

const calls: { tag: string; profile: unknown }[] = []
vi.mock('next/cache', () => ({
  revalidateTag: (tag: string, profile: unknown) => {
    calls.push({ tag, profile })
  },
}))

const TRUSTED = { skipSyndication: true, trusted: true }

describeWithDatabase('portal cache revalidation hooks', () => {
  let t: TestPayload
  let unitId: number
  beforeAll(async () => {
    t = await startPayload('portal-revalidation')
    unitId = (await createUnit(t.payload)).id
  })
  afterAll(async () => {
    await t?.stop()
  })
  beforeEach(() => {
    calls.length = 0
  })

  const tags = () => calls.map((c) => c.tag).sort()

  it('expires the lists and the article tag immediately when an item is published, not on a draft save', async () => {
    const draft = await t.payload.create({ collection: 'news', data: newsData(unitId, 'Draf Saja'), context: TRUSTED })
    expect(calls).toEqual([])
    await t.payload.update({
      collection: 'news',
      id: draft.id,
      context: TRUSTED,
      data: { workflowState: 'published', _status: 'published', publishedAt: new Date().toISOString() } as never,
    })
    expect(tags()).toEqual(['news-item:draf-saja', 'news-lists'])
    // `{ expire: 0 }`: the next request reads fresh data (no stale-while-revalidate window).
    expect(calls.every((c) => JSON.stringify(c.profile) === '{"expire":0}')).toBe(true)
  })

  it('expires both slugs when a live item changes slug, and on delete', async () => {
    const doc = await t.payload.create({
      collection: 'news',
      context: TRUSTED,
      data: { ...newsData(unitId, 'Slug Lama'), workflowState: 'published', _status: 'published' } as never,
    })
    calls.length = 0
    await t.payload.update({ collection: 'news', id: doc.id, data: { slug: 'slug-baru' }, context: TRUSTED })
    expect(tags()).toEqual(['news-item:slug-baru', 'news-item:slug-lama', 'news-lists'])
    calls.length = 0
    await t.payload.delete({ collection: 'news', id: doc.id, context: TRUSTED })
    expect(tags()).toEqual(['news-item:slug-baru', 'news-lists'])
  })

  it('expires taxonomy and lists on OPD or category changes, the site tag on site changes', async () => {
    await createCategory(t.payload)
    expect(tags()).toEqual(['news-lists', 'taxonomy'])
    calls.length = 0
    await t.payload.update({ collection: 'units', id: unitId, data: { description: 'baru' } })
    expect(tags()).toEqual(['news-lists', 'taxonomy'])
    calls.length = 0
    await t.payload.updateGlobal({ slug: 'site', data: { name: 'Warta Uji' } })
    expect(tags()).toEqual(['site'])
  })

  it('honours req.context.disableRevalidate', async () => {
    await t.payload.create({
      collection: 'news',
      context: { ...TRUSTED, disableRevalidate: true },
      data: { ...newsData(unitId), workflowState: 'published', _status: 'published' } as never,
    })
    await t.payload.updateGlobal({ slug: 'site', data: { name: 'Warta' }, context: { disableRevalidate: true } })
    expect(calls).toEqual([])
  })
})
