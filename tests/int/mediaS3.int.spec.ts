import type { Payload } from 'payload'

import { execFile } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, expect, it } from 'vitest'

import type { Media, Unit, User } from '@/payload-types'

import { S3_VARIABLES } from '@/config/resolveS3Settings'
import { configuredMediaStore } from '@/media/configuredMediaStore'

import type { TestS3Server } from '../helpers/s3Server'
import type { SyndicationHarness } from '../helpers/syndication'

import { createUnit, createUser } from '../helpers/fixtures'
import { startS3Server } from '../helpers/s3Server'
import { addVideo, approvedItemWithChannels, createCover, recordsFor, runJobsUntilIdle, startSyndicationHarness } from '../helpers/syndication'
import { describeWithDatabase } from '../helpers/testDatabase'
import { transition } from '../helpers/workflow'

const PREFIX = 'warta/media'

/** Every file Payload writes for one upload: the original and each image size. */
const filesOf = (doc: Media): string[] => [
  doc.filename!,
  ...Object.values(doc.sizes ?? {})
    .map((size) => size?.filename)
    .filter((name): name is string => Boolean(name)),
]

const filesIn = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : [])

describeWithDatabase('media on an S3-compatible store (S3_* set; s3rver on loopback)', () => {
  let s3: TestS3Server
  let h: SyndicationHarness
  let payload: Payload
  let unit: Unit
  let writer: User
  let verifier: User
  let cover: Media

  const get = (pathname: string) => fetch(`${h.rest.url}${pathname}`)
  const object = async (key: string) => {
    const answer = await s3.client.getObject({ Bucket: s3.bucket, Key: `${PREFIX}/${key}` })
    return Buffer.from(await answer.Body!.transformToByteArray())
  }
  /** Publishes an item with this cover to Instagram and YouTube; its records by channel once the jobs ran. */
  const syndicate = async (title: string, coverId: Media['id']) => {
    const youtubeVideoId = addVideo(h.fakes)
    const item = await approvedItemWithChannels(payload, { writer, verifier }, unit.id, { title, cover: coverId, instagram: true, youtubeVideoId })
    await transition(payload, verifier, item.id, { action: 'publish' })
    await runJobsUntilIdle(payload)
    const records = await recordsFor(payload, item.id)
    return { youtubeVideoId, instagram: records.find((r) => r.channel === 'instagram'), youtube: records.find((r) => r.channel === 'youtube') }
  }

  beforeAll(async () => {
    s3 = await startS3Server({ prefix: PREFIX })
    h = await startSyndicationHarness('media-s3', s3.env)
    payload = h.payload
    unit = await createUnit(payload)
    writer = await createUser(payload, ['writer'], [unit.id])
    verifier = await createUser(payload, ['verifier'])
    cover = await createCover(payload)
  })
  afterAll(async () => {
    await h?.stopAll()
    await s3?.stop()
    // The config read S3_* at import; no later file in this worker may inherit them.
    for (const name of S3_VARIABLES) delete process.env[name]
  })

  it('stores an upload and every derivative in the bucket under S3_PREFIX, nothing in MEDIA_DIR', async () => {
    expect(configuredMediaStore().kind).toBe('s3')
    const files = filesOf(cover)
    expect(files).toHaveLength(8) // original + 7 sizes
    expect(await s3.keys(`${PREFIX}/`)).toEqual(expect.arrayContaining(files.map((name) => `${PREFIX}/${name}`)))
    expect(filesIn(h.mediaDir)).toEqual([])
    expect(cover.url).toBe(`/api/media/file/${cover.filename}`)
    expect(cover.prefix ?? '').toBe('')
    const og = await sharp(await object(cover.sizes!.og!.filename!)).metadata()
    expect([og.format, og.width, og.height]).toEqual(['jpeg', 1200, 630])
  })

  it('serves the original and a derivative through the app from the bucket', async () => {
    for (const name of [cover.filename!, cover.sizes!.thumbnail!.filename!]) {
      const answer = await get(`/api/media/file/${name}`)
      expect(answer.status, name).toBe(200)
      expect(Buffer.from(await answer.arrayBuffer()).equals(await object(name))).toBe(true)
    }
    const thumb = await get(`/api/media/file/${cover.sizes!.thumbnail!.filename}`)
    expect(thumb.headers.get('content-type')).toBe('image/webp')
  })

  it('serves a file with one HEAD and one GET to the bucket (no separate existence check)', async () => {
    s3.requests.clear()
    const answer = await get(`/api/media/file/${cover.filename}`)
    expect(answer.status).toBe(200)
    await answer.arrayBuffer()
    const key = `/${s3.bucket}/${PREFIX}/${cover.filename}`
    expect(s3.requests.log).toEqual([`HEAD ${key}`, `GET ${key}`])
  })

  it('answers 404 in Indonesian for an object missing from the bucket', async () => {
    const unknown = await get('/api/media/file/tidak-pernah-ada.jpg')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).errors[0].message).toMatch(/Berkas tidak ditemukan/)

    // A document whose object was removed from the bucket behind Warta's back.
    const gone = await createCover(payload)
    await s3.client.deleteObject({ Bucket: s3.bucket, Key: `${PREFIX}/${gone.filename}` })
    const answer = await get(`/api/media/file/${gone.filename}`)
    expect(answer.status).toBe(404)
    expect((await answer.json()).errors[0].message).toMatch(/Berkas tidak ditemukan/)

    const image = await get(`/api/syndications/images/${'0'.repeat(16)}-tidak-ada.jpg`)
    expect(image.status).toBe(404)
  })

  it('syndication reads the original from the bucket and publishes its JPEG there', async () => {
    const { instagram, youtube, youtubeVideoId } = await syndicate('Penyimpanan Media Bersama Diuji', cover.id)
    expect(instagram?.state, instagram?.lastError ?? '').toBe('succeeded')
    expect(youtube?.state, youtube?.lastError ?? '').toBe('succeeded')
    // The YouTube thumbnail was made from the cover read out of the bucket.
    expect(h.fakes.youtube.videos.get(youtubeVideoId)?.thumbnail?.mimeType).toBe('image/jpeg')

    const prepared = await s3.keys(`${PREFIX}/syndication/`)
    expect(prepared.length).toBeGreaterThan(0)
    // Instagram downloaded it through the public image route, which read it from the bucket.
    const container = [...h.fakes.instagram.containers.values()].at(-1) as { imageUrl?: string } | undefined
    const name = container?.imageUrl?.split('/api/syndications/images/')[1]
    expect(prepared).toContain(`${PREFIX}/syndication/${name}`)
    const served = await get(`/api/syndications/images/${name}`)
    expect(served.status).toBe(200)
    expect(Buffer.from(await served.arrayBuffer()).equals(await object(`syndication/${name}`))).toBe(true)
    expect(filesIn(h.mediaDir)).toEqual([])
  })

  it('syndication fails with the Indonesian reason when the original is missing from the bucket', async () => {
    const lost = await createCover(payload)
    await s3.client.deleteObject({ Bucket: s3.bucket, Key: `${PREFIX}/${lost.filename}` })
    const { instagram, youtube } = await syndicate('Gambar Sampul Hilang dari Penyimpanan', lost.id)
    for (const record of [instagram, youtube]) {
      expect(record?.state, record?.channel).toBe('failed')
      expect(record?.lastError).toMatch(/tidak ditemukan di server/)
    }
  })

  it('deleting a media document removes its objects from the bucket', async () => {
    const doomed = await createCover(payload)
    const keys = filesOf(doomed).map((name) => `${PREFIX}/${name}`)
    expect(await s3.keys(`${PREFIX}/`)).toEqual(expect.arrayContaining(keys))
    await payload.delete({ collection: 'media', id: doomed.id, overrideAccess: true })
    const left = await s3.keys(`${PREFIX}/`)
    expect(keys.filter((key) => left.includes(key))).toEqual([])
  })

  it('npm run media:to-s3 copies a MEDIA_DIR into the bucket once, then skips what is there', async () => {
    const dir = path.join(path.dirname(h.mediaDir), 'old-media')
    fs.mkdirSync(path.join(dir, 'syndication'), { recursive: true })
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a6' } }).jpeg().toBuffer()
    fs.writeFileSync(path.join(dir, 'lama.jpg'), photo)
    fs.writeFileSync(path.join(dir, 'lama-400x300.webp'), Buffer.from('webp'))
    fs.writeFileSync(path.join(dir, 'syndication', `${'a'.repeat(16)}-lama.jpg`), photo)
    // Asynchronous on purpose: s3rver runs in this process and must keep answering the child.
    const run = () =>
      new Promise<{ status: null | number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          'npm',
          ['run', '--silent', 'media:to-s3', '--', '--quiet'],
          { encoding: 'utf8', timeout: 120_000, env: { PATH: process.env.PATH, HOME: process.env.HOME, MEDIA_DIR: dir, ...s3.env } as unknown as NodeJS.ProcessEnv },
          (error, stdout, stderr) => resolve({ status: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
        )
      })
    const first = await run()
    expect(first.status, first.stderr).toBe(0)
    expect(first.stdout).toMatch(/3 copied .* 0 already there, 0 failed/)
    expect((await object('lama.jpg')).equals(photo)).toBe(true)
    const head = await s3.client.headObject({ Bucket: s3.bucket, Key: `${PREFIX}/lama-400x300.webp` })
    expect(head.ContentType).toBe('image/webp')
    // Through Warta's own store and route, as after a real migration.
    expect(await configuredMediaStore().size('lama.jpg')).toBe(photo.length)
    expect((await get(`/api/syndications/images/${'a'.repeat(16)}-lama.jpg`)).status).toBe(200)

    const again = await run()
    expect(again.status, again.stderr).toBe(0)
    expect(again.stdout).toMatch(/0 copied .* 3 already there, 0 failed/)
  })
})
