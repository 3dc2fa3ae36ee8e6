import { describe, expect, it } from 'vitest'

import { check } from './helpers'

describe('call-to-action', () => {
  it('reports second-person calls to action', () => {
    // Since round 8 an order with an exclamation mark is one finding for the whole order ("Ayo datang ke pasar");
    // since round 9 so is a sentence opening with an urging word and an imperative ("Jangan lewatkan diskonnya").
    const findings = check('call-to-action', 'Ayo datang ke pasar! Jangan lewatkan diskonnya. Kamu bisa mendaftar. Anda harus membawa KTP.')
    expect(findings.map((f) => f.excerpt)).toEqual(['Ayo datang ke pasar', 'Jangan lewatkan diskonnya', 'Kamu', 'Anda harus'])
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })

  it('accepts informative announcements and quoted appeals', () => {
    expect(check('call-to-action', 'Warga dapat mendaftar di kantor kelurahan dengan membawa KTP hingga Jumat (3/6).')).toEqual([])
    expect(check('call-to-action', '"Ayo bersama menjaga kebersihan sungai," ajak Wali Kota.').map((f) => f.severity)).toEqual(['info'])
  })

  it('covers English', () => {
    expect(check('call-to-action', "Don't miss the festival.").map((f) => f.excerpt)).toEqual(["Don't miss"])
  })
})

describe('call-to-action: round 14', () => {
  const found = (body: string) => check('call-to-action', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)
  it('reads a bare verb opening a sentence that addresses the reader as an order', () => {
    expect(found('Daftar lewat laman kelurahan dan bawa anak Anda ke lokasi.')).toEqual(['Daftar lewat laman kelurahan dan bawa anak Anda ke lokasi'])
    expect(found('Pesan Anda akan dibalas petugas dalam dua hari.')).toEqual([])
  })

  it('reports an appeal over consecutive sentences as one finding, an exclamation closing a call', () => {
    expect(found('Jangan biarkan anak Anda kecanduan gawai. Ajak mereka membaca di taman baca.')).toHaveLength(1)
  })
})

describe('call-to-action: round 14 (clean copy after phase 2)', () => {
  const found = (body: string) => check('call-to-action', body).filter((f) => f.severity === 'warning').map((f) => f.excerpt)
  it('leaves the steps of a service answering a question alone', () => {
    expect(found('Bagaimana jika KTP rusak? Bawa KTP lama Anda ke kantor kelurahan. Simpan tanda terima Anda.')).toEqual([])
  })
})
