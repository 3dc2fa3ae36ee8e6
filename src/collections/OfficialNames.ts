import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig } from 'payload'

import { authenticated } from '@/access/authenticated'
import { editorsOnly } from '@/access/editorsOnly'
import { OFFICIAL_NAME_KINDS } from '@/review/registry/officialNameKinds'
import { forgetRegistry } from '@/review/registry/registryFromPayload'
import { checkWordsEndpoint } from '@/review/registry/checkWordsEndpoint'
import { writeAuditEntry } from '@/workflow/writeAuditEntry'

const auditChange: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  forgetRegistry()
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: operation === 'create' ? 'official_name_created' : 'official_name_updated',
    comment: `Nama resmi: ${doc.name}`,
    details: { id: doc.id, name: doc.name },
  })
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  forgetRegistry()
  await writeAuditEntry(req, {
    actor: req.user?.id ?? null,
    actorEmail: req.user?.email ?? null,
    action: 'official_name_deleted',
    comment: `Nama resmi dihapus: ${doc.name}`,
    details: { id: doc.id, name: doc.name },
  })
  return doc
}

/**
 * Official names registry of the review assistant (issue 11): the official spelling of people,
 * positions, OPDs, places, programmes and events, each with its known wrong variants. Read live by
 * the editor's review panel, the approval gate and (as a CSV/JSON export) the CLI. Admins and
 * verifiers edit; every logged-in staff member reads.
 */
export const OfficialNames: CollectionConfig = {
  slug: 'official-names',
  labels: { singular: 'Nama Resmi', plural: 'Daftar Nama Resmi' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'updatedAt'],
    group: 'Pengaturan',
    description: 'Ejaan resmi nama orang, jabatan, OPD, tempat, program dan acara beserta varian yang salah. Dipakai asisten pemeriksa berita.',
  },
  access: { read: authenticated, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  hooks: { afterChange: [auditChange], afterDelete: [auditDelete] },
  endpoints: [checkWordsEndpoint],
  fields: [
    { name: 'name', label: 'Nama resmi', type: 'text', required: true, unique: true, maxLength: 200, index: true },
    { name: 'kind', label: 'Jenis', type: 'select', options: OFFICIAL_NAME_KINDS, defaultValue: 'person' },
    {
      name: 'variants',
      label: 'Varian yang salah',
      labels: { singular: 'Varian', plural: 'Varian' },
      type: 'array',
      admin: { description: 'Ejaan keliru atau nama lama yang sering muncul, mis. "Walikota" untuk "Wali Kota".' },
      fields: [
        {
          name: 'value',
          label: 'Varian',
          type: 'text',
          required: true,
          maxLength: 200,
          validate: (value: string | null | undefined, { data }: { data: unknown }) => {
            const name = (data as { name?: string })?.name ?? ''
            if (value && value.trim().toLowerCase() === name.trim().toLowerCase()) return 'Varian tidak boleh sama dengan nama resmi.'
            return true
          },
        },
      ],
    },
    { name: 'note', label: 'Catatan', type: 'textarea', maxLength: 500, admin: { description: 'Ditampilkan bersama temuan, mis. dasar hukum nama resmi.' } },
  ],
}
