import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

const message = (excerpt: string) => `"${excerpt}" adalah gaya umpan klik. Judul dan kalimat berita langsung menyebut apa, siapa, kapan, dan di mana.`

/**
 * A headline promising the reader a reaction with colloquial "bikin" ("yang Bikin Penasaran",
 * "Bikin Kaget", "bikin ngiler"): whatever the reaction word, the headline sells a feeling, not a
 * fact. Titles only: in a body sentence "bikin" may simply mean "make".
 */
const TITLE_REACTION = /(?<![\p{L}])(?:yang\s+)?bikin\s+[\p{L}-]+/giu

/** Clickbait openers and phrases (lexicons/clickbait.json), and reaction promises in the headline. */
export const clickbait: Rule = {
  id: 'clickbait',
  category: 'neutrality',
  run: (article) => {
    const findings = phraseFindings(article, { rule: 'clickbait', category: 'neutrality', list: 'clickbait', message })
    const title = patternFindings(article, { rule: 'clickbait', category: 'neutrality', pattern: TITLE_REACTION, message }).filter(
      (f) => f.field === 'title' && !findings.some((g) => g.field === 'title' && g.start < f.end && f.start < g.end),
    )
    return [...findings, ...title]
  },
}
