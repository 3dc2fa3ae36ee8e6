import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const title = 'Wawancara: Siti Nurhaliza, Perajin Batik Giriloyo'
const intro = 'Perajin batik tulis, Siti Nurhaliza (41), membuka kelas membatik bagi remaja kampung. Kami berbincang dengannya, Senin (6/7/2026).'
const interview = (...paragraphs: string[]) => paragraphs.join('\n\n')
const neutrality = (body: string) =>
  (['puffery', 'loaded-language', 'unattributed-certainty'] as const).flatMap((rule) => warnings(rule, { title, body, publishedAt: '2026-07-06' }))

describe('interview answers end where the writer speaks of the interviewee again (round 21)', () => {
  it('reads the writer closing paragraphs after the last answer', () => {
    const body = interview(intro, 'Sejak kapan membatik?', 'Sejak SMP, diajari ibu saya.', 'Berapa muridnya sekarang?', 'Ada 32 remaja.', 'Siti adalah satu dari sembilan perajin yang dibina Dinas Perindustrian. Kiprahnya yang gemilang tentu menginspirasi.')
    expect(neutrality(body)).toEqual(['gemilang', 'tentu'])
  })

  it('reads a bridging paragraph between two answers opening with "Ia"', () => {
    const body = interview(intro, 'Apa tantangannya?', 'Pewarna alam mahal.', 'Ia kini menjadi perajin paling visioner di kampungnya.', 'Apa harapan Anda?', 'Semoga remaja mau meneruskan.')
    expect(neutrality(body)).toEqual(['visioner'])
    const named = interview(intro, 'Apa tantangannya?', 'Pewarna alam mahal.', 'Siti Nurhaliza kini melatih perajin dengan cara yang brilian.', 'Apa harapan Anda?', 'Semoga remaja mau meneruskan.')
    expect(neutrality(named)).toEqual(['brilian'])
  })

  it('keeps answers over several paragraphs the interviewee voice', () => {
    const body = interview(
      intro,
      'Apa yang membuat Anda bertahan?',
      'Saya cinta batik.',
      'Kampung kami punya motif sendiri yang sungguh gemilang sejarahnya.',
      'Apa rencana tahun depan?',
      'Membuka kelas kedua.',
      'Batik Giriloyo tentu harus dikenal anak muda, dan pemerintah sudah visioner membantu kami.',
    )
    expect(neutrality(body)).toEqual([])
  })

  it('needs the second paragraph of an answer at least: the first is always the answer', () => {
    const body = interview(intro, 'Siapa guru Anda?', 'Ibu saya.', 'Siapa murid pertama Anda?', 'Siti kecil dulu juga murid yang gemilang, kata orang kampung.')
    expect(neutrality(body)).toEqual([])
  })
})
