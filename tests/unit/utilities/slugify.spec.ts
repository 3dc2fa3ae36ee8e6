import { describe, expect, it } from 'vitest'

import { slugify } from '@/utilities/slugify'

describe('slugify', () => {
  it('transliterates and hyphenates Indonesian titles', () => {
    expect(slugify('Pemkot Gelar Rapat Koordinasi Penanganan Banjir')).toBe('pemkot-gelar-rapat-koordinasi-penanganan-banjir')
    expect(slugify('Kafé "Kopi Jos" Raih Sertifikat Halal!')).toBe('kafe-kopi-jos-raih-sertifikat-halal')
    expect(slugify('APBD 2027: Rp1,8 Triliun untuk Pendidikan')).toBe('apbd-2027-rp1-8-triliun-untuk-pendidikan')
  })

  it('cuts long titles at a word boundary', () => {
    const slug = slugify('Wali Kota Meresmikan Gedung Pelayanan Terpadu Satu Pintu yang Baru di Kompleks Balai Kota Bersama Jajaran')
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
    expect('wali-kota-meresmikan-gedung-pelayanan-terpadu-satu-pintu-yang-baru-di-kompleks-balai-kota'.startsWith(slug)).toBe(true)
  })
})
