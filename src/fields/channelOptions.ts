import type { Field, GroupField } from 'payload'

import {
  validateInstagramCaption,
  validateLanguageCode,
  validateYoutubeCategoryId,
  validateYoutubeDescription,
  validateYoutubeTags,
  validateYoutubeTitle,
} from './channelOverrideValidators'

/** Per-item syndication choices and per-channel text overrides (design.md §2). */
export const channelOptionsField = (overrides: Partial<GroupField> = {}): Field =>
  ({
    name: 'channels',
    label: 'Kanal distribusi',
    type: 'group',
    fields: [
      {
        name: 'instagram',
        label: 'Instagram',
        type: 'group',
        fields: [
          { name: 'enabled', label: 'Kirim ke Instagram', type: 'checkbox', defaultValue: false },
          {
            name: 'caption',
            label: 'Keterangan khusus Instagram',
            type: 'textarea',
            validate: validateInstagramCaption,
            admin: { description: 'Kosongkan untuk memakai templat (judul, ringkasan, tautan, tagar).' },
          },
          {
            name: 'images',
            label: 'Gambar galeri untuk karusel',
            type: 'upload',
            relationTo: 'media',
            hasMany: true,
            maxRows: 9,
          },
        ],
      },
      {
        name: 'youtube',
        label: 'YouTube',
        type: 'group',
        fields: [
          { name: 'enabled', label: 'Perbarui metadata video YouTube', type: 'checkbox', defaultValue: false },
          { name: 'title', label: 'Judul video', type: 'text', validate: validateYoutubeTitle },
          { name: 'description', label: 'Deskripsi video', type: 'textarea', validate: validateYoutubeDescription },
          { name: 'tags', label: 'Tag video', type: 'text', hasMany: true, validate: validateYoutubeTags },
          { name: 'categoryId', label: 'ID kategori YouTube', type: 'text', defaultValue: '25', validate: validateYoutubeCategoryId },
          { name: 'language', label: 'Bahasa', type: 'text', defaultValue: 'id', validate: validateLanguageCode },
          { name: 'publishAt', label: 'Jadwal tayang video (video privat)', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        ],
      },
    ],
    ...overrides,
  }) as Field
