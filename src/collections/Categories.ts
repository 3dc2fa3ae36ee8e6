import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { revalidateTagsHook } from '@/data/revalidateTagsHook'
import { TAGS } from '@/data/tags'
import { editorsOnly } from '@/access/editorsOnly'
import { slugField } from '@/fields/slug'

export const Categories: CollectionConfig = {
  slug: 'categories',
  labels: { singular: 'Kategori', plural: 'Kategori' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'slug'], group: 'Pengaturan' },
  access: { read: anyone, create: editorsOnly, update: editorsOnly, delete: editorsOnly },
  // Names and slugs appear with every portal item: a change expires the portal caches.
  hooks: { afterChange: [revalidateTagsHook([TAGS.taxonomy, TAGS.newsLists])], afterDelete: [revalidateTagsHook([TAGS.taxonomy, TAGS.newsLists])] },
  fields: [
    { name: 'name', label: 'Nama', type: 'text', required: true, maxLength: 80 },
    slugField({ from: 'name' }),
    { name: 'description', label: 'Keterangan', type: 'textarea', maxLength: 500 },
  ],
}
