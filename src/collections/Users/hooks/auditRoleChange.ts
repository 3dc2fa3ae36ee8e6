import type { CollectionAfterChangeHook } from 'payload'

import type { User } from '@/payload-types'

import { writeAuditEntry } from '@/workflow/writeAuditEntry'

const ids = (values: User['units']): string[] =>
  (values ?? []).map((unit) => String(typeof unit === 'object' && unit !== null ? unit.id : unit)).sort()

/** Records every change of a user's roles or units: who, whose account, from → to. */
export const auditRoleChange: CollectionAfterChangeHook<User> = async ({ doc, operation, previousDoc, req }) => {
  if (operation !== 'update') return doc
  const before = { roles: [...(previousDoc?.roles ?? [])].sort(), units: ids(previousDoc?.units) }
  const after = { roles: [...(doc.roles ?? [])].sort(), units: ids(doc.units) }
  if (JSON.stringify(before) === JSON.stringify(after)) return doc
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'user_access_changed',
    fromState: `peran: ${before.roles.join(',')}; OPD: ${before.units.join(',')}`,
    toState: `peran: ${after.roles.join(',')}; OPD: ${after.units.join(',')}`,
    comment: `Akun ${doc.email}`,
    details: { user: doc.id, before, after },
  })
  return doc
}
