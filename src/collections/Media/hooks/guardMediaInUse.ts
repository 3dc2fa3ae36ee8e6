import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '@/access/utilities'

import { itemsUsingMedia } from './mediaInUse'

/** What readers and channels get of a media document: its texts, focal point and file (crop included). */
const SHOWN_FIELDS = ['alt', 'caption', 'credit', 'focalX', 'focalY', 'filename', 'filesize', 'width', 'height', 'mimeType'] as const

const norm = (value: unknown): string => (value === null || value === undefined ? '' : String(value))

const changesWhatIsShown = (data: Record<string, unknown>, originalDoc: Record<string, unknown>): boolean =>
  SHOWN_FIELDS.some((key) => key in data && norm(data[key]) !== norm(originalDoc[key]))

/**
 * A media document shown by an approved, scheduled or published item is part of what the
 * verifier approved (issue 9, finding 4), and media keep no versions: an edit would be public at
 * once, unreviewed. So while a reviewed item shows it, it is frozen for everyone: nobody replaces
 * its file (409 — cached pages and syndicated posts point at it) or changes its texts, focal point
 * or crop (409 for verifiers and admins, 403 for writers, who may change nothing of it). A
 * correction is a new media picked in the item: a content edit, which sends the item back to
 * review. Verifiers and admins may still move it to another OPD; auditMediaChange records that.
 */
export const guardMediaInUse: CollectionBeforeChangeHook = async ({ context, data, operation, originalDoc, req }) => {
  if (operation !== 'update' || context.trusted || !req.user || !originalDoc) return undefined
  const items = await itemsUsingMedia(req, originalDoc.id)
  if (items.length === 0) return undefined
  req.context.mediaUsedBy = items.map((item) => item.id)
  const titles = items.slice(0, 3).map((item) => `"${item.title}"`).join(', ')
  if (req.file) {
    throw new APIError(
      `Berkas media ini dipakai berita yang sudah disetujui atau terbit (${titles}); berkasnya tidak dapat diganti. Unggah media baru dan pilih di berita itu.`,
      409,
      undefined,
      true,
    )
  }
  if (!checkRole(['admin', 'verifier'], req.user)) {
    throw new APIError(
      `Media ini dipakai berita yang sudah disetujui atau terbit (${titles}); penulis tidak dapat mengubahnya. Unggah media baru dan pilih di berita itu.`,
      403,
      undefined,
      true,
    )
  }
  if (changesWhatIsShown(data ?? {}, originalDoc)) {
    throw new APIError(
      `Media ini dipakai berita yang sudah disetujui atau terbit (${titles}); teks, titik fokus, dan potongannya tidak dapat diubah tanpa peninjauan ulang. Unggah media baru dan pilih di berita itu.`,
      409,
      undefined,
      true,
    )
  }
  return undefined
}

/** Deleting a media document that a reviewed item shows would break its page: refused for everyone. */
export const refuseDeletingMediaInUse: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (context.trusted) return
  const items = await itemsUsingMedia(req, id)
  if (items.length === 0) return
  throw new APIError(
    `Media ini dipakai berita yang sudah disetujui atau terbit (${items.slice(0, 3).map((item) => `"${item.title}"`).join(', ')}); media tidak dapat dihapus.`,
    409,
    undefined,
    true,
  )
}
