import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const dates = onBody('date-consistency', 'Kegiatan Kota')

// The lead's start is reported: the first day with its place and hour is the detailed account.
describe('round 23: the first day restated with words between (`dibuka pertama kali di … pada`) against the lead\'s start (date-consistency)', () => {
  it('reads "dibuka pertama kali" and a place before the date', () => {
    const body = 'Pemerintah kota menggelar pasar murah di enam titik mulai Selasa (6/10/2026) untuk menjaga harga bahan pokok.\n\nKepala dinas mengatakan pasar murah dibuka pertama kali di halaman Kantor Kemantren Wirobrajan pada Rabu (7/10/2026) pukul 08.00 WIB.'
    expect(dates(body)).toEqual(['6/10/2026'])
  })

  it('reads "perdana" before its verb', () => {
    const body = 'Layanan vaksinasi keliling dimulai Senin (5/10/2026) di 14 kemantren.\n\nLayanan perdana digelar di Puskesmas Jetis pada Selasa (6/10/2026) pagi dengan 120 peserta.'
    expect(dates(body)).toEqual(['5/10/2026'])
  })

  it('reads "dilaksanakan perdana" with the place and hour between', () => {
    const body = 'Pelayanan SIM keliling dimulai Senin (5/10/2026) di lima kemantren.\n\nPelayanan dilaksanakan perdana di halaman Balai Kota mulai pukul 08.00 pada Selasa (6/10/2026).'
    expect(dates(body)).toEqual(['5/10/2026'])
  })

  it('stays silent on the first day of another event ("hari pertama masuk sekolah")', () => {
    const body = 'Daftar ulang dibuka mulai Senin (29/6/2026) hingga Rabu (1/7/2026).\n\nHari pertama masuk sekolah ditetapkan pada Senin, 13 Juli 2026.'
    expect(dates(body)).toEqual([])
  })

  it('reads a date written with its month name', () => {
    const body = 'Festival kuliner berlangsung mulai Jumat, 9 Oktober 2026, di Alun-alun Utara.\n\nFestival dibuka untuk pertama kali oleh wali kota di panggung utama pada Sabtu, 10 Oktober 2026.'
    expect(dates(body)).toEqual(['9 Oktober'])
  })

  it('stays silent when the first day is the lead\'s start', () => {
    const body = 'Pemerintah kota menggelar pasar murah mulai Selasa (6/10/2026).\n\nPasar murah dibuka pertama kali di halaman Kantor Kemantren Wirobrajan pada Selasa (6/10/2026) pukul 08.00 WIB.'
    expect(dates(body)).toEqual([])
  })

  it('stays silent when the lead gives no start', () => {
    const body = 'Pemerintah kota menggelar pasar murah, Selasa (6/10/2026).\n\nPasar murah dibuka pertama kali di halaman Kantor Kemantren Wirobrajan pada Rabu (7/10/2026).'
    expect(dates(body)).toEqual([])
  })

  it('stays silent on the first day of a registration', () => {
    const body = 'Pelatihan barista dimulai Senin (12/10/2026) di balai latihan kerja.\n\nPendaftaran dibuka pertama kali melalui laman dinas pada Senin (5/10/2026).'
    expect(dates(body)).toEqual([])
  })

  it('stays silent on the first day of a later stage', () => {
    const body = 'Vaksinasi tahap pertama dimulai Senin (5/10/2026).\n\nVaksinasi tahap kedua dibuka pertama kali di Puskesmas Jetis pada Senin (19/10/2026).'
    expect(dates(body)).toEqual([])
  })
})
