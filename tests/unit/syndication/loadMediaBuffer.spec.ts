import { describe, expect, it } from 'vitest'

import { SyndicationError } from '@/syndication/errors'
import { loadMediaBuffer } from '@/syndication/loadMediaBuffer'

const media = { url: 'https://warta.kota.go.id/api/media/file/a.jpg', storageKey: 'a.jpg', mimeType: 'image/jpeg', alt: 'Taman', width: 10, height: 10 }
const noFetch = (() => {
  throw new Error('must not download')
}) as unknown as typeof fetch

describe('loadMediaBuffer (media store first, URL otherwise)', () => {
  it('reads the original from the media store by its key', async () => {
    const read = async (key: string) => (key === 'a.jpg' ? Buffer.from('dari-bucket') : undefined)
    expect((await loadMediaBuffer('instagram', media, noFetch, read)).toString()).toBe('dari-bucket')
  })

  it('a key missing from the store is a permanent, Indonesian failure (no download from the URL)', async () => {
    const error = await loadMediaBuffer('youtube', media, noFetch, async () => undefined).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SyndicationError)
    expect(error).toMatchObject({ retryable: false, code: 'media-missing', userMessage: 'Berkas gambar "Taman" tidak ditemukan di server.' })
  })

  it('a store that cannot be read (S3 down) is retryable', async () => {
    const error = await loadMediaBuffer('instagram', media, noFetch, async () => {
      throw new Error('connect ECONNREFUSED')
    }).catch((e: unknown) => e)
    expect(error).toMatchObject({ retryable: true, code: 'media-storage' })
  })

  it('without a store reader it downloads the public URL', async () => {
    const fetchImpl = (async () => new Response('dari-url')) as unknown as typeof fetch
    expect((await loadMediaBuffer('instagram', media, fetchImpl)).toString()).toBe('dari-url')
  })
})
