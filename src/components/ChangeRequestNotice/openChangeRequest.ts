import type { Payload, PayloadRequest } from 'payload'

import type { AuditLog, User } from '@/payload-types'

export interface OpenChangeRequest {
  newsId: number | string
  comment: string
  at: string
  by: string
}

const nameOf = (entry: AuditLog): string =>
  (typeof entry.actor === 'object' && entry.actor ? (entry.actor as User).name || (entry.actor as User).email : null) ??
  entry.actorEmail ??
  'Verifikator'

/**
 * The verifier's change requests the writer still has to answer: per item, the latest
 * `request_changes` audit entry when no `submit` came after it. Read with overrideAccess (the
 * audit log is desk-only); callers must only ask about items the user may already read.
 * Also usable by the dashboard ("returned with comment").
 */
export const openChangeRequests = async (
  payload: Payload,
  newsIds: (number | string)[],
  req?: Partial<PayloadRequest>,
): Promise<Map<string, OpenChangeRequest>> => {
  const open = new Map<string, OpenChangeRequest>()
  if (newsIds.length === 0) return open
  const { docs } = await payload.find({
    collection: 'audit-log',
    where: { and: [{ news: { in: newsIds } }, { action: { in: ['request_changes', 'submit'] } }] },
    sort: '-createdAt',
    depth: 1,
    limit: 200,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const seen = new Set<string>()
  for (const entry of docs as AuditLog[]) {
    const newsId = String(typeof entry.news === 'object' && entry.news ? entry.news.id : entry.news)
    if (seen.has(newsId)) continue
    seen.add(newsId)
    if (entry.action === 'request_changes' && entry.comment) {
      open.set(newsId, { newsId, comment: entry.comment, at: entry.createdAt, by: nameOf(entry) })
    }
  }
  return open
}
