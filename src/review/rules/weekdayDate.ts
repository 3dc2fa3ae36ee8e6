import type { CompiledLexicon } from '../compileLexicon'
import { isRealDate } from '../isRealDate'
import type { Rule } from '../Rule'
import type { CalendarDate } from '../toCalendarDate'
import type { Finding } from '../types'

const DAY_NAMES = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu']
const MONTH_NAMES = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni',
  'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember',
]

const patternCache = new WeakMap<CompiledLexicon, RegExp>()

function pattern(lexicon: CompiledLexicon): RegExp {
  let re = patternCache.get(lexicon)
  if (!re) {
    const wd = `(?<wd>${lexicon.weekdayPattern})`
    const month = (name: string) => `(?<${name}>${lexicon.monthPattern})`
    re = new RegExp(
      `(?<![\\p{L}])${wd}(?:` +
        // Senin (30/5) · Senin (30/5/2022) · Senin, 30/5/22
        `\\s*,?\\s*(?<paren>\\()?\\s*(?<d1>\\d{1,2})\\s*/\\s*(?<m1>\\d{1,2})(?:\\s*/\\s*(?<y1>\\d{4}|\\d{2}))?(?!\\s*/?\\d)` +
        // Senin, 30 Mei 2022 · Senin (30 Mei) · Senin, tanggal 30 Mei
        `|\\s*,?\\s*\\(?\\s*(?:tanggal\\s+|tgl\\.?\\s+)?(?<d2>\\d{1,2})\\s+${month('m2')}\\.?(?![\\p{L}])(?:\\s+(?<y2>\\d{4})\\b)?` +
        // Monday, May 30, 2022
        `|,?\\s+${month('m3')}\\.?\\s+(?<d3>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<y3>\\d{4})\\b)?` +
        `)(?:\\s*\\))?`,
      'giu',
    )
    patternCache.set(lexicon, re)
  }
  re.lastIndex = 0
  return re
}

/** Of year-1, year, year+1 around publication, the one that puts day/month closest to it. */
function nearestYear(month: number, day: number, published: CalendarDate): number {
  const pub = Date.UTC(published.year, published.month - 1, published.day)
  let best = published.year
  let bestDistance = Infinity
  for (const year of [published.year - 1, published.year, published.year + 1]) {
    if (!isRealDate(year, month, day)) continue
    const distance = Math.abs(Date.UTC(year, month - 1, day) - pub)
    if (distance < bestDistance) {
      best = year
      bestDistance = distance
    }
  }
  return best
}

/** The weekday in "Senin (30/5)", "Senin (30/5/2022)", "Senin, 30 Mei 2022" must match the date. */
export const weekdayDate: Rule = {
  id: 'weekday-date',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    const { lexicon, published } = article
    // Since round 20 the same slip repeated (a caption restating the lead's "Rabu (13/1/2026)") is one finding:
    // the editor corrects it once, everywhere.
    const reported = new Set<string>()
    for (const field of article.fields) {
      for (const m of field.text.matchAll(pattern(lexicon))) {
        const g = m.groups ?? {}
        const weekday = lexicon.weekdays.get(g.wd.toLowerCase())
        const day = Number(g.d1 ?? g.d2 ?? g.d3)
        const month = g.m1 ? Number(g.m1) : lexicon.months.get((g.m2 ?? g.m3 ?? '').toLowerCase().replace(/\.$/, ''))
        if (weekday === undefined || month === undefined || !Number.isFinite(day)) continue
        // Upper case "MEI" or a capitalised English month only; "may" in lower case is a verb.
        if (g.m3 && !/^\p{Lu}/u.test(g.m3)) continue
        if (!/^\p{Lu}/u.test(g.wd)) continue
        const rawYear = g.y1 ?? g.y2 ?? g.y3
        let year: number | undefined = rawYear ? Number(rawYear) : undefined
        if (year !== undefined && year < 100) year += 2000

        let excerpt = m[0].trimEnd()
        // Keep a closing parenthesis only when the match opened one.
        if (excerpt.endsWith(')') && !excerpt.includes('(')) excerpt = excerpt.slice(0, -1).trimEnd()
        const start = m.index
        const end = start + excerpt.length
        const base = { rule: 'weekday-date' as const, category: 'accuracy' as const, severity: 'error' as const, field: field.field, start, end, excerpt }

        if (month < 1 || month > 12 || day < 1 || day > 31 || (year !== undefined && !isRealDate(year, month, day)) || !isRealDate(2024, month, day)) {
          findings.push({
            ...base,
            message: `Tanggal dalam "${excerpt}" tidak ada di kalender. Periksa kembali tanggal dan bulannya.`,
          })
          continue
        }
        // Since round 17 two days over two dates ("Sabtu dan Minggu, 28 Februari dan 1 Maret 2026") pair in order: the
        // first date is the first day's, and the year written after the second is the first's too.
        const before = /(\p{L}+)\s*(?:dan|hingga|sampai|-|–)\s*$/u.exec(field.text.slice(Math.max(0, start - 24), start))
        const second = /^\s*(?:dan|hingga|sampai|-|–)\s*\d{1,2}(?:\s+(\p{L}+))?(?:\s+(\d{4}))?/u.exec(field.text.slice(end, end + 30))
        const paired = before && second ? lexicon.weekdays.get(before[1].toLowerCase()) : undefined
        if (paired !== undefined && year === undefined && second?.[2]) year = Number(second[2])
        if (year === undefined) {
          if (!published) continue // no year and no publication date: cannot check
          year = nearestYear(month, day, published)
        }
        if (!isRealDate(year, month, day)) {
          findings.push({ ...base, message: `Tanggal ${day} ${MONTH_NAMES[month - 1]} ${year} tidak ada di kalender. Periksa kembali tanggalnya.` })
          continue
        }
        const actual = new Date(Date.UTC(year, month - 1, day)).getUTCDay()
        const expected = paired ?? weekday
        const slipKey = `${expected}|${day}|${month}|${year}`
        if (actual !== expected && !reported.has(slipKey)) {
          reported.add(slipKey)
          findings.push({
            ...base,
            message: `Hari tidak cocok dengan tanggal: ${day} ${MONTH_NAMES[month - 1]} ${year} jatuh pada hari ${DAY_NAMES[actual]}, bukan ${DAY_NAMES[expected]}${rawYear || (paired !== undefined && second?.[2]) ? '' : ' (tahun diambil dari tanggal terbit)'}. Perbaiki hari atau tanggalnya.`,
          })
        }
      }
    }
    return findings
  },
}
