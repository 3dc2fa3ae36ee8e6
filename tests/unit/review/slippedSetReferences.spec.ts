import { describe, expect, it } from 'vitest'

import { onBody } from './helpers'

const counts = onBody('number-consistency', 'Pemeriksaan Berjalan Lancar')
const opening = 'Pemerintah Kota Yogyakarta menggelar kegiatan lapangan, Sabtu (10/10/2026).'

describe('round 22: a later reference to a set, its figure a digit slip of one earlier count (number-consistency)', () => {
  it('reports a "yang" clause closed by a demonstrative, the noun counted otherwise too', () => {
    const body = `${opening}\n\nPetugas telah memeriksa 1.520 ekor sapi di 20 lapak.\n\nJumlah sapi kurban tahun ini diperkirakan 2.000 ekor, naik dari 1.800 ekor tahun lalu.\n\nDari 1.250 ekor yang telah diperiksa itu, semuanya dinyatakan sehat.`
    expect(counts(body)).toEqual(['1.250 ekor'])
  })

  it('reports a count described by the earlier count\'s verb, one digit changed', () => {
    const body = `${opening}\n\nTim gabungan memverifikasi 418 rumah tidak layak huni di Kemantren Jetis.\n\nSepanjang tahun lalu, 120 rumah sudah diperbaiki.\n\nPerbaikan 428 rumah yang diverifikasi bulan ini dimulai Januari.`
    expect(counts(body)).toEqual(['428 rumah'])
  })

  it('reports a demonstrative after the noun, paragraphs apart', () => {
    const body = `${opening}\n\nPelatihan diikuti 36 kader dari 14 kelurahan.\n\nSebelumnya dinas sudah melatih 210 kader posyandu.\n\n"Materinya praktis," kata Sri.\n\nKe-63 kader tersebut akan mendampingi ibu hamil.`
    expect(counts(body)).toEqual(['63 kader'])
  })

  it('reports a classifier alone restating the counted animals', () => {
    const body = `${opening}\n\nVaksinator menyuntik 74 ekor kucing liar.\n\nTarget tahun ini 500 ekor.\n\nSebanyak 47 ekor yang disuntik tersebut sudah ditandai kalung.`
    expect(counts(body)).toEqual(['47 ekor'])
  })

  it('stays silent when the later figure equals an earlier one', () => {
    const body = `${opening}\n\nPetugas memeriksa 1.520 ekor sapi.\n\nJumlahnya diperkirakan 2.000 ekor.\n\nDari 1.520 ekor yang diperiksa itu, semuanya sehat.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent when the figure could be a slip of two earlier counts', () => {
    const body = `${opening}\n\nTim mendata 418 rumah di Jetis dan tahun lalu 438 rumah di Tegalrejo.\n\nPerbaikan 428 rumah yang didata itu dimulai Januari.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a count that does not refer back', () => {
    const body = `${opening}\n\nTim menjangkau 47 orang di Malioboro.\n\nSepanjang tahun, tim menjangkau 418 orang.\n\nDi Kemantren Jetis, 74 orang tercatat sebagai pemulung.`
    expect(counts(body)).toEqual([])
  })

  it('stays silent on a part of the set', () => {
    const body = `${opening}\n\nTim menjangkau 47 orang di Malioboro.\n\nSepanjang tahun, tim menjangkau 418 orang.\n\nSebanyak 41 orang yang dijangkau di antaranya berasal dari luar kota.`
    expect(counts(body)).toEqual([])
  })
})
