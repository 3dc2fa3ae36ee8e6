import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Clickbait openers and phrases (lexicons/clickbait.json). */
export const clickbait: Rule = {
  id: 'clickbait',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'clickbait',
      category: 'neutrality',
      list: 'clickbait',
      message: (excerpt) =>
        `"${excerpt}" adalah gaya umpan klik. Judul dan kalimat berita langsung menyebut apa, siapa, kapan, dan di mana.`,
    }),
}
