import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { looksEnglish } from '../looksEnglish'
import { englishSeparators } from './englishSeparators'

// A figure with at least one group of three digits: 1.500, 1,500.000, 1.000.00, 1.500.000,50
const GROUPED = /(?:Rp\.?\s?)?(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)*(?![\d])/g
// A decimal point before an Indonesian magnitude word, or after Rp: "1.5 juta", "Rp 2.5"
const DECIMAL_POINT = /(?:Rp\.?\s?)?(?<![\d.,])\d+\.\d{1,2}(?![\d.,])(?:\s*(?:juta|miliar|milyar|triliun|ribu|persen)\b)/g
const RP_DECIMAL_POINT = /Rp\.?\s?\d+\.\d{1,2}(?![\d.,])(?!\s*(?:billion|million|trillion|thousand)\b)/g

function groupingProblem(figure: string): string | undefined {
  const number = figure.replace(/^Rp\.?\s?/, '')
  const seps = number.match(/[.,]/g) ?? []
  const groups = number.split(/[.,]/)
  const last = seps[seps.length - 1]
  const earlier = seps.slice(0, -1)
  const uniform = earlier.every((s) => s === earlier[0])
  if (seps.every((s) => s === seps[0])) {
    // 1.000.00 or 1.000.0000: every group after the first must have three digits.
    if (groups.slice(1).some((g) => g.length !== 3)) {
      return `Pemisah ribuan pada "${figure}" salah letak: setiap kelompok setelah titik harus tiga angka (mis. 1.000.000), dan desimal memakai koma.`
    }
    return undefined
  }
  // 1.500.000,50 (Indonesian) or 1,500,000.50 (English): one decimal separator at the end.
  if (uniform && last !== earlier[0] && groups[groups.length - 1].length !== 3) return undefined
  return `Pemisah angka pada "${figure}" bercampur (titik dan koma). Dalam bahasa Indonesia titik memisahkan ribuan dan koma menandai desimal, mis. 1.500.000 atau 1,5 juta.`
}

/** Format slips in figures: mixed separators, misplaced thousands groups, decimal points. */
export const numberFormat: Rule = {
  id: 'number-format',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    const indonesian = !looksEnglish(article)
    for (const field of article.fields) {
      const seen = new Set<number>()
      const push = (start: number, excerpt: string, message: string) => {
        if (seen.has(start)) return
        seen.add(start)
        findings.push({ rule: 'number-format', category: 'accuracy', severity: 'warning', message, field: field.field, start, end: start + excerpt.length, excerpt })
      }
      for (const m of field.text.matchAll(GROUPED)) {
        const problem = groupingProblem(m[0])
        if (problem) push(m.index, m[0], problem)
      }
      for (const re of [DECIMAL_POINT, RP_DECIMAL_POINT]) {
        for (const m of field.text.matchAll(re)) {
          push(
            m.index,
            m[0],
            `"${m[0]}" memakai titik sebagai tanda desimal. Dalam bahasa Indonesia desimal ditulis dengan koma, mis. "${m[0].replace(/(\d)\.(\d)/, '$1,$2')}".`,
          )
        }
      }
      if (indonesian) for (const slip of englishSeparators(field.text)) push(slip.index, slip.excerpt, slip.message)
    }
    return findings
  },
}
