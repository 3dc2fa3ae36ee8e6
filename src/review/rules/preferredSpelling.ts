import { matchPhrases } from '../matchPhrases'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import { standardFormOf } from '../spelling/standardForm'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

/** The preferred form in the case of the written one: "Praktek" at a sentence start → "Praktik". */
const inCaseOf = (written: string, preferred: string) =>
  /^\p{Lu}/u.test(written) && /^\p{Ll}/u.test(preferred) ? preferred[0].toUpperCase() + preferred.slice(1) : preferred

/**
 * Since round 19 a quotation's spelling is the writer's: the speaker said the word, the writer spelt it. A
 * listed tidak-baku spelling inside quotes ("silahkan lapor") is corrected like any other, with a note saying so.
 */
const QUOTED_NOTE = ' Di dalam kutipan pun ejaan mengikuti KBBI: yang dikutip ucapannya, ejaannya tanggung jawab penulis.'

const warning = (field: PreparedField, token: number, preferred: string): Finding => {
  const t = field.tokens[token]
  const quoted = field.tokenQuote[token] >= 0
  return {
    rule: 'preferred-spelling',
    category: 'accuracy',
    // A derived rewrite is a guess at the speaker's word: inside quotes a note only (listed spellings are certain).
    severity: quoted ? 'info' : 'warning',
    message: `Ejaan "${t.text}" tidak baku: gunakan "${preferred}" (KBBI).${quoted ? ' (Di dalam kutipan: sesuaikan ejaannya bila kutipan itu transkripsi.)' : ''}`,
    field: field.field,
    start: t.start,
    end: t.end,
    excerpt: t.text,
    suggestion: preferred,
  }
}

/**
 * Non-standard spellings by class, beyond the listed words: a listed variant with affixes or in a
 * compound ("ekosistim", "sistimnya") and, with a dictionary, an old or loan-word spelling of a
 * dictionary word ("kwalitet"-style rewrites: -im/-em, kw/ku, -ip/-if, dj/j …; see
 * `spelling/oldSpellings.ts`). Words capitalised mid-sentence are names and are skipped.
 */
function derivedSpellings(article: PreparedArticle, field: PreparedField, matched: Set<number>): Finding[] {
  const findings: Finding[] = []
  field.tokens.forEach((t, i) => {
    if (matched.has(i) || t.text.length < 5) return
    const capitalised = t.text !== t.lower
    if (capitalised && field.field !== 'title' && field.sentenceInitial[i] !== 1) return
    if (capitalised && t.text.slice(1) !== t.lower.slice(1)) return
    // A capitalised word before another is a name ("Gadjah Mada" opening a sentence), and old name spellings stay names.
    const next = field.tokens[i + 1]
    if (capitalised && field.field !== 'title' && next && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(field.text.slice(t.end, next.start))) return
    const standard = standardFormOf(t.lower, article.lexicon, article.spellChecker, capitalised)
    if (standard) findings.push(warning(field, i, inCaseOf(t.text, standard)))
  })
  return findings
}

/**
 * Spellings the office or KBBI prefers (lexicons/spellings.json): official titles ("walikota" →
 * "Wali Kota") and the closed class of common tidak-baku spellings with a KBBI standard form
 * ("praktek" → "praktik", "analisa" → "analisis", "jadual" → "jadwal"). A lower-case standard form
 * written with a capital in the middle of a body sentence is part of a name ("Sri Rejeki",
 * "Jalan Pondasi") and is left alone; inside a quotation it is reported too (round 19, see QUOTED_NOTE).
 */
export const preferredSpelling: Rule = {
  id: 'preferred-spelling',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      const matched = new Set<number>()
      for (const { entry, first, last } of matchPhrases(field.tokens, field.text, article.lexicon.spellings)) {
        matched.add(first)
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
          severity: entry.severity ?? 'warning',
          message: `Ejaan "${excerpt}" tidak baku/resmi: gunakan "${preferred}".${entry.note ? ` ${entry.note}` : ''}${quoted ? QUOTED_NOTE : ''}`,
          field: field.field,
          start,
          end,
          excerpt,
          suggestion: preferred,
        })
      }
      findings.push(...derivedSpellings(article, field, matched))
    }
    return findings
  },
}
