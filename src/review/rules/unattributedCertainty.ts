import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Opinion or certainty stated without a source (lexicons/certainty.json). */
export const unattributedCertainty: Rule = {
  id: 'unattributed-certainty',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'unattributed-certainty',
      category: 'neutrality',
      list: 'certainty',
      message: (excerpt) =>
        `"${excerpt}" menyatakan kepastian atau pendapat tanpa sumber. Sebutkan siapa yang menyatakannya atau bukti/datanya, atau hapus.`,
    }),
}
