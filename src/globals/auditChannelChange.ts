import type { GlobalAfterChangeHook } from 'payload'

import { changedPaths } from '@/workflow/changedPaths'
import { writeAuditEntry } from '@/workflow/writeAuditEntry'

/** Records who changed channel settings or credentials and WHICH fields, never their values. */
export const auditChannelChange: GlobalAfterChangeHook = async ({ doc, previousDoc, req }) => {
  const fields = changedPaths(previousDoc, doc)
  if (fields.length === 0) return doc
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'channels_changed',
    comment: `Kolom yang diubah: ${fields.join(', ')}`,
    details: { fields },
  })
  return doc
}
