import type { CollectionConfig } from 'payload'

import { editorsOnly } from '@/access/editorsOnly'
import { nobody } from '@/access/nobody'

const CELLS = {
  action: '@/components/AuditLogCells#AuditActionCell',
  actor: '@/components/AuditLogCells#AuditActorCell',
  state: '@/components/AuditLogCells#AuditStateCell',
}
const FIELDS = {
  action: '@/components/AuditLogCells#AuditActionField',
  state: '@/components/AuditLogCells#AuditStateField',
}

/** Append-only: entries are written by trusted server code; no API may change or delete them. */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: 'Log audit', plural: 'Log audit' },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['createdAt', 'actor', 'action', 'news', 'fromState', 'toState'],
    group: 'Pengaturan',
  },
  access: { read: editorsOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'actor', label: 'Pelaku', type: 'relationship', relationTo: 'users', index: true, admin: { components: { Cell: CELLS.actor } } },
    { name: 'actorEmail', label: 'Email pelaku', type: 'text' },
    {
      name: 'action',
      label: 'Tindakan',
      type: 'text',
      required: true,
      index: true,
      admin: { components: { Cell: CELLS.action, Field: FIELDS.action } },
    },
    { name: 'news', label: 'Berita', type: 'relationship', relationTo: 'news', index: true },
    { name: 'fromState', label: 'Dari status', type: 'text', admin: { components: { Cell: CELLS.state, Field: FIELDS.state } } },
    { name: 'toState', label: 'Ke status', type: 'text', admin: { components: { Cell: CELLS.state, Field: FIELDS.state } } },
    { name: 'comment', label: 'Komentar', type: 'textarea' },
    // Machine-readable context (ids, changed paths): kept for audits, not for the list or its filters.
    { name: 'details', label: 'Rincian teknis', type: 'json', admin: { disableListColumn: true, disableListFilter: true, components: { Field: '@/components/JsonPreview#JsonPreview' } } },
  ],
}
