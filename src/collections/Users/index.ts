import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminOnlyField } from '@/access/adminOnlyField'
import { adminOrSelf } from '@/access/adminOrSelf'
import { authenticated } from '@/access/authenticated'

import { auditLockout } from './hooks/auditLockout'
import { auditRoleChange } from './hooks/auditRoleChange'
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
    // Staff see colleagues' names (authors, approvers); only admins manage accounts.
    read: authenticated,
    create: adminOnly,
    update: adminOrSelf,
    delete: adminOnly,
    admin: ({ req: { user } }) => Boolean(user),
  },
  hooks: { beforeChange: [makeFirstUserAdmin], afterChange: [auditRoleChange], afterError: [auditLockout] },
  fields: [
    { name: 'name', label: 'Nama', type: 'text', required: true, maxLength: 120 },
    {
      name: 'roles',
      label: 'Peran',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['writer'],
      saveToJWT: true,
      access: { create: adminOnlyField, update: adminOnlyField },
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
      access: { create: adminOnlyField, update: adminOnlyField },
      admin: { description: 'OPD tempat pengguna ini menulis berita.' },
    },
  ],
}
