import type { CollectionBeforeChangeHook, CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import { checkRole } from '@/access/utilities'

import { itemsUsingMedia } from './mediaInUse'

/**
 * A media document shown by an approved, scheduled or published item is part of what the
 * verifier approved (issue 9, finding 4). Writers may not change it at all; nobody may replace its
 * file (cached pages and syndicated posts point at the old file — upload a new media instead).
 * Verifiers and admins may correct alt, caption, credit or focal point; auditMediaChange records it.
 */
export const guardMediaInUse: CollectionBeforeChangeHook = async ({ context, operation, originalDoc, req }) => {
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
      `Media ini dipakai berita yang sudah disetujui atau terbit (${titles}); hanya verifikator atau admin yang dapat mengubahnya.`,
      403,
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
