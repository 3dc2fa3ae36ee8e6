import { describe, expect, it } from 'vitest'

import { analyzeArticle } from '@/review/analyzeArticle'
import { parseRegistryFile } from '@/review/registry/parseRegistryFile'
import { seedOfficialNames } from '@/review/registry/seedOfficialNames'

import { check } from './helpers'

describe('official-name', () => {
  it('reports known wrong variants from the registry with the official name', () => {
    const findings = check('official-name', 'Diskominfo dan Dinas Kependudukan dan Catatan Sipil membuka layanan.', { registry: seedOfficialNames })
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([
      ['Diskominfo', 'Diskominfosan'],
      ['Dinas Kependudukan dan Catatan Sipil', 'Dinas Kependudukan dan Pencatatan Sipil'],
    ])
  })

  it('leaves a variant inside the correctly written official name alone, and is silent without a registry', () => {
    expect(check('official-name', 'Kepala Dinas Pekerjaan Umum, Perumahan dan Kawasan Permukiman hadir.', { registry: seedOfficialNames })).toEqual([])
    expect(check('official-name', 'Diskominfo membuka layanan.')).toEqual([])
  })

  it('reads registries from CSV (Indonesian or English headers) and JSON, with line numbers in errors', () => {
    expect(parseRegistryFile('nama,jenis,varian\nWali Kota,jabatan,Walikota|Wali kotamadya\n', 'csv')).toEqual([
      { name: 'Wali Kota', kind: 'position', variants: ['Walikota', 'Wali kotamadya'] },
    ])
    expect(parseRegistryFile('name,kind,variants,note\n"Dinas Sosial, Tenaga Kerja dan Transmigrasi",unit,Dinsos;Disnakertrans,Nama sejak 2023\n', 'csv')).toEqual([
      { name: 'Dinas Sosial, Tenaga Kerja dan Transmigrasi', kind: 'unit', variants: ['Dinsos', 'Disnakertrans'], note: 'Nama sejak 2023' },
    ])
    expect(parseRegistryFile(JSON.stringify([{ name: 'Camat', variants: ['camat'] }]), 'json')).toEqual([{ name: 'Camat', variants: [] }])
    expect(() => parseRegistryFile('nama,jenis\nX,planet\n', 'csv')).toThrow(/Baris 2: jenis "planet"/)
    expect(() => parseRegistryFile('[{"kind":"unit"}]', 'json')).toThrow(/Entri ke-1/)
  })
})

describe('official-name, variants longer than the official name', () => {
  it('reports a variant that extends the official name', () => {
    const registry = [{ name: 'Dinas Kesehatan', variants: ['Dinas Kesehatan Kodya'] }]
    expect(check('official-name', 'Dinas Kesehatan Kodya membuka layanan. Dinas Kesehatan juga hadir.', { registry }).map((f) => f.excerpt)).toEqual(['Dinas Kesehatan Kodya'])
  })
})

describe('official-name: round 14', () => {
  const rules = (input: { title: string; body: string }) =>
    analyzeArticle({ ...input, publishedAt: '2026-06-01' }, { registry: seedOfficialNames, rules: ['official-name', 'preferred-spelling'] }).map((f) => [f.rule, f.excerpt])
  it('reports an office name around a listed spelling as the office name', () => {
    expect(rules({ title: 'Bus Baru', body: 'Foto: Wakil Walikota meninjau halte.' })).toEqual([['official-name', 'Wakil Walikota']])
  })

  it('reports a headline Walikota as the office name, a bare one in the body as a spelling', () => {
    expect(rules({ title: 'Walikota Buka Pasar Malam', body: 'Pasar dibuka pukul 18.00.' })).toEqual([['official-name', 'Walikota']])
    expect(rules({ title: 'Pasar Malam Dibuka', body: 'Walikota membuka pasar malam.' })).toEqual([['preferred-spelling', 'Walikota']])
  })
})
