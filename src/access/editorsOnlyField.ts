import type { FieldAccess } from 'payload'

import { checkRole } from './utilities'

/** Verifiers and admins only: review decisions are not the writer's to make. */
export const editorsOnlyField: FieldAccess = ({ req: { user } }) => checkRole(['admin', 'verifier'], user)
