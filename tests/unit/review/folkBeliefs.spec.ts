import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const general = (body: string, title = 'Berita') => warnings('generalisation', { title, body, publishedAt: '2026-06-29' })

describe('generalisation: a belief a custom is about (round 21)', () => {
  it('stays silent on what a tradition believes', () => {
    expect(general('Setelah doa bersama, air sendang dibagikan. Penduduk yakin air sendang itu membawa keberuntungan bagi ladang mereka.')).toEqual([])
    expect(general('Masyarakat percaya, tumpeng yang dilarung ke laut menjadi tolak bala bagi nelayan.')).toEqual([])
    expect(general('Foto: Ibu-ibu berebut apem di depan pendapa. Warga kampung meyakini apem itu membawa rezeki.')).toEqual([])
    expect(general('Ritual ini sudah berjalan turun-temurun.\n\nUmat setempat percaya pohon beringin di alun-alun dijaga arwah leluhur.')).toEqual([])
  })

  it('still reports a group said to believe in a programme or to trust the office', () => {
    expect(general('Warga yakin pembangunan talud ini akan selesai tepat waktu.')).toEqual(['Warga yakin'])
    expect(general('Masyarakat percaya program ini akan menekan angka pengangguran.')).toEqual(['Masyarakat percaya'])
    expect(general('Pedagang pasar kini yakin. Ruang baru itu membawa berkah bagi dagangan mereka.')).toEqual(['Pedagang pasar kini yakin'])
    expect(general('Seluruh warga percaya pada kepemimpinan lurah baru.')).toEqual(['Seluruh warga percaya'])
  })
})
