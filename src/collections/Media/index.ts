import type { CollectionConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { authenticated } from '@/access/authenticated'
import { editorsOnly } from '@/access/editorsOnly'
import { mediaDir } from '@/config/mediaDir'

import { checkUploadContent } from './hooks/checkUploadContent'
import { imageSizes } from './imageSizes'
import { uploadLimits } from './uploadLimits'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Media', plural: 'Media' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: 'Konten' },
  access: { read: anyone, create: authenticated, update: authenticated, delete: editorsOnly },
  hooks: { beforeOperation: [checkUploadContent] },
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
  ],
}
