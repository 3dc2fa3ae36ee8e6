import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media, Unit, User } from '@/payload-types'

import type { RestCall } from '../helpers/rest'
import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

describeWithDatabase('channel preview and override limits', () => {
  let t: TestPayload
  let rest: RestCall
  let unit: Unit
  let writer: User
  let token: string
  let cover: Media

  beforeAll(async () => {
    t = await startPayload('channel-preview')
    rest = await restClient()
    unit = await createUnit(t.payload)
    writer = await createUser(t.payload, ['writer'], [unit.id])
    token = await tokenFor(t.payload, writer)
    await t.payload.updateGlobal({ slug: 'channels', data: { instagram: { hashtags: ['JogjaKota'], maxHashtags: 2 } } })
    const data = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366aa' } }).jpeg().toBuffer()
    cover = await t.payload.create({
      collection: 'media',
      data: { alt: 'Petugas memeriksa posyandu' },
      file: { data, name: 'sampul.jpg', mimetype: 'image/jpeg', size: data.length },
    })
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('answers with the caption and metadata the adapters would send, counters and problems', async () => {
    const body = {
      title: 'Posyandu Kotagede Layani Imunisasi',
      lead: 'Dinas Kesehatan membuka layanan imunisasi lengkap.',
      slug: 'posyandu-kotagede',
      tags: ['Kesehatan', 'Imunisasi'],
      coverImage: cover.id,
      youtubeVideoId: 'wartaDemo01',
      channels: { instagram: { caption: '' }, youtube: { title: 'x'.repeat(120), tags: ['a <b>'] } },
    }
    const { status, json } = await rest('POST', '/news/channel-preview', { token, body })
    expect(status).toBe(200)
    // Office hashtag first, then the item's tags, capped at the office's 2.
    expect(json.instagram.caption).toContain('Posyandu Kotagede Layani Imunisasi')
    expect(json.instagram.caption).toMatch(/Selengkapnya: http\S+\/berita\/posyandu-kotagede/)
    expect(json.instagram.caption).toContain('#JogjaKota #Kesehatan')
    expect(json.instagram.caption).not.toContain('#Imunisasi')
    expect(json.instagram.problems).toEqual([])
    expect(json.instagram.images).toBe(1)
    expect(json.youtube.counters.find((c: { label: string }) => c.label === 'Karakter judul')).toMatchObject({ value: 120, max: 100 })
    expect(json.youtube.problems.join(' ')).toMatch(/120 karakter; batasnya 100/)
    expect(json.youtube.problems.join(' ')).toMatch(/tidak boleh memuat tanda < atau >/)
  })

  it('reports a missing cover for Instagram and refuses anonymous callers', async () => {
    const { json } = await rest('POST', '/news/channel-preview', { token, body: { title: 'Tanpa gambar', lead: 'Ringkasan.' } })
    expect(json.instagram.problems.join(' ')).toMatch(/minimal satu gambar/)
    expect((await rest('POST', '/news/channel-preview', { body: { title: 'x' } })).status).toBe(401)
  })

  it('refuses to save overrides the platforms would reject, with Indonesian messages', async () => {
    const created = await rest('POST', '/news', {
      token,
      body: {
        ...newsData(unit.id),
        channels: {
          instagram: { caption: `${Array.from({ length: 21 }, (_, i) => `@akun${i}`).join(' ')}` },
          youtube: { description: 'é'.repeat(2600), tags: ['t'.repeat(501)], categoryId: 'berita' },
        },
      },
    })
    expect(created.status).toBe(400)
    const messages = JSON.stringify(created.json)
    expect(messages).toContain('21 sebutan (@); batasnya 20')
    expect(messages).toContain('5.200 byte; batasnya 5.000 byte')
    expect(messages).toContain('batasnya 500')
    expect(messages).toContain('ID kategori YouTube berupa angka')
    const ok = await rest('POST', '/news', {
      token,
      body: { ...newsData(unit.id), channels: { youtube: { title: 'Judul video yang pas', tags: ['kota', 'warga'] } } },
    })
    expect(ok.status, JSON.stringify(ok.json)).toBe(201)
  })
})
