import { findMoneyMentions } from '../findMoneyMentions'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

interface Figure {
  value: number
  money: boolean
  start: number
  end: number
  excerpt: string
}

/** Words that introduce a complete breakdown of the figure before them. */
const BREAKDOWN = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|dengan rincian)(?![\p{L}])/giu
// A count: a figure followed by a word ("120 peserta"); not a time, date, year or percentage.
const COUNT = /(?<![\p{L}\p{N}.,/:])(?<num>\d{1,3}(?:\.\d{3})+|\d+)(?![.,:/]?\d)\s+(?<noun>\p{L}[\p{L}-]*)/gu
const NOT_COUNTED = new Set(['persen', 'tahun', 'bulan', 'hari', 'jam', 'menit', 'pekan', 'minggu', 'kilometer', 'km', 'meter', 'sentimeter', 'cm', 'kilogram', 'kg', 'gram', 'liter', 'ton', 'hektare', 'ha', 'wib', 'wita', 'wit', 'ribu', 'juta', 'miliar', 'triliun'])

function figures(field: PreparedField, from: number, to: number, lexiconMonths: Map<string, number>): Figure[] {
  const text = field.text.slice(from, to)
  const found: Figure[] = []
  const money = findMoneyMentions(text)
  for (const m of money) found.push({ value: m.value, money: true, start: from + m.start, end: from + m.end, excerpt: m.excerpt })
  for (const m of text.matchAll(COUNT)) {
    const noun = m.groups?.noun.toLowerCase() ?? ''
    if (NOT_COUNTED.has(noun) || lexiconMonths.has(noun)) continue
    if (money.some((x) => m.index >= x.start && m.index < x.end)) continue
    const num = m.groups?.num ?? '0'
    const end = m.index + m[0].length
    found.push({ value: parseNumber(num), money: false, start: from + m.index, end: from + end, excerpt: m[0] })
  }
  return found.sort((a, b) => a.start - b.start)
}

const format = (f: Figure) => (f.money ? `Rp${f.value.toLocaleString('id-ID')}` : f.value.toLocaleString('id-ID'))

/**
 * A total whose stated parts do not add up ("150 peserta terdiri atas 70 pelajar SMP, 50 pelajar
 * SMA dan 20 guru"). The total is the last figure before the breakdown word in the sentence (or,
 * when the sentence starts with it, in the sentence before); the parts are the figures of the
 * same kind (money or count) after it in the sentence.
 */
export const partsTotal: Rule = {
  id: 'parts-total',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    const months = article.lexicon.months
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const m of field.text.matchAll(BREAKDOWN)) {
        const token = field.tokens.findIndex((t) => t.start >= m.index)
        if (token < 0) continue
        const sentence = field.sentences[field.tokenSentence[token]]
        const after = figures(field, m.index + m[0].length, sentence.end + 1, months)
        if (after.length < 2) continue
        let before = figures(field, sentence.start, m.index, months)
        const previous = field.sentences[field.tokenSentence[token] - 1]
        if (before.length === 0 && previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1) {
          before = figures(field, previous.start, previous.end, months)
        }
        const kind = after[0].money
        const total = before.filter((f) => f.money === kind).pop()
        const parts = after.filter((f) => f.money === kind)
        if (!total || parts.length < 2) continue
        const sum = parts.reduce((s, p) => s + p.value, 0)
        if (Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value)) continue
        // "masing-masing Rp5 juta" gives a unit amount, not parts: only a sum below or above the total by a small factor is a slip.
        if (sum > total.value * 3 || sum < total.value / 3) continue
        findings.push({
          rule: 'parts-total',
          category: 'accuracy',
          severity: 'warning',
          message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${format(total)}), tetapi rinciannya (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${format({ ...total, value: sum })}. Periksa kembali angkanya.`,
          field: field.field,
          start: total.start,
          end: total.end,
          excerpt: total.excerpt,
        })
      }
    }
    return findings
  },
}
