import type { CollectionAfterErrorHook } from 'payload'

import { AuthenticationError, LockedAuth } from 'payload'

/** By class, not by `error.name`: a production build minifies class names (`name` becomes 'e'). */
const isLoginError = (error: unknown): boolean => error instanceof AuthenticationError || error instanceof LockedAuth

/**
 * Records an account lock-out (too many failed logins, `auth.maxLoginAttempts`). The attempt that
 * locks the account fails with `AuthenticationError` (Payload sets `lockUntil` on it), later ones
 * with `LockedAuth`; after either, a `lockUntil` in the future means the account is locked, and
 * the entry is written once per lock (keyed by `lockUntil`). Covers logins through the REST API and the
 * admin panel; Payload runs no hook for failed Local API logins.
 */
export const auditLockout: CollectionAfterErrorHook = async ({ error, req }) => {
  if (!isLoginError(error)) return
  const email = (req.data as { email?: unknown } | undefined)?.email
  if (typeof email !== 'string' || !email) return
  const { docs } = await req.payload.find({
    collection: 'users',
    where: { email: { equals: email.toLowerCase() } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const user = docs[0] as { id: number; email: string; lockUntil?: null | string } | undefined
  if (!user?.lockUntil || Date.parse(user.lockUntil) <= Date.now()) return
  const lockUntil = new Date(user.lockUntil).toISOString()
  const { totalDocs } = await req.payload.count({
    collection: 'audit-log',
    where: { and: [{ action: { equals: 'login_locked' } }, { actorEmail: { equals: user.email } }, { toState: { equals: lockUntil } }] },
    overrideAccess: true,
  })
  if (totalDocs > 0) return
  await req.payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    data: {
      actor: user.id,
      actorEmail: user.email,
      action: 'login_locked',
      toState: lockUntil,
      comment: 'Akun dikunci sementara setelah terlalu banyak percobaan masuk yang gagal.',
    },
  })
}
