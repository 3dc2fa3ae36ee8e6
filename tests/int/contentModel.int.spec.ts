import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createCategory, createUnit, createUser, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('content model', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('content-model')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('makes the first account an admin whatever roles it asked for', async () => {
    const first = await t.payload.create({
      collection: 'users',
      data: { email: 'pertama@contoh.go.id', password: 'rahasia-uji-123', name: 'Pertama', roles: ['writer'] },
    })
    expect(first.roles).toEqual(['admin'])
    const second = await createUser(t.payload, ['writer'])
    expect(second.roles).toEqual(['writer'])
  })

  it('generates a transliterated slug from an Indonesian title', async () => {
    const unit = await createUnit(t.payload)
    const news = await t.payload.create({
      collection: 'news',
      data: newsData(unit.id, 'Wali Kota Resmikan Café & Ruang Baca "Pustaka Rakyat" di Kotagede!'),
    })
    expect(news.slug).toBe('wali-kota-resmikan-cafe-and-ruang-baca-pustaka-rakyat-di-kotagede')
    const category = await createCategory(t.payload, 'Ekonomi & UMKM')
    expect(category.slug).toBe('ekonomi-and-umkm')
  })

  it('refuses a duplicate slug', async () => {
    const unit = await createUnit(t.payload)
    await t.payload.create({ collection: 'news', data: { ...newsData(unit.id, 'Judul Kembar'), slug: 'judul-kembar' } })
    await expect(
      t.payload.create({ collection: 'news', data: { ...newsData(unit.id, 'Judul Kembar'), slug: 'judul-kembar' } }),
    ).rejects.toThrow()
  })

  it('keeps the slug editable before publication and fixed after', async () => {
    const unit = await createUnit(t.payload)
    const draft = await t.payload.create({ collection: 'news', data: newsData(unit.id, 'Rapat Koordinasi Banjir') })
    const renamed = await t.payload.update({ collection: 'news', id: draft.id, data: { slug: 'rakor-banjir' } })
    expect(renamed.slug).toBe('rakor-banjir')

    await t.payload.update({
      collection: 'news',
      id: draft.id,
      data: { firstPublishedAt: new Date().toISOString(), workflowState: 'published', _status: 'published' },
    })
    const error = await t.payload
      .update({ collection: 'news', id: draft.id, data: { slug: 'slug-lain' } })
      .catch((e: { data?: { errors?: { message: string }[] } }) => e)
    expect(JSON.stringify(error)).toMatch(/Slug tidak dapat diubah/)
  })

  it('rejects an invalid YouTube video id', async () => {
    const unit = await createUnit(t.payload)
    await expect(
      t.payload.create({ collection: 'news', data: { ...newsData(unit.id), youtubeVideoId: 'bukan-id' } }),
    ).rejects.toThrow(/YouTube/)
  })

  it('lets writers create items only in their own units', async () => {
    const own = await createUnit(t.payload)
    const other = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [own.id])
    const created = await t.payload.create({
      collection: 'news',
      data: newsData(own.id),
      user: writer,
      overrideAccess: false,
    })
    expect(created.authors?.map((a) => (typeof a === 'object' ? a.id : a))).toEqual([writer.id])
    await expect(
      t.payload.create({ collection: 'news', data: newsData(other.id), user: writer, overrideAccess: false }),
    ).rejects.toThrow()
  })

  it('ignores roles and units set by a non-admin on their own account', async () => {
    const unit = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [unit.id])
    const updated = await t.payload.update({
      collection: 'users',
      id: writer.id,
      data: { roles: ['admin'], units: [] },
      user: writer,
      overrideAccess: false,
    })
    expect(updated.roles).toEqual(['writer'])
    expect(updated.units?.length).toBe(1)
  })

  it('shows anonymous readers only published public items and hides review data', async () => {
    const unit = await createUnit(t.payload)
    const published = await t.payload.create({
      collection: 'news',
      data: {
        ...newsData(unit.id, 'Berita Terbit Publik'),
        workflowState: 'published',
        _status: 'published',
        publishedAt: new Date().toISOString(),
        checklist: { names: true },
      },
    })
    await t.payload.create({ collection: 'news', data: newsData(unit.id, 'Draf Rahasia') })
    await t.payload.create({
      collection: 'news',
      data: { ...newsData(unit.id, 'Pengumuman Internal'), visibility: 'internal', workflowState: 'published', _status: 'published' },
    })

    const seen = await t.payload.find({ collection: 'news', overrideAccess: false, limit: 100 })
    const titles = seen.docs.map((d) => d.title)
    expect(titles).toContain('Berita Terbit Publik')
    expect(titles).not.toContain('Draf Rahasia')
    expect(titles).not.toContain('Pengumuman Internal')
    const doc = seen.docs.find((d) => d.id === published.id)
    expect(doc?.checklist).toBeUndefined()
  })

  it('keeps the audit log and syndication ledger closed to API writes', async () => {
    const admin = await createUser(t.payload, ['admin'])
    await expect(
      t.payload.create({ collection: 'audit-log', data: { action: 'palsu' }, user: admin, overrideAccess: false }),
    ).rejects.toThrow()
    const entry = await t.payload.create({ collection: 'audit-log', data: { action: 'uji' } })
    await expect(
      t.payload.delete({ collection: 'audit-log', id: entry.id, user: admin, overrideAccess: false }),
    ).rejects.toThrow()
  })
})
