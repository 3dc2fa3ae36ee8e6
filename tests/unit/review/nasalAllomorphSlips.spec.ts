import { describe, expect, it } from 'vitest'

import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const checker = loadSpellChecker()
const typos = (body: string, title = 'Berita Kota') =>
  check('typo', { title, body, publishedAt: '2026-03-17' }, { spellChecker: checker ?? undefined }).map((f) => [f.excerpt, f.suggestion])

// Round 24: meN-/peN- before a stem whose first letter that nasal never stands before ("pen-" + "ujang") is no
// derivation, so a slip it used to hide is read against the dictionary.
describe.skipIf(!checker)('typo: a slip read as a nasal prefix before the wrong onset (round 24)', () => {
  it('reports slips in meN-/peN- words in any field and position', () => {
    expect(typos('Dana itu dipakai untuk sarana penujang kegiatan belajar di sekolah.')).toEqual([['penujang', 'penunjang']])
    expect(typos('Jumlah penuduk kelurahan itu naik tahun ini.')).toEqual([['penuduk', 'penduduk']])
    expect(typos('Tim gabungan mematau arus lalu lintas sejak pagi.\n\nPetugas juga berjaga di simpang empat.')).toEqual([['mematau', 'memantau']])
    expect(typos('Posko menamung aduan warga selama sepekan.')).toEqual([['menamung', 'menampung']])
    expect(typos('Museum ramai.\n\nJumlah pengunung museum naik selama libur sekolah.')).toEqual([['pengunung', 'pengunjung']])
    expect(typos('Warga diminta menujang program kebersihan kampung.')).toEqual([['menujang', 'menunjang']])
    expect(typos('Petugas melayani pengendar yang mengurus surat di loket.')).toEqual([['pengendar', 'pengendara']])
    expect(typos('Foto: Petugas dinas menanani laporan banjir di posko.')).toEqual([['menanani', 'menangani']])
  })

  it('keeps loans that keep their first consonant, regular derivations and regional words', () => {
    expect(typos('Kelompok itu memproduksi tas dan mentransfer hasil penjualan ke koperasi.')).toEqual([])
    expect(typos('Akademisi mengkritik rencana itu dalam pengkajian bersama dinas.')).toEqual([])
    expect(typos('Dinas mempublikasikan hasil pendataan dan penghijauan kampung.')).toEqual([])
    expect(typos('Petugas menyiram tanaman, warga memakai blangkon dan memainkan gendhing.')).toEqual([])
    expect(typos('Pengelolaan sampah dan penanganan banjir dibahas bersama pengurus kampung.')).toEqual([])
  })
})
