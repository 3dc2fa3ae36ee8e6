import { describe, expect, it } from 'vitest'

import { warnings } from './helpers'

const loaded = (title: string, body: string) => warnings('loaded-language', { title, body, publishedAt: '2026-04-22' })

describe('loaded-language: praise naming the honourees of an award (round 21)', () => {
  it('stays silent on a counted group labelled by the award it receives', () => {
    // A headline, a number in words, "para", a caption and a list answer: the label is the award's.
    expect(loaded('Dua Belas Lurah Visioner Terima Anugerah dari Wali Kota', 'Acara berlangsung di Balai Kota.')).toEqual([])
    expect(loaded('Berita', 'Dinas Sosial menyerahkan piagam kepada tujuh relawan inspiratif di Gedung Serbaguna, Senin (20/4/2026).')).toEqual([])
    expect(loaded('Berita', 'Foto: Para pemuda inspiratif penerima apresiasi berfoto bersama Sekretaris Daerah.')).toEqual([])
    expect(loaded('Berita', 'Siapa saja yang menerima penghargaan?\n\nAda 15 kader posyandu inspiratif dari 14 kemantren.')).toEqual([])
    expect(loaded('Berita', 'Tahun ini panitia menetapkan 5 tokoh visioner dalam kategori pembangunan kampung.')).toEqual([])
  })

  it('still reports praise in the writer voice without an award, or not on a counted group', () => {
    expect(loaded('Berita', 'Acara itu dihadiri 300 warga dermawan dari berbagai kampung.')).toEqual(['dermawan'])
    expect(loaded('Berita', 'Lurah yang inspiratif itu menerima penghargaan dari gubernur.')).toEqual(['inspiratif'])
    expect(loaded('Berita', 'Penghargaan ini membuktikan kepemimpinan wali kota yang visioner.')).toEqual(['visioner'])
    expect(loaded('Berita', 'Program inspiratif ini diikuti 40 siswa.')).toEqual(['inspiratif'])
  })
})
