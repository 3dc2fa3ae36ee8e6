import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOnlyField } from '@/access/adminOnlyField'
import { adminOrSelf } from '@/access/adminOrSelf'
import { adminOrSelfField } from '@/access/adminOrSelfField'
import { authenticated } from '@/access/authenticated'

import { auditLockout } from './hooks/auditLockout'
import { auditRoleChange } from './hooks/auditRoleChange'
import { auditUnlock } from './hooks/auditUnlock'
import { hideAuthFields } from './hooks/hideAuthFields'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Pengguna', plural: 'Pengguna' },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'units'],
    group: 'Pengaturan',
  },
  access: {
    // Staff see colleagues' names (authors, approvers); e-mail, roles and units are admin-or-self
    // fields; only admins manage accounts and lift lock-outs.
    read: authenticated,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    unlock: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    afterChange: [auditRoleChange],
    afterRead: [hideAuthFields],
    afterOperation: [auditUnlock],
    afterError: [auditLockout],
  },
  fields: [
    // Payload's own e-mail field (merged with this one), readable only by admins and its owner.
    { name: 'email', type: 'email', required: true, unique: true, access: { read: adminOrSelfField } },
    { name: 'name', label: 'Nama', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      label: 'Peran',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      saveToJWT: true,
      access: { read: adminOrSelfField, create: adminOnlyField, update: adminOnlyField },
      options: [
        { label: 'Admin', value: 'admin' },
        { label: 'Verifikator', value: 'verifier' },
        { label: 'Penulis', value: 'writer' },
      ],
    },
    {
      name: 'units',
      label: 'OPD',
      type: 'relationship',
      relationTo: 'units',
      hasMany: true,
      saveToJWT: true,
      access: { read: adminOrSelfField, create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'OPD tempat pengguna ini menulis berita.' },
    },
  ],
}
