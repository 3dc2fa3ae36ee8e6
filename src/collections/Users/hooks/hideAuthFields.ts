import type { CollectionAfterReadHook } from 'payload'

/** Authentication data of an account: never part of an answer, whoever asks. */
export const AUTH_FIELDS = [
  'sessions',
  'hash',
  'salt',
  'resetPasswordToken',
  'resetPasswordExpiration',
  'resetPasswordRequestedAt',
  'loginAttempts',
  'lockUntil',
  'apiKey',
  'apiKeyIndex',
  '_verificationToken',
] as const

/**
 * Strips authentication data from every user document read on behalf of someone (a logged-in
 * user, or any read that is access-checked): REST and GraphQL answers, populated authors and
 * approvers, lists, versions, `/api/users/me`, login and refresh answers — the owner's own
 * sessions included.
 *
 * Only trusted server reads keep them: no user on the request and `overrideAccess`. Payload's JWT
 * strategy is one of those (it authenticates with `findByID({ overrideAccess: true })` before
 * `req.user` exists, and needs `sessions` to match the token's session id); login, logout and
 * refresh read and write sessions through the database adapter, below this hook.
 */
export const hideAuthFields: CollectionAfterReadHook = ({ doc, overrideAccess, req }) => {
  if (!doc || (overrideAccess && !req.user)) return doc
  const rest = { ...(doc as Record<string, unknown>) }
  for (const field of AUTH_FIELDS) delete rest[field]
  return rest
}
