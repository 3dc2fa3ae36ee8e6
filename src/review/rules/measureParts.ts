import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { registerBreakdown } from './completeBreakdowns'
import { type Figure, lists } from './partFigures'

/** A quantity in a unit of measure ("5,4 ton", "1.250 kilogram", "3 hektare"). */
interface Measure {
  value: number
  unit: string
  start: number
  end: number
  excerpt: string
}

/** Units of weight, volume, length and area, with their short forms folded into one name. */
const UNITS: Record<string, string> = {
  ton: 'ton', kilogram: 'kg', kg: 'kg', kuintal: 'kuintal', gram: 'gram', liter: 'liter', meter: 'meter', m: 'meter',
  kilometer: 'km', km: 'km', hektare: 'hektare', hektar: 'hektare', ha: 'hektare', 'meter persegi': 'm2', m2: 'm2', 'meter kubik': 'm3', m3: 'm3',
}
const MEASURE = /(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s*(meter\s+persegi|meter\s+kubik|kilogram|kilometer|kuintal|hektare|hektar|meter|liter|gram|ton|kg|km|ha|m2|m3)(?![\p{L}\p{N}])/giu

const valueOf = (figure: string) => Number(figure.replace(/\./g, '').replace(',', '.'))

function measures(text: string, from: number, to: number): Measure[] {
  const found: Measure[] = []
  for (const m of text.slice(from, to).matchAll(MEASURE)) {
    const unit = UNITS[m[2].toLowerCase().replace(/\s+/g, ' ')]
    found.push({ value: valueOf(m[1]), unit, start: from + m.index, end: from + m.index + m[0].length, excerpt: m[0] })
  }
  return found
}

/** "masing-masing 5 ton" gives a quantity per item; some parts ("antara lain", "sisanya") are not a breakdown. */
const NOT_ALL_PARTS = /(?<![\p{L}])(?:masing-masing|per|setiap|tiap|antara\s+lain|di\s+antaranya|termasuk|sebagian|sisanya|lainnya\s+belum)(?![\p{L}])/iu

const format = (n: number) => n.toLocaleString('id-ID', { maximumFractionDigits: 3 })
/** Registered for the anchor at a mistyped part (round 22). */
const asFigure = (x: Measure): Figure => ({ ...x, money: false, noun: x.unit })

function made(field: PreparedField, total: Measure, parts: Measure[], sum: number): Finding {
  const found: Finding = {
    rule: 'parts-total',
    category: 'accuracy',
    severity: 'warning',
    message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${format(total.value)}), tetapi rinciannya (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${format(sum)}. Periksa kembali angkanya.`,
    field: field.field,
    start: total.start,
    end: total.end,
    excerpt: total.excerpt,
  }
  registerBreakdown(found, asFigure(total), parts.map(asFigure))
  return found
}

/** Each match of `word` with its sentence, and the sentence before it when that is in the same or the previous paragraph. */
export function* matchSentences(field: PreparedField, word: RegExp) {
  for (const m of field.text.matchAll(word)) {
    const token = field.tokens.findIndex((t) => t.start >= m.index)
    if (token < 0) continue
    const index = field.tokenSentence[token]
    const previous = field.sentences[index - 1]
    yield { m, sentence: field.sentences[index], previous: previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1 ? previous : undefined }
  }
}

/**
 * A quantity broken down into parts in the same unit that do not add up (round 13): "mengangkut
 * 5,4 ton sampah. … sampah itu terdiri atas 2,5 ton plastik, 1,6 ton sampah organik, dan 0,9 ton
 * sampah lain" → 5 ton. The whole is the last quantity in that unit before the breakdown word,
 * in its sentence or in the sentence before (also across a paragraph break); the parts are the
 * quantities in that unit after it in the sentence, two or more, each smaller than the whole,
 * adding up to between half and one and a half times the whole (a quantity per item, `masing-
 * masing 5 ton`, is not a part).
 */
export function measureBreakdowns(field: PreparedField, breakdown: RegExp): Finding[] {
  const findings: Finding[] = []
  for (const { m, sentence, previous } of matchSentences(field, breakdown)) {
    const tail = field.text.slice(m.index + m[0].length, sentence.end)
    if (NOT_ALL_PARTS.test(tail) || NOT_ALL_PARTS.test(m[0])) continue
    const parts = measures(field.text, m.index + m[0].length, sentence.end + 1)
    if (parts.length < 2 || parts.some((p) => p.unit !== parts[0].unit)) continue
    let before = measures(field.text, sentence.start, m.index).filter((x) => x.unit === parts[0].unit)
    if (before.length === 0 && previous) {
      before = measures(field.text, previous.start, previous.end).filter((x) => x.unit === parts[0].unit)
    }
    const total = before.at(-1)
    if (!total || parts.some((p) => p.value >= total.value)) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value) || sum < total.value / 2 || sum > total.value * 1.5) continue
    if (!findings.some((f) => f.start === total.start)) findings.push(made(field, total, parts, sum))
  }
  return findings
}

/**
 * Since round 23 a total in a unit of measure after its parts (the counts reader drops units of measure): "… sepanjang
 * 140 meter, di Giwangan 120 meter, dan di Rejowinangun 110 meter, dengan total 410 meter". The total is the first
 * quantity within six words after a total word; the parts a list of two or more in its unit closing right before that
 * word, in its sentence or else in the sentence before; quantities for each item and some parts are no breakdown.
 */
export function measureTotalsAfter(field: PreparedField, totalWord: RegExp, compared: RegExp): Finding[] {
  const findings: Finding[] = []
  for (const { m, sentence, previous } of matchSentences(field, totalWord)) {
    const total = measures(field.text, m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 60))[0]
    if (!total || /\d/.test(field.text.slice(m.index, total.start)) || compared.test(field.text.slice(m.index, total.start))) continue
    const listFrom = (from: number) => {
      const before = measures(field.text, from, m.index).filter((x) => x.unit === total.unit)
      const list = lists(field, before.map(asFigure)).pop()
      if (!list || list.at(-1)?.start !== before.at(-1)?.start || NOT_ALL_PARTS.test(field.text.slice(from, m.index))) return undefined
      return before.filter((x) => x.start >= list[0].start)
    }
    const own = measures(field.text, sentence.start, m.index).some((x) => x.unit === total.unit)
    const parts = own ? listFrom(sentence.start) : previous && listFrom(previous.start)
    if (!parts || parts.some((p) => p.value >= total.value)) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value) || sum < total.value / 2 || sum > total.value * 1.5) continue
    if (!findings.some((f) => f.start === total.start)) findings.push(made(field, total, parts, sum))
  }
  return findings
}
