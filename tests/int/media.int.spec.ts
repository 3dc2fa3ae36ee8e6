import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 40, g: 120, b: 200 } } })

/** The JPEG with the dimensions in its baseline frame header (SOF0) rewritten, pixels untouched. */
const declaredSize = async (jpeg: Buffer, width: number, height: number): Promise<Buffer> => {
  const out = Buffer.from(jpeg)
  const sof = out.indexOf(Buffer.from([0xff, 0xc0]))
  out.writeUInt16BE(height, sof + 5)
  out.writeUInt16BE(width, sof + 7)
  expect(await sharp(out).metadata()).toMatchObject({ width, height })
  return out
}

const upload = (t: TestPayload, data: Buffer, name: string, alt: null | string = 'Foto uji') =>
  t.payload.create({
    collection: 'media',
    // A missing alt is exactly what one test submits.
    data: (alt === null ? {} : { alt }) as { alt: string },
    file: { data, name, mimetype: 'image/jpeg', size: data.length },
  })

describeWithDatabase('media pipeline', () => {
  let t: TestPayload
  beforeAll(async () => {
    t = await startPayload('media')
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('honours EXIF orientation, strips metadata and makes every derivative', async () => {
    // 2400×1600 stored sideways (orientation 6) with a GPS position that must not leak.
    const data = await photo(2400, 1600)
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: 'Kamera Dinas' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '7/1 48/1 0/1' } } })
      .jpeg()
      .toBuffer()
    expect((await sharp(data).metadata()).orientation).toBe(6)

    const doc = await upload(t, data, 'foto-kegiatan.jpg')
    expect(doc.width).toBe(1600)
    expect(doc.height).toBe(2400)
    const stored = await sharp(path.join(t.mediaDir, doc.filename!)).metadata()
    expect(stored.exif).toBeUndefined()
    expect(stored.orientation).toBeUndefined()

    const sizes = doc.sizes!
    expect([sizes.thumbnail?.width, sizes.thumbnail?.height]).toEqual([400, 300])
    expect([sizes.og?.width, sizes.og?.height, sizes.og?.mimeType]).toEqual([1200, 630, 'image/jpeg'])
    expect([sizes.instagramPortrait?.width, sizes.instagramPortrait?.height]).toEqual([1080, 1350])
    expect([sizes.instagramSquare?.width, sizes.instagramSquare?.height]).toEqual([1080, 1080])
    expect([sizes.youtube?.width, sizes.youtube?.height, sizes.youtube?.mimeType]).toEqual([1280, 720, 'image/jpeg'])
    expect(sizes.youtube!.filesize!).toBeLessThan(2 * 1024 * 1024)
    const youtubeFile = await sharp(path.join(t.mediaDir, sizes.youtube!.filename!)).metadata()
    expect(youtubeFile.exif).toBeUndefined()
  })

  it('judges the type by content: a PNG named .jpg is stored as PNG', async () => {
    const png = await photo(800, 600).png().toBuffer()
    const doc = await upload(t, png, 'sebenarnya-png.jpg')
    expect(doc.mimeType).toBe('image/png')
  })

  it('rejects a file that is not an image whatever its name', async () => {
    const before = (await t.payload.count({ collection: 'media' })).totalDocs
    const fake = Buffer.from('<script>alert(1)</script> bukan gambar sama sekali')
    await expect(upload(t, fake, 'palsu.jpg')).rejects.toThrow(/bukan gambar/)
    expect((await t.payload.count({ collection: 'media' })).totalDocs).toBe(before)
    expect(fs.readdirSync(t.mediaDir).some((f) => f.startsWith('palsu'))).toBe(false)
  })

  it('rejects images above the pixel cap before decoding them', async () => {
    // A decompression bomb: a small file whose frame header declares 8000×7000 pixels (56 MP).
    const huge = await declaredSize(await photo(64, 64).jpeg().toBuffer(), 8000, 7000)
    expect(huge.length).toBeLessThan(10_000)
    await expect(upload(t, huge, 'raksasa.jpg')).rejects.toThrow(/megapiksel/)
  })

  it('rejects files above the size cap', async () => {
    const big = Buffer.alloc(16 * 1024 * 1024, 1)
    await expect(upload(t, big, 'besar.jpg')).rejects.toThrow(/terlalu besar/)
  })

  it('accepts a multipart upload through the REST API (as the admin sends it)', async () => {
    const { REST_POST } = await import('@payloadcms/next/routes')
    const { default: config } = await import('@payload-config')
    await t.payload.create({
      collection: 'users',
      data: { email: 'unggah@contoh.go.id', password: 'rahasia-uji-123', name: 'Pengunggah', roles: ['writer'] },
    })
    const { token } = await t.payload.login({ collection: 'users', data: { email: 'unggah@contoh.go.id', password: 'rahasia-uji-123' } })
    const form = new FormData()
    const jpeg = await photo(1000, 700).jpeg().toBuffer()
    form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'lewat-rest.jpg')
    form.append('_payload', JSON.stringify({ alt: 'Diunggah lewat REST' }))
    const response = await REST_POST(config)(
      new Request('http://localhost/api/media', { method: 'POST', body: form, headers: { Authorization: `JWT ${token}` } }),
      { params: Promise.resolve({ slug: ['media'] }) },
    )
    const body = await response.json()
    expect(response.status, JSON.stringify(body)).toBe(201)
    expect(body.doc.sizes.og.width).toBe(1200)
  })

  it('requires alt text', async () => {
    const data = await photo(800, 600).jpeg().toBuffer()
    await expect(upload(t, data, 'tanpa-alt.jpg', null)).rejects.toThrow()
  })
})
