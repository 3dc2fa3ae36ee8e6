import type { Access } from 'payload'

import { checkRole } from './utilities'

/** Verifiers and admins: the humas desk that curates shared taxonomies. */
export const editorsOnly: Access = ({ req: { user } }) => checkRole(['admin', 'verifier'], user)
