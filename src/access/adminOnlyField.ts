import type { FieldAccess } from 'payload'

import { checkRole } from './utilities'

export const adminOnlyField: FieldAccess = ({ req: { user } }) => checkRole(['admin'], user)
