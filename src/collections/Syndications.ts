import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { nobody } from '@/access/nobody'
import { syndicationStateLabel } from '@/i18n/labels'
import { syndicationEndpoints } from '@/syndication/wiring/endpoints'

export const SYNDICATION_STATES = ['queued', 'running', 'succeeded', 'failed', 'skipped'] as const

/**
 * One record per (news item, channel, version, operation): the exactly-once ledger. Written only by
 * trusted server code (the workflow, the `syndicate` task, the retry endpoint); admins read it.
 */
export const Syndications: CollectionConfig = {
  slug: 'syndications',
  labels: { singular: 'Distribusi', plural: 'Distribusi' },
  admin: {
    useAsTitle: 'key',
    defaultColumns: ['news', 'channel', 'operation', 'state', 'attempts', 'permalink', 'lastError', 'updatedAt'],
    group: 'Distribusi',
    components: { beforeList: ['@/components/SyndicationListLinks#SyndicationListLinks'] },
  },
  endpoints: syndicationEndpoints,
  access: { read: adminOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', label: 'Kunci', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'news', label: 'Berita', type: 'relationship', relationTo: 'news', required: true, index: true },
    {
      name: 'channel',
      label: 'Kanal',
      type: 'select',
      required: true,
      options: [
        { label: 'Portal', value: 'portal' },
        { label: 'Instagram', value: 'instagram' },
        { label: 'YouTube', value: 'youtube' },
      ],
    },
    { name: 'version', label: 'Versi', type: 'text', required: true },
    {
      name: 'operation',
      label: 'Operasi',
      type: 'select',
      defaultValue: 'publish',
      options: [
        { label: 'Terbitkan', value: 'publish' },
        { label: 'Perbarui (koreksi)', value: 'update' },
        { label: 'Hapus (pencabutan)', value: 'remove' },
      ],
    },
    {
      name: 'state',
      label: 'Status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      options: SYNDICATION_STATES.map((value) => ({ label: syndicationStateLabel(value), value })),
    },
    { name: 'attempts', label: 'Percobaan', type: 'number', defaultValue: 0 },
    { name: 'remoteId', label: 'ID di platform', type: 'text' },
    { name: 'permalink', label: 'Tautan', type: 'text' },
    { name: 'checkpoint', label: 'Titik lanjut', type: 'json', admin: { description: 'Langkah antara (mis. ID kontainer Instagram).', disableListFilter: true, components: { Field: '@/components/JsonPreview#JsonPreview' } } },
    { name: 'sent', label: 'Data terkirim', type: 'json', admin: { description: 'Apa yang dikirim ke platform.', disableListFilter: true, components: { Field: '@/components/JsonPreview#JsonPreview' } } },
    { name: 'lastError', label: 'Galat terakhir', type: 'textarea' },
    { name: 'needsManualAction', label: 'Perlu tindakan manual', type: 'checkbox', defaultValue: false },
    { name: 'manualActionReason', label: 'Alasan tindakan manual', type: 'textarea' },
    { name: 'nextAttemptAt', label: 'Percobaan berikutnya', type: 'date' },
    // Claim of the worker running the record; a sweep re-queues it when the lease runs out.
    { name: 'claimToken', type: 'text', index: true, admin: { hidden: true } },
    { name: 'leaseUntil', type: 'date', index: true, admin: { hidden: true } },
    { name: 'startedAt', type: 'date' },
    { name: 'finishedAt', type: 'date' },
  ],
}
