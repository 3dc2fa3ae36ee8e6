import type { CollectionAfterOperationHook } from 'payload'

import { writeAuditEntry } from '@/workflow/writeAuditEntry'

/** Records an admin lifting a lock-out (`POST /api/users/unlock`, the admin's "Unlock" button). */
export const auditUnlock: CollectionAfterOperationHook = async ({ args, operation, req, result }) => {
  if (operation !== 'unlock' || !result) return result
  const email = String((args as { data?: { email?: unknown } }).data?.email ?? '').toLowerCase().trim()
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'login_unlocked',
    comment: `Kunci akun ${email} dibuka oleh admin.`,
    details: { email },
  })
  return result
}
