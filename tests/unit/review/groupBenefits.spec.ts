import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita') => warnings('generalisation', { title, body, publishedAt: '2026-06-11' })

describe('generalisation: a benefit claimed for the whole group (round 21)', () => {
  it('reports a benefit or pleasure given to every member', () => {
    expect(general('Klinik keliling itu berguna untuk semua lansia di bantaran Kali Code.')).toEqual(['berguna untuk semua lansia'])
    expect(general('Hasil panen raya kemarin dirasakan dampaknya oleh seluruh petani kota.')).toEqual(['dirasakan dampaknya oleh seluruh petani'])
    expect(general('Pentas Wayang Semalam Suntuk\n\nPertunjukan dalang cilik itu dinikmati segenap penonton hingga dini hari.')).toEqual([
      'dinikmati segenap penonton',
    ])
    expect(general('Bagaimana hasil uji coba tarif baru?\n\nTarif flat ini menguntungkan semua pedagang pasar.')).toEqual(['menguntungkan semua pedagang pasar'])
  })

  it('stays silent on a hope, a possibility, a literal sensation or a part of the group', () => {
    expect(general('Bantuan alat tangkap ini diharapkan bermanfaat bagi seluruh nelayan.')).toEqual([])
    expect(general('Taman baru ini dapat dinikmati oleh seluruh warga secara gratis.')).toEqual([])
    expect(general('Guncangan gempa dirasakan oleh seluruh penghuni rusunawa selama lima detik.')).toEqual([])
    expect(general('Pelatihan ini bermanfaat bagi sebagian peserta yang baru membuka toko daring.')).toEqual([])
  })
})
