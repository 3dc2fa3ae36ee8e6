import { editDistance } from '../editDistance'
import type { PreparedField } from '../prepareArticle'
import type { Finding, SpellChecker } from '../types'

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
const WEEKDAYS = ['Selasa', 'Minggu', 'Kamis', 'Jumat', 'Sabtu', 'Senin']
/** Where a month stands: after a day or a word of time ("12 Agutus", "awal Agutus"); a weekday before its date ("Kamsi (12/3)"). */
const MONTH_BEFORE = /(?:\d{1,2}|awal|akhir|pertengahan|bulan|sejak|hingga|sampai|pada|tanggal|medio)\s+$/iu
const WEEKDAY_AFTER = /^\s*(?:\(\s*\d|,\s*\d)/u

/**
 * A month or weekday name misspelt (round 15): capitalised, so the typo rule reads it as a name
 * ("awal Agutus", "Kamsi (12/3)"). A capitalised word of five or more letters, not in the
 * dictionary, one edit from a month (after a day or a word of time) or a weekday (before its date), and not
 * written elsewhere in the article the same way (a name would be).
 */
/** Two neighbouring letters swapped ("Kamsi" / "Kamis"). */
const swapped = (a: string, b: string) => {
  if (a.length !== b.length) return false
  const diff = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]))
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]
}

export function calendarSlips(fields: readonly PreparedField[], checker: SpellChecker): Finding[] {
  const findings: Finding[] = []
  const counts = new Map<string, number>()
  for (const field of fields) for (const t of field.tokens) counts.set(t.text, (counts.get(t.text) ?? 0) + 1)
  for (const field of fields) {
    for (const t of field.tokens) {
      if (t.text.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || (counts.get(t.text) ?? 0) > 1) continue
      const near = (list: string[]) => list.find((c) => Math.abs(c.length - t.text.length) <= 1 && (editDistance(c.toLowerCase(), t.lower) === 1 || swapped(c.toLowerCase(), t.lower)))
      const before = field.text.slice(Math.max(0, t.start - 14), t.start)
      const after = field.text.slice(t.end, t.end + 6)
      const name = (MONTH_BEFORE.test(before) ? near(MONTHS) : undefined) ?? (WEEKDAY_AFTER.test(after) ? near(WEEKDAYS) : undefined)
      // The dictionary last: looking up an unknown name is the costly step.
      if (!name || checker.isWord(t.lower)) continue
      findings.push({
        rule: 'typo',
        category: 'accuracy',
        severity: 'info',
        message: `Kemungkinan salah ketik: "${t.text}" tidak ada dalam kamus. Mungkin maksudnya "${name}"?`,
        field: field.field,
        start: t.start,
        end: t.end,
        excerpt: t.text,
        suggestion: name,
      })
    }
  }
  return findings
}
