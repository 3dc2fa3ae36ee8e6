import { matchPhrases } from '../matchPhrases'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

/** Spellings the office or KBBI prefers: "walikota" → "Wali Kota" (lexicons/spellings.json). */
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
        findings.push({
          rule: 'preferred-spelling',
          category: 'accuracy',
          severity: entry.severity ?? 'warning',
          message: `Ejaan "${excerpt}" tidak baku/resmi: gunakan "${entry.preferred}".${entry.note ? ` ${entry.note}` : ''}`,
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
