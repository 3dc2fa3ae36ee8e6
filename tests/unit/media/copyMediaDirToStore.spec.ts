import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import type { MediaStore } from '@/media/MediaStore'

import { copyMediaDirToStore } from '@/media/copyMediaDirToStore'

/** A bucket in memory that records every write. */
const memoryStore = (initial: Record<string, Buffer> = {}) => {
  const objects = new Map(Object.entries(initial).map(([key, body]) => [key, { body, type: 'x/preexisting' }]))
  const writes: string[] = []
  let failOn: string | undefined
  const store: MediaStore = {
    kind: 's3',
    location: 's3://uji',
    read: async (key) => objects.get(key)?.body,
    size: async (key) => objects.get(key)?.body.length,
    write: async (key, body, type) => {
      if (key === failOn) throw new Error('koneksi terputus')
      writes.push(key)
      objects.set(key, { body, type })
    },
  }
  return { store, objects, writes, failNext: (key: string) => (failOn = key) }
}

let dir: string
const file = (name: string, body: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
  fs.writeFileSync(path.join(dir, name), body)
}

describe('copyMediaDirToStore (npm run media:to-s3)', () => {
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('copies every file under the same relative key with its content type, folders included', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-copy-'))
    file('foto.jpg', 'jpeg')
    file('foto-400x300.webp', 'webp!')
    file('syndication/0123456789abcdef-foto.jpg', 'ig')
    file('.DS_Store', 'x')
    file('setengah.jpg.123.tmp', 'x')
    const bucket = memoryStore()
    const report = await copyMediaDirToStore({ dir, target: bucket.store })
    expect(report).toEqual({ copied: 3, skipped: 0, bytes: 11, failed: [] })
    expect([...bucket.objects.keys()].sort()).toEqual(['foto-400x300.webp', 'foto.jpg', 'syndication/0123456789abcdef-foto.jpg'])
    expect(bucket.objects.get('foto.jpg')).toEqual({ body: Buffer.from('jpeg'), type: 'image/jpeg' })
    expect(bucket.objects.get('foto-400x300.webp')?.type).toBe('image/webp')
  })

  it('is idempotent: same-size objects are skipped, a different size is copied again', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-copy-'))
    file('a.jpg', 'aaaa')
    file('b.jpg', 'bbbb')
    const bucket = memoryStore({ 'a.jpg': Buffer.from('AAAA'), 'b.jpg': Buffer.from('b') })
    const first = await copyMediaDirToStore({ dir, target: bucket.store })
    expect(first).toMatchObject({ copied: 1, skipped: 1 })
    expect(bucket.writes).toEqual(['b.jpg'])
    const second = await copyMediaDirToStore({ dir, target: bucket.store })
    expect(second).toMatchObject({ copied: 0, skipped: 2, failed: [] })
    expect(bucket.writes).toEqual(['b.jpg'])
  })

  it('a dry run writes nothing; a failed file is reported and the others still copied', async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-copy-'))
    file('a.jpg', 'a')
    file('b.jpg', 'b')
    file('c.jpg', 'c')
    const bucket = memoryStore()
    expect(await copyMediaDirToStore({ dir, target: bucket.store, dryRun: true })).toMatchObject({ copied: 3, failed: [] })
    expect(bucket.writes).toEqual([])
    bucket.failNext('b.jpg')
    const lines: string[] = []
    const report = await copyMediaDirToStore({ dir, target: bucket.store, concurrency: 1, log: (line) => lines.push(line) })
    expect(report).toMatchObject({ copied: 2, failed: [{ key: 'b.jpg', reason: 'koneksi terputus' }] })
    expect(lines).toContain('FAILED b.jpg: koneksi terputus')
  })
})
