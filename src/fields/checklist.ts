import type { Field, GroupField } from 'payload'

export const CHECKLIST_ITEMS = [
  { name: 'names', label: 'Nama orang dan lembaga sudah benar' },
  { name: 'titles', label: 'Jabatan dan gelar sudah benar' },
  { name: 'dates', label: 'Hari, tanggal dan waktu sudah cocok' },
  { name: 'numbers', label: 'Angka dan satuan sudah diperiksa' },
  { name: 'quotes', label: 'Kutipan sesuai ucapan dan beratribusi' },
  { name: 'sources', label: 'Sumber jelas dan dapat dihubungi' },
] as const

/** The verifier's accuracy checklist: every box must be ticked before approval. */
export const checklistField = (overrides: Partial<GroupField> = {}): Field =>
  ({
    name: 'checklist',
    label: 'Daftar periksa akurasi',
    type: 'group',
    admin: { description: 'Diisi verifikator sebelum menyetujui berita.' },
    fields: CHECKLIST_ITEMS.map(({ name, label }) => ({
      name,
      label,
      type: 'checkbox',
      defaultValue: false,
    })),
    ...overrides,
  }) as Field
