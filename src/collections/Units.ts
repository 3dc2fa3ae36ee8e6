import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { anyone } from '@/access/anyone'
import { revalidateTagsHook } from '@/data/revalidateTagsHook'
import { TAGS } from '@/data/tags'
import { slugField } from '@/fields/slug'

/** Organisational units of the city government (OPD). */
export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'OPD', plural: 'OPD' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'shortName', 'slug'],
    group: 'Pengaturan',
  },
  access: { read: anyone, create: adminOnly, update: adminOnly, delete: adminOnly },
  // Names and slugs appear with every portal item: a change expires the portal caches.
  hooks: { afterChange: [revalidateTagsHook([TAGS.taxonomy, TAGS.newsLists])], afterDelete: [revalidateTagsHook([TAGS.taxonomy, TAGS.newsLists])] },
  fields: [
    { name: 'name', label: 'Nama', type: 'text', required: true, maxLength: 160 },
    {
      name: 'shortName',
      label: 'Singkatan',
      type: 'text',
      required: true,
      maxLength: 40,
      admin: { description: 'Contoh: Diskominfosan' },
    },
    slugField({ from: 'name' }),
    { name: 'description', label: 'Keterangan', type: 'textarea', maxLength: 1000 },
  ],
}
