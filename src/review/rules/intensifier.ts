import type { PreparedField } from '../prepareArticle'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/**
 * "sekali" intensifies the word before it ("bagus sekali"); as a quantity word ("once", "per")
 * it opens its clause ("Sekali jalan, …", ", sekali lagi") or follows an amount
 * ("Rp5.000 sekali parkir", "3.000 sekali masuk"). The lexicon's word lists cover the rest
 * ("sebulan sekali", "sekali pakai").
 */
function isQuantitySekali(field: PreparedField, index: number): boolean {
  const { tokens, text } = field
  if (field.sentenceInitial[index] === 1 || index === 0) return true
  const prev = tokens[index - 1]
  if (/[,;:(–—]/.test(text.slice(prev.end, tokens[index].start))) return true
  return /\d/.test(prev.text)
}

/** Intensifiers and subjective degree words in the reporting voice (lexicons/intensifiers.json). */
export const intensifier: Rule = {
  id: 'intensifier',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'intensifier',
      category: 'neutrality',
      list: 'intensifiers',
      message: (excerpt) =>
        `Penguat "${excerpt}" adalah penilaian penulis. Hapus, atau ganti dengan fakta (angka, apa yang terjadi) yang menunjukkan tingkatnya.`,
      skip: (field, match) => match.entry.phrase === 'sekali' && isQuantitySekali(field, match.first),
    }),
}
