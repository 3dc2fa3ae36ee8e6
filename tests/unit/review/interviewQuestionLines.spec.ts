import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

/** An interview typed with each question on its own line directly above its answer (one paragraph). */
const interview = (title: string, answer: string) => ({
  title,
  body: [
    'Humas menemui Kepala Puskesmas Mergangsan, Dewi Lestari, di ruang kerjanya, Kamis (8/10/2026).',
    `Apa yang berubah sejak layanan malam dibuka?\n${answer}`,
    'Apa rencana berikutnya?\nKami akan menambah satu dokter jaga pada awal tahun depan.',
  ].join('\n\n'),
  publishedAt: '2026-10-09',
})

describe('round 19: an interview question on its own line above the answer', () => {
  it('reads the answer under each question line as the interviewee’s words', () => {
    const answer = 'Antrean pagi berkurang. Ternyata banyak pekerja yang baru sempat berobat setelah pukul tujuh malam.'
    expect(warnings('clickbait', interview('Wawancara Kepala Puskesmas Mergangsan', answer))).toEqual([])
    const praise = 'Para perawat luar biasa, mereka rela bergantian jaga sampai tengah malam.'
    expect(warnings('puffery', interview('Wawancara Kepala Puskesmas Mergangsan', praise))).toEqual([])
  })

  it('keeps the writer’s voice when nothing names an interview (a question-and-answer notice)', () => {
    const answer = 'Antrean pagi berkurang. Ternyata banyak pekerja yang baru sempat berobat malam hari.'
    const notice = interview('Tanya Jawab Layanan Malam Puskesmas', answer)
    notice.body = notice.body.replace('Humas menemui Kepala Puskesmas Mergangsan, Dewi Lestari, di ruang kerjanya', 'Berikut penjelasan puskesmas')
    expect(warnings('clickbait', notice)).toEqual(['Ternyata'])
  })

  it('still reads the writer’s own paragraphs before the first question', () => {
    const body = 'Layanan malam ternyata diminati warga, kata petugas.\n\nTernyata antrean pagi berkurang.\n\nApa yang berubah?\nAntrean turun.\n\nApa rencananya?\nMenambah dokter.'
    expect(warnings('clickbait', { title: 'Wawancara Petugas Puskesmas', body, publishedAt: '2026-10-09' })).toEqual(['Ternyata'])
  })
})
