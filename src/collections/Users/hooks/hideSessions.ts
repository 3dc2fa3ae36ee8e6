import type { CollectionAfterReadHook } from 'payload'

/**
 * Login sessions are nobody else's business: a staff member reading another user's document gets
 * no `sessions` key at all. Reads without a user (the JWT strategy checking a session, jobs) keep
 * them; anonymous readers cannot read users at all.
 */
export const hideSessions: CollectionAfterReadHook = ({ doc, req }) => {
  if (!doc || !req.user || String(req.user.id) === String(doc.id)) return doc
  const { sessions: _sessions, ...rest } = doc as Record<string, unknown>
  return rest
}
