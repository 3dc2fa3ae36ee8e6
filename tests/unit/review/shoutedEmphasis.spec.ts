import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const caps = (body: string, title = 'Berita Kota') => warnings('all-caps', { title, body, publishedAt: '2026-02-16' })

describe('all-caps: short words of emphasis in capitals are shouting (round 22)', () => {
  it('reports a short emphasis word, alone or in a run', () => {
    expect(caps('Juru parkir yang terjaring diminta membuat surat pernyataan TIDAK AKAN mengulangi perbuatannya.')).toEqual(['TIDAK AKAN'])
    expect(caps('Pendaftaran dibuka.\n\nSetiap peserta WAJIB membawa fotokopi KTP dan KK.')).toEqual(['WAJIB'])
    expect(caps('Tiket masuk HANYA Rp5.000 per orang selama festival.')).toEqual(['HANYA'])
    expect(caps('Warga antre.', 'Warga Harus Tahu, Stok Elpiji BUKAN Langka')).toEqual(['BUKAN'])
  })

  it('keeps acronyms, Roman numerals and quotations as they were', () => {
    expect(caps('Kartu KK dan KTP diperiksa petugas di kantor RW 05.')).toEqual([])
    expect(caps('Sri Sultan Hamengku Buwono X membuka acara HUT ke-270 Kota Yogyakarta.')).toEqual([])
    expect(caps('Dana BOP PAUD tahap I dicairkan pekan ini.')).toEqual([])
    expect(caps('"Pokoknya TIDAK boleh ada pungutan," kata Lurah.')).toEqual([])
  })
})
