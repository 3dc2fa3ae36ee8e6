import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'

import { check } from './helpers'

// Round 13: generalisation classes. Sentences written for the test, none taken from the corpus.
const found = (body: string) => check('generalisation', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)

describe('generalisation: round 13', () => {
  it('reports an attitude in the passive with a whole group as its agent', () => {
    expect(found('Program pengobatan gratis itu disambut gembira oleh seluruh warga Pakuncen.')).toEqual(['disambut gembira oleh seluruh warga'])
    expect(found('Pembukaan pasar baru ini disambut baik semua pedagang.')).toEqual(['disambut baik semua pedagang'])
    expect(found('Kebijakan parkir baru didukung penuh oleh seluruh pedagang kaki lima.')).toEqual(['didukung penuh oleh seluruh pedagang'])
  })

  it('leaves a literal welcome, a cooperation and a wish', () => {
    expect(found('Rombongan tamu disambut oleh seluruh warga di gapura kampung.')).toEqual([])
    expect(found('Kegiatan ini didukung oleh seluruh pihak terkait.')).toEqual([])
    expect(found('Panitia berharap program ini disambut baik seluruh warga.')).toEqual([])
    expect(found('Kebijakan itu diharapkan didukung penuh semua pedagang.')).toEqual([])
  })

  it('reports a whole group\'s objection denied without "satu pun"', () => {
    expect(found('Tidak ada warga yang mengeluhkan pemadaman tersebut.')).toEqual(['Tidak ada warga yang mengeluhkan'])
    expect(found('Tak ada pedagang pasar yang keberatan dengan jadwal baru.')).toEqual(['Tak ada pedagang pasar yang keberatan'])
    expect(found('Tidak ada warga yang menjadi korban dalam kejadian itu.')).toEqual([])
  })

  it('reports a habit claimed of a whole group, not of those in a restrictive clause', () => {
    expect(found('Semua warga Cokrodiningratan kini sudah memilah sampah dari dapur.')).toEqual(['Semua warga Cokrodiningratan kini sudah memilah'])
    expect(found('Seluruh pedagang pasar kini telah terbiasa membawa kantong sendiri.')).toEqual(['Seluruh pedagang pasar kini telah terbiasa'])
    expect(found('Seluruh warga yang kini sudah memilah sampah mendapat poin tabungan.')).toEqual([])
    expect(found('Semua warga diimbau mulai memilah sampah dari rumah.')).toEqual([])
  })
})

describe('generalisation: round 13 (phase 2)', () => {
  it('reports readiness claimed of a whole group', () => {
    expect(found('Seluruh warga bantaran kini sudah siap menghadapi banjir.')).toEqual(['Seluruh warga bantaran kini sudah siap'])
    expect(found('Seluruh peserta telah siap di garis start sejak pagi.')).toEqual([])
    expect(found('Bantuan diterima dengan baik oleh seluruh penerima.')).toEqual([])
  })

  it('reports "never" said of a set named by a reduplicated plural opening the sentence', () => {
    expect(found('Sekolah-sekolah tidak pernah melaporkan kasus perundungan ke dinas.')).toEqual(['tidak pernah melaporkan kasus'])
    expect(found('Menurut kepala dinas, sekolah-sekolah tidak pernah melaporkan kasus itu.')).toEqual([])
    expect(found('Petugas tidak pernah libur selama Lebaran.')).toEqual([])
    expect(found('Pedagang-pedagang tidak pernah dipungut biaya sewa di pasar sementara.')).toEqual([])
  })

  it('leaves a group feeling inside a credit sentence to writer-credit', () => {
    const body = 'Berkat kepedulian Wali Kota, kini para perajin semakin percaya diri memasarkan produknya.'
    expect(found(body)).toEqual(['para perajin semakin percaya'])
    const all = analyzeArticle({ title: 'Berita', body, publishedAt: '2026-10-12' }).filter((f) => f.severity === 'warning')
    expect(all.map((f) => f.rule)).toEqual(['writer-credit'])
  })
})

describe('generalisation: round 14', () => {
  it('finds a whole group in varied grammar', () => {
    expect(found('Pembeli datang sejak pagi dan semuanya pulang dengan senyum lebar.')).toEqual(['semuanya pulang dengan senyum'])
    expect(found('Tidak ada satu pedagang pun yang merasa dirugikan oleh aturan baru itu.')).toEqual(['Tidak ada satu pedagang pun yang merasa dirugikan'])
    expect(found('Kini orang tua murid lebih tenang.')).toEqual(['orang tua murid lebih tenang'])
    expect(found('Seluruh pelajar menyukai perpustakaan baru itu.')).toEqual(['Seluruh pelajar menyukai'])
    expect(found('Tidak ada yang tidak puas dengan layanan itu.')).toEqual(['Tidak ada yang tidak puas'])
  })

  it('leaves things, facts and reported feelings alone', () => {
    expect(found('Berkas 30 kelompok sudah diperiksa. Semuanya lengkap.')).toEqual([])
    expect(found('Tidak ada satu rumah pun yang roboh.')).toEqual([])
    expect(found('Menurut petugas, mereka semua merasa terbantu.')).toEqual([])
  })
})

describe('generalisation: round 14, phase 2', () => {
  it('finds a group said to be always keen, and a group denied a will', () => {
    expect(found('Warga di kampung ini senantiasa antusias mengikuti kerja bakti.')).toEqual(['Warga di kampung ini senantiasa antusias'])
    expect(found('Pedagang di pasar ini tidak ada yang berminat pindah.')).toEqual(['Pedagang di pasar ini tidak ada yang berminat'])
    expect(found('Warga yang tidak ada di rumah mau dikunjungi ulang.')).toEqual([])
  })
})

// Round 15: sentences written for the test.
describe('generalisation: round 15', () => {
  it('reports any attitude of a bare group said by degree', () => {
    expect(found('Masyarakat sangat mendukung rencana pelebaran jalan itu.')).toEqual(['Masyarakat sangat mendukung'])
    expect(found('Masyarakat yang mendukung rencana itu diminta hadir.')).toEqual([])
  })
  it('reports a bare group as the agent of a passive attitude with a feeling word, not a literal welcome', () => {
    expect(found('Pembukaan perpustakaan keliling disambut antusias oleh warga.')).toEqual(['disambut antusias oleh warga'])
    expect(found('Rombongan wali kota disambut hangat warga setempat.')).toEqual([])
  })
  it('reports the whole group’s attitude as a noun', () => {
    expect(found('Antusiasme seluruh warga terlihat sejak pagi.')).toEqual(['Antusiasme seluruh warga'])
  })
  it('gives a state the writer says was caused in a group as info only', () => {
    const findings = check('generalisation', 'Jalur sepeda baru membuat warga nyaman.')
    expect(findings.map((f) => [f.excerpt, f.severity])).toEqual([['membuat warga nyaman', 'info']])
  })
  it('reads difficulty as a worry that is gone', () => {
    expect(found('Kini warga tidak lagi kesulitan mengurus akta kelahiran.')).toEqual(['Kini warga tidak lagi kesulitan'])
  })
})

describe('generalisation: round 15, phase 2', () => {
  it('reports a trait or habit asserted of a bare group', () => {
    expect(found('Remaja di kota ini cenderung malas berolahraga.')).toEqual(['Remaja di kota ini cenderung malas'])
    expect(found('Pelajar di kota ini kian enggan menulis surat.')).toEqual(['Pelajar di kota ini kian enggan'])
    expect(found('Warga gemar bersepeda pada akhir pekan, kata petugas.')).toEqual([])
  })
})
