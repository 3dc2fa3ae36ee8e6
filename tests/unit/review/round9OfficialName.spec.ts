import { describe, expect, it } from 'vitest'

import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { check } from './helpers'

const run = (body: string) => check('official-name', body, { registry: seedOfficialNames })

describe('round 9: official-name reports a name merging two offices', () => {
  it('reports an office name made of two offices of the registry', () => {
    const findings = run('Petugas Dinas Kesehatan dan Sosial Kota Yogyakarta mendatangi panti wreda.')
    expect(findings.map((f) => f.excerpt)).toEqual(['Dinas Kesehatan dan Sosial'])
    expect(findings[0].message).toContain('Dinas Kesehatan')
    expect(findings[0].message).toContain('Dinas Sosial, Tenaga Kerja dan Transmigrasi')
  })

  it('leaves official names, listed variants and two offices named in full alone', () => {
    expect(run('Dinas Sosial, Tenaga Kerja dan Transmigrasi menyalurkan bantuan.')).toEqual([])
    expect(run('Dinas Kesehatan dan Dinas Lingkungan Hidup memeriksa lokasi.')).toEqual([])
    expect(run('Dinas Pariwisata dan Kebudayaan menggelar festival.').map((f) => f.excerpt)).toEqual(['Dinas Pariwisata dan Kebudayaan'])
  })
})
