import type { FieldAccess } from 'payload'

/** Review data (checklist, findings, approval) is never visible to anonymous readers. */
export const staffOnlyField: FieldAccess = ({ req: { user } }) => Boolean(user)
