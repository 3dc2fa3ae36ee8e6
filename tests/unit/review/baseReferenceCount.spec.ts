import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Dinkes Gelar Imunisasi Kejar')
const opening = 'Dinas Kesehatan menggelar imunisasi kejar di sekolah dasar, Rabu (14/10/2026). Petugas datang ke sekolah sejak pagi.'

describe('round 18: a base referring back with one digit changed (number-consistency)', () => {
  it('reports "Dari N kasus itu" one digit off the count it names', () => {
    const body = `${opening}\n\nKepala dinas mengatakan sepanjang September 2026 tercatat 27 kasus campak, sedangkan pada September 2025 tercatat 12 kasus.\n\nDari 29 kasus itu, sebagian besar menimpa anak yang belum diimunisasi.`
    expect(counts(body)).toEqual(['29 kasus'])
  })

  it('leaves a base without a demonstrative and a count two digits off', () => {
    const plain = `${opening}\n\nSepanjang September tercatat 27 kasus campak di kota ini.\n\nDari 29 kasus yang dilaporkan puskesmas, sebagian besar menimpa balita.`
    expect(counts(plain)).toEqual([])
    const far = `${opening}\n\nSepanjang September tercatat 27 kasus campak di kota ini.\n\nDari 35 kasus itu, sebagian besar menimpa anak.`
    expect(counts(far)).toEqual([])
  })
})
