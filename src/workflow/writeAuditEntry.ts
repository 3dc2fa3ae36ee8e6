import type { PayloadRequest } from 'payload'

import type { AuditLog } from '@/payload-types'

export type AuditEntry = Omit<AuditLog, 'createdAt' | 'id' | 'updatedAt'>

/**
 * Appends one entry to the audit log. Trusted server code only (the collection refuses API
 * writes); shares the caller's `req` so it commits or rolls back with the change it records.
 */
export const writeAuditEntry = async (req: PayloadRequest, entry: AuditEntry): Promise<void> => {
  await req.payload.create({
    collection: 'audit-log',
    data: entry,
    req,
    overrideAccess: true,
    context: { trusted: true },
  })
}
