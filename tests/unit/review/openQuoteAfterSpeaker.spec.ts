import { describe, expect, it } from 'vitest'

import { excerpts } from './helpers'

const unattributed = (body: string) => excerpts('unattributed-quote', { title: 'Berita', body, publishedAt: '2026-02-27' })
const unbalanced = (body: string) => excerpts('unbalanced-quote', { title: 'Berita', body, publishedAt: '2026-02-27' })

describe('unattributed-quote: a paragraph-long quotation left open after its speaker (round 21)', () => {
  const cases = [
    'Kepala Dinas Kesehatan, Emma Rahmi, mengatakan vaksinasi akan diperluas ke sekolah swasta.\n\n"Kami mulai dari kelas lima. Orang tua cukup mengisi formulir persetujuan.',
    'Menurut Lurah Baciro, Sri Lestari, jalan kampung akan dicor bulan depan.\n\n"Anggarannya sudah ada di APBD perubahan, tinggal menunggu lelang.\n\nWarga diminta memindahkan kendaraan.',
    'Camat menjelaskan posko dibuka 24 jam.\n\n"Relawan bergiliran tiap delapan jam',
    'Ketua paguyuban, Darmo, menilai tarif baru masih wajar. Ia berharap pasar ramai kembali.\n\n"Pembeli sekarang lebih suka belanja pagi, jadi kami buka lebih awal.',
  ]
  it('leaves the missing closing mark to unbalanced-quote alone', () => {
    for (const body of cases) {
      expect(unattributed(body)).toEqual([])
      expect(unbalanced(body).length).toBeGreaterThan(0)
    }
  })

  it('still reports a closed quotation standing alone, or an open one after no speaker', () => {
    expect(unattributed('Kepala Dinas Kesehatan, Emma Rahmi, mengatakan vaksinasi akan diperluas.\n\n"Kami mulai dari kelas lima dan enam di semua sekolah."')).toHaveLength(1)
    expect(unattributed('Vaksinasi akan diperluas ke sekolah swasta.\n\n"Kami mulai dari kelas lima. Orang tua cukup mengisi formulir persetujuan.')).toHaveLength(1)
    expect(unattributed('Posko dibuka 24 jam di balai kelurahan.\n\n"Relawan bergiliran tiap delapan jam, tidak ada yang libur selama banjir')).toHaveLength(1)
    expect(unattributed('"Antrean kami urai dengan nomor digital sejak pagi," tulis spanduk di depan loket.\n\nWarga mengambil nomor.')).toHaveLength(1)
  })
})
