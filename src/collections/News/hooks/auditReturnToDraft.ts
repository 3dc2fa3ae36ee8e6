import type { CollectionAfterChangeHook } from 'payload'

import type { News } from '@/payload-types'

import { writeAuditEntry } from '@/workflow/writeAuditEntry'

/** Records the automatic return to draft set by returnToDraftOnContentEdit. */
export const auditReturnToDraft: CollectionAfterChangeHook<News> = async ({ doc, req }) => {
  const from = req.context.returnedToDraftFrom
  if (typeof from !== 'string') return doc
  delete req.context.returnedToDraftFrom
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'content_edit',
    news: doc.id,
    fromState: from,
    toState: 'draft',
    comment: 'Isi diubah setelah disetujui/terbit; kembali ke draf untuk ditinjau ulang.',
  })
  return doc
}
