import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

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
    }),
}
