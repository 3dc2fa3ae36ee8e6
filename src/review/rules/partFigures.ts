import { findMoneyMentions } from '../findMoneyMentions'
import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'

/** The figures parts-total reads: amounts and counts with their noun (split out of partsTotal.ts in round 15). */
export interface Figure {
  value: number
  money: boolean
  /** The counted noun, lower case ("peserta"); empty for money. */
  noun: string
  start: number
  end: number
  excerpt: string
}

// A count: a figure followed by a word ("120 peserta"); not a time, date, year or percentage.
const COUNT = /(?<![\p{L}\p{N}.,/:])(?<num>\d{1,3}(?:\.\d{3})+|\d+)(?![.,:/]?\d)\s+(?<noun>\p{L}[\p{L}-]*)/gu
export const NOT_COUNTED = new Set(['persen', 'tahun', 'bulan', 'hari', 'jam', 'menit', 'pekan', 'minggu', 'kilometer', 'km', 'meter', 'sentimeter', 'cm', 'kilogram', 'kg', 'gram', 'liter', 'ton', 'hektare', 'ha', 'wib', 'wita', 'wit', 'ribu', 'juta', 'miliar', 'triliun'])

const ORDINAL_BEFORE = /(?:(?<![\p{L}])ke-\s*|(?<![\p{L}])(?:hut|dirgahayu|ulang\s+tahun|peringatan|lustrum|dies\s+natalis|milad|jubileum)\s+(?:ke-?\s*)?)$/iu

/** Words that a figure labels rather than counts ("kelas 5", "tahap 2", "gelombang 3", "lantai 4"). */
const LABEL_BEFORE = /(?<![\p{L}])(?:kelas|tahap|gelombang|lantai|nomor|no\.|zona|jalur|rute|koridor|blok|pasal|ayat|tingkat|level|golongan|ruang|pos|sesi|babak|putaran|angkatan)\s+$/iu
// Since round 17 also the words after a score ("menang 72-58 atas …", "melawan").
const FUNCTION_WORDS = new Set(['dan', 'di', 'yang', 'atau', 'serta', 'dengan', 'pada', 'ke', 'dari', 'untuk', 'dalam', 'oleh', 'atas', 'melawan', 'lawan', 'kontra'])
/** A figure after a place or source preposition qualifies a part ("630 prajurit dari 14 kemantren"), it is not one. */
const QUALIFIER = /(?<![\p{L}])(?:dari|di|pada|asal|dalam)\s+$/iu
/** The preposition of a breakdown phrase introduces its first part ("terdiri dari 21 orang", round 15). */
const BREAKDOWN_PREPOSITION = /(?<![\p{L}])(?:terdiri|terbagi)\s+(?:dari|dalam)\s+$/iu
export const qualifies = (field: PreparedField, f: Figure) => {
  const before = field.text.slice(Math.max(0, f.start - 16), f.start)
  return QUALIFIER.test(before) && !BREAKDOWN_PREPOSITION.test(before)
}

/** Counts written as words ("Sembilan titik", "tujuh titik"), read for totals stated after their parts (round 14). */
const WORD_COUNT = new RegExp(`(?<![\\p{L}])(${NUMBER_WORD})\\s+(\\p{Ll}[\\p{L}-]*)`, 'giu')

export function figures(field: PreparedField, from: number, to: number, lexiconMonths: Map<string, number>, words = false): Figure[] {
  const text = field.text.slice(from, to)
  const found: Figure[] = []
  const money = findMoneyMentions(text)
  if (words) {
    for (const m of text.matchAll(WORD_COUNT)) {
      const value = parseNumberWords(m[1])
      const noun = m[2].toLowerCase()
      // Since round 21 an amount in words ("dua miliar lima puluh lima juta rupiah") is money, not a count of rupiah.
      if (money.some((x) => m.index >= x.start && m.index < x.end)) continue
      // "salah satu", "satu per satu": one is no count of a list.
      if (!(value >= 2) || NOT_COUNTED.has(noun) || lexiconMonths.has(noun) || /(?:salah|satu)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
      found.push({ value, money: false, noun, start: from + m.index, end: from + m.index + m[0].length, excerpt: m[0] })
    }
  }
  for (const m of money) found.push({ value: m.value, money: true, noun: '', start: from + m.start, end: from + m.end, excerpt: m.excerpt })
  for (const m of text.matchAll(COUNT)) {
    const noun = m.groups?.noun.toLowerCase() ?? ''
    if (NOT_COUNTED.has(noun) || lexiconMonths.has(noun)) continue
    if (money.some((x) => m.index >= x.start && m.index < x.end)) continue
    const num = m.groups?.num ?? '0'
    // A plain four-digit figure from 1900 to 2099 is a year ("APBD 2026 melalui …"): counts of thousands have a point.
    if (/^(?:19|20)\d\d$/.test(num)) continue
    // An ordinal or an anniversary ("HUT ke-81 Kemerdekaan", "Dirgahayu 81 Kemerdekaan", "Lustrum
    // 12 Universitas") and a Title Case word after the figure in running text name an occasion,
    // they count nothing (round 11).
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue
    if (field.field !== 'title' && /^\p{Lu}\p{Ll}/u.test(m.groups?.noun ?? '')) continue
    // Round 16: a number after a label ("pelajar tingkat 2 serta …", "tahap 2 di …") names a class, and a function word counts nothing.
    if (FUNCTION_WORDS.has(noun) || LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 14), m.index))) continue
    const end = m.index + m[0].length
    found.push({ value: parseNumber(num), money: false, noun, start: from + m.index, end: from + end, excerpt: m[0] })
  }
  return found.sort((a, b) => a.start - b.start)
}


/** A list that gives only some parts, or the largest ones. */
export const PARTIAL = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|terbanyak|terbesar|paling\s+banyak|lainnya|selebihnya|sisanya|tambahan|lagi)(?![\p{L}])/iu
/** Counts one after another in a list: a comma or "dan"/"serta" between them, no figure or sentence end. */
const LIST_GAP = /^[^\d.!?;]{0,60}$/u
const LIST_JOIN = /,|(?<![\p{L}])(?:dan|serta)(?![\p{L}])/iu

/** A number in a name ("SMP 2", "Pos 3", "RW 05") between two counts of a list. */
const NAME_NUMBER = /(?<![\p{L}])\p{Lu}[\p{L}]*\s+\d+(?![\d.,])/gu

/** Runs of two or more counts of one noun in a list, in one sentence; numbers in names are skipped. */
export function lists(field: PreparedField, counts: Figure[]): Figure[][] {
  const runs: Figure[][] = []
  let run: Figure[] = []
  for (const f of counts) {
    const prev = run.at(-1)
    if (prev && prev.noun !== f.noun && /\p{Lu}[\p{L}]*\s+$/u.test(field.text.slice(Math.max(0, f.start - 12), f.start))) continue
    const between = prev ? field.text.slice(prev.end, f.start).replace(NAME_NUMBER, ' ') : ''
    if (prev && prev.noun === f.noun && LIST_GAP.test(between) && LIST_JOIN.test(between)) run.push(f)
    else {
      if (run.length >= 2) runs.push(run)
      run = [f]
    }
  }
  if (run.length >= 2) runs.push(run)
  return runs
}

