import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Second-person calls to action in the writer's voice (lexicons/callToAction.json). */
export const callToAction: Rule = {
  id: 'call-to-action',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'call-to-action',
      category: 'neutrality',
      list: 'callToAction',
      message: (excerpt) =>
        `Ajakan langsung kepada pembaca ("${excerpt}") bukan gaya berita. Tulis sebagai informasi: siapa dapat melakukan apa, kapan, di mana, dan caranya; atau kutip ajakan itu dari narasumber.`,
    }),
}
