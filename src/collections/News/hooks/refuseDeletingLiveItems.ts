import type { CollectionBeforeDeleteHook } from 'payload'

import { APIError } from 'payload'

import type { News } from '@/payload-types'

/** States in which an item is, or was, on a public channel. */
const EVER_LIVE_STATES = new Set(['published', 'retracted'])

/**
 * An item that was ever published is retracted, never deleted — by anyone, admins included:
 * its URL, corrections, syndication records and audit trail must stay (issue 9, finding 14).
 * Runs before Payload deletes anything (versions, files), so a refusal leaves the item whole.
 */
export const refuseDeletingLiveItems: CollectionBeforeDeleteHook = async ({ context, id, req }) => {
  if (context.trusted) return
  const doc = (await req.payload
    .findByID({ collection: 'news', id, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as News | null
  if (!doc) return
  if (doc.firstPublishedAt || EVER_LIVE_STATES.has(doc.workflowState ?? '')) {
    throw new APIError(
      'Berita yang pernah terbit tidak dapat dihapus. Cabut berita ini (tindakan "Cabut berita") agar pembaca melihat pemberitahuan pencabutan.',
      409,
      undefined,
      true,
    )
  }
}
