import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const interview = (title: string, answer: string) => ({
  title,
  body: [
    'Kami berbincang dengan Lurah Sosromenduran, Rina Puspitasari, tentang program kampung, Selasa (15/9/2026).',
    'Apa yang berubah sejak program dimulai?',
    answer,
    'Apa rencana berikutnya?',
    'Kami akan menambah dua posyandu remaja pada tahun depan.',
  ].join('\n\n'),
  publishedAt: '2026-09-16',
})

describe('round 18: an interview’s answers are the interviewee’s words', () => {
  it('reads the answers after each question as reported speech', () => {
    const answer = 'Warga kini sangat aktif, tentu dengan aturan yang disepakati bersama pengurus.'
    expect(warnings('intensifier', interview('Wawancara Lurah Sosromenduran', answer))).toEqual([])
    expect(warnings('unattributed-certainty', interview('Wawancara Lurah Sosromenduran', answer))).toEqual([])
  })

  it('keeps checking the same answers when nothing says the article is an interview (an office FAQ)', () => {
    const faq = interview('Tanya Jawab Program Kampung', 'Warga kini sangat aktif.')
    faq.body = faq.body.replace('Kami berbincang dengan', 'Berikut jawaban Pemerintah Kota kepada')
    expect(warnings('intensifier', faq)).toEqual(['sangat'])
  })

  it('needs two questions: one rhetorical question leaves the writer’s voice alone', () => {
    const body = 'Kami berbincang dengan warga.\n\nApa artinya bagi kota?\n\nProgram ini sangat penting bagi kota.'
    expect(warnings('intensifier', { title: 'Wawancara Warga', body, publishedAt: '2026-09-16' })).toEqual(['sangat'])
  })
})

describe('round 18: a ranked award is a selection, not praise', () => {
  it('takes "regu terbaik" as the judged winners where certificates or top scores are given', () => {
    const body = 'Penutupan ditandai pembagian piagam kepada regu terbaik dalam setiap kegiatan. Regu Melati meraih nilai tertinggi.'
    expect(warnings('puffery', { title: 'Perkemahan Pramuka Ditutup', body, publishedAt: '2026-08-11' })).toEqual([])
  })

  it('still reports the writer’s praise in an article with no judging', () => {
    const body = 'Kelurahan memberikan pelayanan terbaik kepada warga yang datang.'
    expect(warnings('puffery', { title: 'Layanan Kelurahan', body, publishedAt: '2026-08-11' })).toEqual(['terbaik'])
  })
})

describe('round 18: a teaser over the list the story gives', () => {
  const title = 'Kelas Olahraga Gratis Digelar Setiap Pekan, Berikut Jadwalnya'
  it('accepts a list under a group heading after the colon', () => {
    const body = 'Kelas dibuka untuk umum.\n\nJadwal kelas setiap pekan:\n\nSabtu pagi, pukul 06.00-07.00 WIB\n- Senam aerobik di Taman Kota\n- Tai chi di Taman Lampion'
    expect(warnings('clickbait', { title, body, publishedAt: '2026-10-01' })).toEqual([])
  })

  it('still reports the teaser when the body gives no list', () => {
    const body = 'Kelas dibuka untuk umum. Jadwal kelas diumumkan melalui media sosial dinas.'
    expect(warnings('clickbait', { title, body, publishedAt: '2026-10-01' })).toEqual(['Berikut Jadwalnya'])
  })
})
