import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Promotional superlatives and puffery (lexicons/puffery.json). */
export const puffery: Rule = {
  id: 'puffery',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'puffery',
      category: 'neutrality',
      list: 'puffery',
      message: (excerpt) =>
        `Kata promosi "${excerpt}" dalam suara penulis. Berita pemerintah harus netral: hapus, ganti dengan fakta terukur, atau kutip narasumber yang menyatakannya.`,
    }),
}
