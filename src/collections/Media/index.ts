import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { editorsOnly } from '@/access/editorsOnly'
import { mediaDir } from '@/config/mediaDir'

import { createMedia, updateMedia } from './access/mediaAccess'
import { assignMediaUnit } from './hooks/assignMediaUnit'
import { auditMediaChange } from './hooks/auditMediaChange'
import { checkUploadContent } from './hooks/checkUploadContent'
import { guardMediaInUse, refuseDeletingMediaInUse } from './hooks/guardMediaInUse'
import { imageSizes } from './imageSizes'
import { uploadLimits } from './uploadLimits'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: 'Konten' },
  access: { read: anyone, create: createMedia, update: updateMedia, delete: editorsOnly },
  // A copy would land in the original's unit with its texts (issue 9, finding 5).
  disableDuplicate: true,
  hooks: {
    beforeOperation: [checkUploadContent],
    beforeChange: [assignMediaUnit, guardMediaInUse],
    afterChange: [auditMediaChange],
    beforeDelete: [refuseDeletingMediaInUse],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: Object.values(uploadLimits.formats),
    focalPoint: true,
    crop: true,
    // Any constructor option makes Payload re-encode the original through sharp: that applies
    // the EXIF orientation and drops all metadata (GPS, camera serials), and caps pixels.
    constructorOptions: { limitInputPixels: uploadLimits.maxInputPixels },
    withMetadata: false,
    imageSizes,
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Teks alternatif',
      type: 'text',
      required: true,
      maxLength: 300,
      admin: { description: 'Jelaskan isi gambar untuk pembaca tunanetra (wajib).' },
    },
    { name: 'caption', label: 'Keterangan foto', type: 'textarea', maxLength: 500 },
    { name: 'credit', label: 'Kredit', type: 'text', maxLength: 120 },
    {
      name: 'unit',
      label: 'OPD',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      admin: { position: 'sidebar', description: 'OPD pemilik media; penulis hanya dapat mengubah media OPD-nya.' },
    },
  ],
}
