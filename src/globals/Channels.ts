import type { GlobalConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'

import { tokenHealthFields } from '@/syndication/wiring/tokenHealthFields'

import { auditChannelChange } from './auditChannelChange'
import { channelTokenHealthHook } from './channelTokenHealthHook'
import { maskChannelSecretsHook, sealChannelSecretsHook } from './channelSecretsHooks'
import { requeueAfterTokenHook } from './requeueAfterTokenHook'

/**
 * Channel settings and credentials. Admin-only; secret fields are encrypted at rest by the
 * syndication wiring (AES-256-GCM, key from env) and masked in the admin.
 */
export const Channels: GlobalConfig = {
  slug: 'channels',
  label: 'Kanal distribusi',
  admin: { group: 'Distribusi' },
  access: { read: adminOnly, update: adminOnly },
  hooks: { beforeChange: [channelTokenHealthHook, sealChannelSecretsHook], afterChange: [auditChannelChange, requeueAfterTokenHook], afterRead: [maskChannelSecretsHook] },
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
        {
          name: 'loginKind',
          label: 'Jenis login',
          type: 'select',
          defaultValue: 'facebook',
          options: [
            { label: 'Facebook Login (graph.facebook.com)', value: 'facebook' },
            { label: 'Instagram Login (graph.instagram.com)', value: 'instagram' },
          ],
          admin: { description: 'Menentukan cara token diperbarui otomatis sebelum kedaluwarsa.' },
        },
        { name: 'appId', label: 'App ID Meta', type: 'text', admin: { description: 'Khusus Facebook Login: untuk memperbarui token otomatis.', condition: (_, s) => s?.loginKind !== 'instagram' } },
        { name: 'appSecret', label: 'App Secret Meta', type: 'text', admin: { description: 'Disimpan terenkripsi (AES-256-GCM); ditampilkan tersamar.', condition: (_, s) => s?.loginKind !== 'instagram' } },
        ...tokenHealthFields({ expiry: true }),
        { name: 'hashtags', label: 'Tagar bawaan', type: 'text', hasMany: true },
        { name: 'maxHashtags', label: 'Batas tagar', type: 'number', defaultValue: 5 },
        {
          name: 'containerCap',
          label: 'Batas kontainer per 24 jam',
          type: 'number',
          defaultValue: 400,
          min: 1,
          admin: { description: 'Batas Meta: 400 kontainer media per akun per 24 jam bergulir. Ubah hanya untuk uji beban dengan platform tiruan.' },
        },
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
        ...tokenHealthFields({ expiry: false }),
        { name: 'concurrency', label: 'Pengiriman serentak (per proses)', type: 'number', defaultValue: 4, min: 1, max: 64 },
      ],
    },
  ],
}
