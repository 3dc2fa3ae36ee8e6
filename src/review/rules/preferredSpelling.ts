import { matchPhrases } from '../matchPhrases'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

/** The preferred form in the case of the written one: "Praktek" at a sentence start → "Praktik". */
const inCaseOf = (written: string, preferred: string) =>
  /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(preferred) ? preferred[0].toUpperCase() + preferred.slice(1) : preferred

/**
 * Spellings the office or KBBI prefers (lexicons/spellings.json): official titles ("walikota" →
 * "Wali Kota") and the closed class of common tidak-baku spellings with a KBBI standard form
 * ("praktek" → "praktik", "analisa" → "analisis", "jadual" → "jadwal"). A lower-case standard form
 * written with a capital in the middle of a body sentence is part of a name ("Sri Rejeki",
 * "Jalan Pondasi") and is left alone; inside a quotation the note is information only.
 */
export const preferredSpelling: Rule = {
  id: 'preferred-spelling',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      for (const { entry, first, last } of matchPhrases(field.tokens, field.text, article.lexicon.spellings)) {
        const start = field.tokens[first].start
        const end = field.tokens[last - 1].end
        const excerpt = field.text.slice(start, end)
        if (excerpt === entry.preferred) continue
        const name = field.field !== 'title' && field.sentenceInitial[first] !== 1 && /^\p{Lu}\p{Ll}/u.test(excerpt) && /^\p{Ll}/u.test(entry.preferred)
        if (name) continue
        const quoted = field.tokenQuote[first] >= 0
        const preferred = inCaseOf(excerpt, entry.preferred)
        findings.push({
          rule: 'preferred-spelling',
          category: 'accuracy',
          severity: quoted ? 'info' : (entry.severity ?? 'warning'),
          message: `Ejaan "${excerpt}" tidak baku/resmi: gunakan "${preferred}".${entry.note ? ` ${entry.note}` : ''}${quoted ? ' (Di dalam kutipan: sesuaikan ejaannya bila kutipan itu transkripsi.)' : ''}`,
          field: field.field,
          start,
          end,
          excerpt,
        })
      }
    }
    return findings
  },
}
