import type { CollectionConfig } from 'payload'

import { editorsOnly } from '@/access/editorsOnly'
import { nobody } from '@/access/nobody'

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
    { name: 'actor', label: 'Pelaku', type: 'relationship', relationTo: 'users', index: true },
    { name: 'actorEmail', label: 'Email pelaku', type: 'text' },
    { name: 'action', label: 'Tindakan', type: 'text', required: true, index: true },
    { name: 'news', label: 'Berita', type: 'relationship', relationTo: 'news', index: true },
    { name: 'fromState', label: 'Dari', type: 'text' },
    { name: 'toState', label: 'Ke', type: 'text' },
    { name: 'comment', label: 'Komentar', type: 'textarea' },
    { name: 'details', label: 'Rincian', type: 'json', admin: { components: { Field: '@/components/JsonPreview#JsonPreview' } } },
  ],
}
