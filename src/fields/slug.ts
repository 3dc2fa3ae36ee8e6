import type { Field, TextField } from 'payload'

import { formatSlug } from '@/hooks/formatSlug'

type SlugOptions = {
  /** Field whose value seeds the slug. */
  from?: string
  overrides?: Partial<TextField>
}

/** Unique, editable slug generated from `from` when left empty. */
export const slugField = ({ from = 'title', overrides = {} }: SlugOptions = {}): Field =>
  ({
    name: 'slug',
    type: 'text',
    label: 'Slug',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'Dibuat otomatis dari judul bila dikosongkan. Huruf kecil, angka dan tanda hubung.',
    },
    hooks: { beforeValidate: [formatSlug(from)] },
    validate: (value: null | string | undefined) => {
      if (!value) return true
      return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
        ? true
        : 'Slug hanya boleh berisi huruf kecil, angka dan tanda hubung.'
    },
    ...overrides,
  }) as Field
