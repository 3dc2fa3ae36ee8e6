import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { anyone } from '@/access/anyone'
import { revalidateTagsHook } from '@/data/revalidateTagsHook'
import { TAGS } from '@/data/tags'

export const Site: GlobalConfig = {
  slug: 'site',
  label: 'Situs',
  admin: { group: 'Pengaturan' },
  access: { read: anyone, update: adminOnly },
  // The portal caches the site settings; a change shows on the next request.
  hooks: { afterChange: [revalidateTagsHook([TAGS.site])] },
  fields: [
    { name: 'name', label: 'Nama portal', type: 'text', required: true, defaultValue: 'Warta Kota' },
    { name: 'publisher', label: 'Penerbit', type: 'text', defaultValue: 'Bagian Humas Pemerintah Kota' },
    { name: 'description', label: 'Deskripsi', type: 'textarea', defaultValue: 'Berita resmi pemerintah kota.' },
    {
      name: 'baseUrl',
      label: 'Alamat dasar portal',
      type: 'text',
      admin: { description: 'Contoh: https://warta.jogjakota.go.id — bila kosong dipakai PUBLIC_URL.' },
    },
    { name: 'language', label: 'Bahasa', type: 'text', defaultValue: 'id' },
    { name: 'logo', label: 'Logo', type: 'upload', relationTo: 'media' },
    { name: 'twitterHandle', label: 'Akun X/Twitter', type: 'text' },
  ],
}
