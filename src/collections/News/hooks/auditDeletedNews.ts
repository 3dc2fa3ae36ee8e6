import type { CollectionAfterDeleteHook } from 'payload'

import type { News } from '@/payload-types'

import { writeAuditEntry } from '@/workflow/writeAuditEntry'

/** Discarding a never-published item is a state change too: it leaves an audit entry. */
export const auditDeletedNews: CollectionAfterDeleteHook<News> = async ({ doc, req }) => {
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'news_deleted',
    fromState: doc.workflowState ?? null,
    toState: null,
    comment: `Berita "${doc.title}" dihapus (belum pernah terbit).`,
    details: { news: doc.id, title: doc.title },
  })
  return doc
}
