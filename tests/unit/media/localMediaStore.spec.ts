import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

import { localMediaStore } from '@/media/localMediaStore'
import { mediaFileKey } from '@/media/mediaFileKey'

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'warta-store-'))
const dir = path.join(root, 'media')
fs.mkdirSync(dir)
fs.writeFileSync(path.join(root, 'rahasia.txt'), 'di luar MEDIA_DIR')

describe('localMediaStore (MEDIA_DIR)', () => {
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))
  const store = localMediaStore(dir)

  it('writes, reads and sizes keys in folders', async () => {
    await store.write('syndication/ab-foto.jpg', Buffer.from('jpeg'), 'image/jpeg')
    expect(fs.readFileSync(path.join(dir, 'syndication', 'ab-foto.jpg'), 'utf8')).toBe('jpeg')
    expect((await store.read('syndication/ab-foto.jpg'))?.toString()).toBe('jpeg')
    expect(await store.size('syndication/ab-foto.jpg')).toBe(4)
    expect(fs.readdirSync(path.join(dir, 'syndication'))).toEqual(['ab-foto.jpg']) // no temp file left
  })

  it('answers undefined for missing objects and folders', async () => {
    expect(await store.read('tidak-ada.jpg')).toBeUndefined()
    expect(await store.size('tidak-ada.jpg')).toBeUndefined()
    expect(await store.size('syndication')).toBeUndefined()
    expect(await store.read('syndication')).toBeUndefined()
  })

  it('never leaves MEDIA_DIR', async () => {
    for (const key of ['../rahasia.txt', '/etc/passwd', 'a/../../rahasia.txt', 'a\\..\\rahasia.txt', '', './x']) {
      expect(await store.read(key), key).toBeUndefined()
      expect(await store.size(key), key).toBeUndefined()
    }
    await expect(store.write('../keluar.jpg', Buffer.from('x'), 'image/jpeg')).rejects.toThrow(/invalid key/)
    expect(fs.existsSync(path.join(root, 'keluar.jpg'))).toBe(false)
  })

  it('mediaFileKey joins a document prefix folder and refuses escaping names', () => {
    expect(mediaFileKey({ filename: 'a.jpg' })).toBe('a.jpg')
    expect(mediaFileKey({ prefix: '/arsip/2026/', filename: 'a.jpg' })).toBe('arsip/2026/a.jpg')
    expect(mediaFileKey({ prefix: null, filename: '..' })).toBeUndefined()
    expect(mediaFileKey({ prefix: '..', filename: 'a.jpg' })).toBeUndefined()
  })
})
