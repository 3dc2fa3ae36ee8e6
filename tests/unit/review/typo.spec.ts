import { describe, expect, it } from 'vitest'

import { createSpellChecker } from '@/review/spelling/createSpellChecker'
import { loadSpellChecker } from '@/review/spelling/loadSpellChecker'

import { check } from './helpers'

const words = new Set(['masyarakat', 'kegiatan', 'layanan', 'warga', 'datang', 'kantor', 'dinas', 'kesulitan', 'ditujukan', 'bagi', 'yang', 'konsumsi', 'pekan', 'jadwal', 'kelurahan', 'diumumkan', 'melalui', 'pengurus'])
const spellChecker = createSpellChecker((w) => words.has(w))

describe('typo', () => {
  it('reports lower-case words absent from the dictionary with a close suggestion, as info', () => {
    const findings = check('typo', 'Layanan ini ditujukan bagi masyrakat yang kesulitan datang. Jadwal kegitan diumumkan melalui pengurus.', { spellChecker })
    expect(findings.map((f) => [f.excerpt, f.suggestion, f.severity])).toEqual([
      ['masyrakat', 'masyarakat', 'info'],
      ['kegitan', 'kegiatan', 'info'],
    ])
    expect(findings[0].message).toContain('Mungkin maksudnya "masyarakat"')
  })

  it('skips names, acronyms, numbers, affixed forms, far-off words and registry entries', () => {
    const body = 'Kepala Disdukcapil, Nur Hidayah, dan Sulistiyowati hadir. Data dikonsumsi sepekan sekali oleh qwertyuiop. Kantor ABCDE buka 24jam. Layanan Kantorr warga.'
    expect(check('typo', body, { spellChecker, registry: [{ name: 'Kantorr' }] })).toEqual([])
  })

  it('is silent without a dictionary and on a text in another language', () => {
    expect(check('typo', 'Layanan ini ditujukan bagi masyrakat.')).toEqual([])
    const english = 'The market reopened after renovation and traders moved their stalls back into the building this morning.'
    expect(check('typo', english, { spellChecker })).toEqual([])
  })

  it('reads the Debian hunspell-id dictionary when installed, and returns null for a missing directory', () => {
    expect(loadSpellChecker('/nonexistent-dictionary-dir')).toBeNull()
    const real = loadSpellChecker()
    if (!real) return // hunspell-id not installed here: covered by the null case above
    expect(real.isWord('masyarakat')).toBe(true)
    expect(real.isWord('dikonsumsi')).toBe(true)
    expect(real.suggest('masyrakat')).toBe('masyarakat')
  })

  it('knows the lower-case acronym words of government news (dictionaryExtra)', () => {
    const real = loadSpellChecker()
    if (!real) return // hunspell-id not installed here
    for (const w of ['sembako', 'bansos', 'posko', 'damkar', 'sidak']) expect(real.isWord(w), w).toBe(true)
  })

  it('suggests words two letters short and affixed words the dictionary lacks', () => {
    const checker = createSpellChecker((w) => ['pelaksanaan', 'laksa', 'penduduk', 'pemeriksaan', 'bantu', 'pelat', 'periksa'].includes(w))
    expect(checker.suggest('pelaksaan')).toBe('pelaksanaan') // pe-…-an of "laksa" is a doubtful reading
    expect(checker.suggest('pemerisaan')).toBe('pemeriksaan')
    expect(checker.suggest('kependudkan')).toBe('kependudukan') // ke-…-an of "penduduk"
    expect(checker.isWord('terbantu')).toBe(true) // a prefix alone: a sound reading
    expect(checker.isWord('berpelat')).toBe(true)
    expect(checker.isWord('kependudukan')).toBe(true)
  })

  it('knows common standard words hunspell-id lacks (dictionaryExtra)', () => {
    const checker = createSpellChecker(() => false, ['genteng', 'siber', 'surel'])
    for (const w of ['genteng', 'siber', 'surel']) expect(checker.isWord(w)).toBe(true)
  })
})
