import type { Field } from 'payload'

/**
 * Per-channel token bookkeeping in the `channels` global (issue 13): when the token expires, when
 * it was obtained, and a problem an admin must act on. The token itself stays in the channel's
 * secret field (sealed with AES-256-GCM); these dates are not secret.
 */
export const tokenHealthFields = (options: { expiry: boolean }): Field[] => [
  ...(options.expiry
    ? ([
        {
          name: 'tokenExpiresAt',
          label: 'Token berlaku sampai',
          type: 'date',
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description:
              'Diisi otomatis (60 hari untuk token jangka panjang) dan diperbarui oleh tugas penyegaran token. Ubah bila Meta menunjukkan tanggal lain.',
          },
        },
        { name: 'tokenIssuedAt', label: 'Token diperoleh', type: 'date', admin: { readOnly: true } },
      ] satisfies Field[])
    : []),
  { name: 'tokenProblem', label: 'Masalah token', type: 'textarea', admin: { readOnly: true } },
  { name: 'tokenProblemAt', label: 'Masalah token sejak', type: 'date', admin: { readOnly: true } },
  { name: 'tokenWarnedAt', label: 'Peringatan token terakhir dikirim', type: 'date', admin: { readOnly: true } },
]
