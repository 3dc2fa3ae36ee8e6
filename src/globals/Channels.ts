import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'

/**
 * Channel settings and credentials. Admin-only; secret fields are encrypted at rest by the
 * syndication wiring (AES-256-GCM, key from env) and masked in the admin.
 */
export const Channels: GlobalConfig = {
  slug: 'channels',
  label: 'Kanal distribusi',
  admin: { group: 'Distribusi' },
  access: { read: adminOnly, update: adminOnly },
  fields: [
    {
      name: 'portal',
      label: 'Portal',
      type: 'group',
      fields: [
        { name: 'enabled', label: 'Aktif', type: 'checkbox', defaultValue: true },
        {
          name: 'webhooks',
          label: 'Webhook eksternal',
          type: 'array',
          fields: [
            { name: 'url', label: 'URL', type: 'text', required: true },
            { name: 'secret', label: 'Rahasia HMAC', type: 'text' },
          ],
        },
      ],
    },
    {
      name: 'instagram',
      label: 'Instagram',
      type: 'group',
      fields: [
        { name: 'enabled', label: 'Aktif', type: 'checkbox', defaultValue: false },
        { name: 'graphHost', label: 'Host Graph API', type: 'text', defaultValue: 'https://graph.facebook.com' },
        { name: 'graphVersion', label: 'Versi Graph API', type: 'text', defaultValue: 'v25.0' },
        { name: 'igUserId', label: 'ID akun Instagram', type: 'text' },
        { name: 'accessToken', label: 'Token akses', type: 'text' },
        { name: 'hashtags', label: 'Tagar bawaan', type: 'text', hasMany: true },
        { name: 'maxHashtags', label: 'Batas tagar', type: 'number', defaultValue: 5 },
      ],
    },
    {
      name: 'youtube',
      label: 'YouTube',
      type: 'group',
      fields: [
        { name: 'enabled', label: 'Aktif', type: 'checkbox', defaultValue: false },
        { name: 'clientId', label: 'OAuth client ID', type: 'text' },
        { name: 'clientSecret', label: 'OAuth client secret', type: 'text' },
        { name: 'refreshToken', label: 'Refresh token', type: 'text' },
        { name: 'rootUrl', label: 'Root URL API', type: 'text', defaultValue: 'https://youtube.googleapis.com/' },
        { name: 'tokenUrl', label: 'URL token OAuth', type: 'text' },
      ],
    },
  ],
}
