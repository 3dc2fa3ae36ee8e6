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

  describe('precision by class', () => {
    const id = new Set(['warga', 'membawa', 'alat', 'untuk', 'acara', 'siram', 'tanam', 'gending', 'perangko', 'bantuan', 'pelatihan', 'sangat', 'berguna', 'kata', 'saya', 'kemarin', 'lomba', 'makan', 'jajan', 'dijual', 'minggu', 'taman', 'pasar', 'tulis', 'petugas', 'panitia'])
    const english = new Set(['workshop', 'running', 'construction', 'hybrid', 'effective'])
    const bilingual = createSpellChecker((w) => id.has(w), [], { foreign: (w) => english.has(w) })

    it('(a) accepts English words and Indonesian spellings of English loanwords', () => {
      expect(bilingual.isWord('workshop')).toBe(true)
      expect(bilingual.isWord('running')).toBe(true)
      expect(bilingual.isWord('konstruksi')).toBe(true) // construction: k ↔ c, -si ↔ -tion
      expect(bilingual.isWord('hibrid')).toBe(false) // y ↔ i is not mapped: stays unknown
      expect(check('typo', 'Panitia membawa alat untuk workshop dan running pekan depan.', { spellChecker: bilingual })).toEqual([])
    })

    it('(b) a word written twice in one article is deliberate', () => {
      const body = 'Petugas membawa pelatihann untuk warga. Pelatihann itu sangat berguna.'
      expect(check('typo', body, { spellChecker: bilingual })).toEqual([])
      expect(check('typo', 'Petugas membawa pelatihann untuk warga.', { spellChecker: bilingual }).map((f) => f.suggestion)).toEqual(['pelatihan'])
    })

    it('(c) reports only a close suggestion that differs from the word', () => {
      expect(bilingual.suggest('qzxwvbnm')).toBeNull()
      expect(bilingual.suggest('pelatihan')).toBeNull()
      expect(bilingual.suggest('bantuann')).toBe('bantuan')
    })

    it('(d) Javanese orthography (th, dh, prenasalised onsets) is not a typo', () => {
      for (const w of ['gendhing', 'wedhang', 'gethuk', 'mbakyu', 'ndalem']) expect(bilingual.isWord(w), w).toBe(true)
    })

    it('(e) nasal-prefixed forms of a known root, formal and colloquial, are words', () => {
      for (const w of ['menyiram', 'nyiram', 'menanam', 'nanam', 'menulis', 'nulis', 'menuliskan']) expect(bilingual.isWord(w), w).toBe(true)
    })

    it('a cluster with or without its pepet is a spelling variant, not a slip', () => {
      expect(bilingual.isWord('prangko')).toBe(true) // perangko
    })

    it('short unknown words: only a missing letter, outside quotes and lists', () => {
      const short = createSpellChecker((w) => ['tanam', 'taman', 'jajan', 'minggu', 'dijual', 'saya', 'kata', 'kemarin', 'pasar', 'makan', 'warga', 'lomba'].includes(w))
      expect(check('typo', 'Warga datang tiap mingu pagi.', { spellChecker: short }).map((f) => f.suggestion)).toEqual(['minggu'])
      expect(check('typo', '"Saya lihat jajan dijul kemarin," kata warga.', { spellChecker: short })).toEqual([])
      expect(check('typo', 'Di pasar ada jajan, mingu, dan lainnya.', { spellChecker: short })).toEqual([])
      expect(check('typo', 'Warga datang ke tamon kota.', { spellChecker: short })).toEqual([]) // a wrong letter in a short word
    })
  })
})

describe('typo: round 13', () => {
  const extra = createSpellChecker((w) => ['berimpitan', 'impit', 'sempit', 'gang', 'rumah', 'warga', 'menyatakan', 'siap', 'memasang', 'sambungan', 'baru'].includes(w))
  it('does not take the initial h KBBI dropped after a prefix for a slip', () => {
    expect(check('typo', 'Rumah warga berhimpitan di gang sempit.', { spellChecker: extra })).toEqual([])
  })
  it('reads a capitalised sentence start before another capitalised word as a name', () => {
    expect(check('typo', 'Warga menunggu. Perumdam Tirta Sari menyatakan siap memasang sambungan baru.', { spellChecker: extra })).toEqual([])
  })
})

describe('typo: the h rule keeps real slips', () => {
  it('still reports an extra letter that is no initial h', () => {
    const words = createSpellChecker((w) => ['pelatihan', 'warga', 'diikuti'].includes(w))
    expect(check('typo', 'Kegiatan pelatihhan diikuti warga.', { spellChecker: words }).map((f) => f.excerpt)).toEqual(['pelatihhan'])
  })
})

describe('typo: round 14', () => {
  it('accepts the passive of a verb the dictionary has in the active', () => {
    const passive = createSpellChecker((w) => ['jaja', 'jajakan', 'menjajakan', 'kue', 'yang', 'pasar', 'di'].includes(w))
    expect(check('typo', 'Kue yang dijajakan di pasar.', { spellChecker: passive })).toEqual([])
  })
})

describe('typo: round 15 (clean copy)', () => {
  const words = createSpellChecker((w) => ['sinar', 'petugas', 'membaca', 'laporan', 'dengan', 'teliti'].includes(w))
  it('accepts a clitic after a suffix the dictionary lacks as a whole (sinar-an-nya)', () => {
    expect(check('typo', 'Petugas membaca sinarannya dengan teliti.', { spellChecker: words })).toEqual([])
  })
  it('still reports a slip in such a word', () => {
    expect(check('typo', 'Petugas membaca sinaranya dengan teliti.', { spellChecker: words }).map((f) => f.excerpt)).toEqual(['sinaranya'])
  })
})

describe('typo: round 15, month and weekday names', () => {
  const words = createSpellChecker((w) => ['sejak', 'awal', 'data', 'dikumpulkan', 'petugas', 'datang', 'lagi', 'pada'].includes(w))
  it('reports a misspelt month after a word of time and a weekday before its date', () => {
    expect(check('typo', 'Data dikumpulkan sejak awal Agusuts.', { spellChecker: words }).map((f) => f.suggestion)).toEqual(['Agustus'])
    expect(check('typo', 'Petugas datang lagi pada Kamsi (12/3/2026).', { spellChecker: words }).map((f) => f.suggestion)).toEqual(['Kamis'])
  })
  it('leaves names one letter from a weekday alone', () => {
    expect(check('typo', 'Petugas Kamil datang lagi.', { spellChecker: words })).toEqual([])
  })
})

describe('typo: round 15, phase 2', () => {
  const words = createSpellChecker((w) => ['kerajinan', 'warga', 'menjual', 'di', 'pasar'].includes(w))
  it('reads a consonant for another not next to it on the keyboard as a regional word, not a slip', () => {
    // n and m are neighbours; n and l are not.
    expect(check('typo', 'Warga menjual kerajinam di pasar.', { spellChecker: words }).map((f) => f.excerpt)).toEqual(['kerajinam'])
    expect(check('typo', 'Warga menjual kerajinal di pasar.', { spellChecker: words })).toEqual([])
  })
})
