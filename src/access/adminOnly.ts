import type { Access } from 'payload'

import { checkRole } from './utilities'

export const adminOnly: Access = ({ req: { user } }) => checkRole(['admin'], user)
