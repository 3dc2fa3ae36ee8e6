import type { Payload } from 'payload'

import { createHash } from 'node:crypto'

import { publicUrl } from '@/config/publicUrl'
import { revalidatePortal } from '@/data/revalidatePortal'
import { TAGS } from '@/data/tags'
import { configuredMediaStore } from '@/media/configuredMediaStore'

import type { SyndicationDeps } from '../types'

/** Media store key of an image prepared for Instagram; served by `GET /api/syndications/images/:name`. */
export const syndicationImageKey = (name: string): string => `syndication/${name}`
export const SYNDICATION_IMAGE_NAME = /^[a-f0-9]{16}-[A-Za-z0-9._-]{1,120}\.jpe?g$/

let override: Partial<SyndicationDeps> | undefined

/** Tests (in-process) replace dependencies, e.g. the portal fake's `revalidate`. */
export function overrideSyndicationDeps(deps: Partial<SyndicationDeps> | undefined): void {
  override = deps
}

/** Public origin of this server (PUBLIC_URL; Payload's serverURL stays empty so the admin works at every address). */
export const publicOrigin = (_payload: Payload): string => publicUrl()

/** Stores the JPEG under `syndication/` in the media store (content-addressed) and returns its public URL. */
export async function publishSyndicationImage(payload: Payload, buffer: Buffer, name: string): Promise<string> {
  const safe = name.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+/, '').slice(-100) || 'gambar.jpg'
  const file = `${createHash('sha256').update(buffer).digest('hex').slice(0, 16)}-${/\.jpe?g$/i.test(safe) ? safe : `${safe}.jpg`}`
  await configuredMediaStore().write(syndicationImageKey(file), buffer, 'image/jpeg')
  return `${publicOrigin(payload)}/api/syndications/images/${file}`
}

/** The server functions adapters need (SyndicationDeps). */
export function syndicationDeps(payload: Payload): SyndicationDeps {
  return {
    revalidate:
      override?.revalidate ?? ((item) => revalidatePortal([TAGS.newsLists, TAGS.newsItem(item.slug)])),
    publishImage: override?.publishImage ?? ((buffer, name) => publishSyndicationImage(payload, buffer, name)),
    loadMedia: override?.loadMedia,
    readStoredMedia: override?.readStoredMedia ?? ((key) => configuredMediaStore().read(key)),
  }
}
