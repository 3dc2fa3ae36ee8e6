import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'

import { auditChannelChange } from './auditChannelChange'
import { maskChannelSecretsHook, sealChannelSecretsHook } from './channelSecretsHooks'

/**
 * Channel settings and credentials. Admin-only; secret fields are encrypted at rest by the
 * syndication wiring (AES-256-GCM, key from env) and masked in the admin.
 */
export const Channels: GlobalConfig = {
  slug: 'channels',
  label: 'Kanal distribusi',
  admin: { group: 'Distribusi' },
  access: { read: adminOnly, update: adminOnly },
  hooks: { beforeChange: [sealChannelSecretsHook], afterChange: [auditChannelChange], afterRead: [maskChannelSecretsHook] },
  fields: [
    {
      name: 'portal',
      label: 'Portal',
      type: 'group',
      fields: [
        { name: 'enabled', label: 'Aktif', type: 'checkbox', defaultValue: true },
        { name: 'concurrency', label: 'Pengiriman serentak (per proses)', type: 'number', defaultValue: 8, min: 1, max: 64 },
        {
          name: 'liveCheck',
          label: 'Periksa halaman publik setelah terbit',
          type: 'checkbox',
          defaultValue: true,
          admin: { description: 'Matikan bila server tugas tidak dapat menjangkau alamat publik portal.' },
        },
        {
          name: 'checkBaseUrl',
          label: 'Alamat internal untuk pemeriksaan',
          type: 'text',
          admin: { description: 'Opsional, mis. http://127.0.0.1:3000: dipakai sebagai ganti alamat publik saat memeriksa halaman.' },
        },
        {
          name: 'webhooks',
          label: 'Webhook eksternal',
          type: 'array',
          fields: [
            { name: 'url', label: 'URL', type: 'text', required: true },
            { name: 'secret', label: 'Rahasia HMAC', type: 'text', admin: { description: 'Disimpan terenkripsi (AES-256-GCM); ditampilkan tersamar. Biarkan apa adanya untuk mempertahankan nilai tersimpan.' } },
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
        { name: 'accessToken', label: 'Token akses', type: 'text', admin: { description: 'Disimpan terenkripsi (AES-256-GCM); ditampilkan tersamar. Biarkan apa adanya untuk mempertahankan nilai tersimpan.' } },
        { name: 'hashtags', label: 'Tagar bawaan', type: 'text', hasMany: true },
        { name: 'maxHashtags', label: 'Batas tagar', type: 'number', defaultValue: 5 },
        { name: 'concurrency', label: 'Pengiriman serentak (per proses)', type: 'number', defaultValue: 4, min: 1, max: 64 },
      ],
    },
    {
      name: 'youtube',
      label: 'YouTube',
      type: 'group',
      fields: [
        { name: 'enabled', label: 'Aktif', type: 'checkbox', defaultValue: false },
        { name: 'clientId', label: 'OAuth client ID', type: 'text' },
        { name: 'clientSecret', label: 'OAuth client secret', type: 'text', admin: { description: 'Disimpan terenkripsi (AES-256-GCM); ditampilkan tersamar. Biarkan apa adanya untuk mempertahankan nilai tersimpan.' } },
        { name: 'refreshToken', label: 'Refresh token', type: 'text', admin: { description: 'Disimpan terenkripsi (AES-256-GCM); ditampilkan tersamar. Biarkan apa adanya untuk mempertahankan nilai tersimpan.' } },
        { name: 'rootUrl', label: 'Root URL API', type: 'text', defaultValue: 'https://youtube.googleapis.com/' },
        { name: 'tokenUrl', label: 'URL token OAuth', type: 'text' },
        { name: 'concurrency', label: 'Pengiriman serentak (per proses)', type: 'number', defaultValue: 4, min: 1, max: 64 },
      ],
    },
  ],
}
