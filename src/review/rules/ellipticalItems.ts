import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Mention } from './countMentions'

/** A bare figure of a list item whose noun is left out: ", dua di Sungai Winongo", "dan 12 untuk lansia". */
const BARE_ITEM = new RegExp(`(?:,|\\s(?:dan|serta))\\s+(?:(\\d+)|(${NUMBER_WORD}))\\s+(?:di|ke|untuk|bagi|pada|dari)(?![\\p{L}])`, 'giu')

/**
 * The total of a breakdown whose first item names the noun and the others leave it out (round 20):
 * "tiga alat dipasang di Sungai Code, dua di Sungai Winongo, dan dua di Sungai Gajah Wong" → 7.
 * Null when the sentence has no such bare item.
 */
export function ellipticalTotal(field: PreparedField, first: Mention): number | null {
  const sentence = field.sentences.find((s) => s.start <= first.start && first.start < s.end)
  if (!sentence) return null
  let total = first.value
  let items = 0
  for (const m of field.text.slice(first.end, sentence.end).matchAll(BARE_ITEM)) {
    total += m[1] ? parseNumber(m[1]) : parseNumberWords(m[2])
    items++
  }
  return items > 0 && Number.isFinite(total) ? total : null
}
