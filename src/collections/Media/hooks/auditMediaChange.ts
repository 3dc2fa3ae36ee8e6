import type { CollectionAfterChangeHook } from 'payload'

import { changedPaths } from '@/workflow/changedPaths'
import { writeAuditEntry } from '@/workflow/writeAuditEntry'

const RECORDED = ['alt', 'caption', 'credit', 'focalX', 'focalY', 'filename', 'unit'] as const

const pick = (doc: Record<string, unknown> | undefined): Record<string, unknown> =>
  Object.fromEntries(RECORDED.map((key) => [key, doc?.[key] ?? null]))

/** Every change of a media document is audited: who, which fields, which reviewed items show it. */
export const auditMediaChange: CollectionAfterChangeHook = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update' || req.context.trusted) return doc
  const fields = changedPaths(pick(previousDoc), pick(doc))
  if (fields.length === 0) return doc
  const usedBy = Array.isArray(req.context.mediaUsedBy) ? (req.context.mediaUsedBy as unknown[]) : []
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'media_changed',
    comment: `Media "${doc.alt ?? doc.filename}" diubah: ${fields.join(', ')}.`,
    details: { media: doc.id, fields, usedBy },
  })
  return doc
}
