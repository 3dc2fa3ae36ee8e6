import type { PreparedField } from '../prepareArticle'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

/** Words of awards, contests and their categories ("penghargaan pemain terbaik", "kategori … terbaik"). */
const AWARD = /(?<![\p{L}])(?:penghargaan|predikat|gelar|kategori|nominasi|juara|pemenang|trofi|piala|anugerah|lomba|kompetisi|penentuan|pemilihan|dinobatkan|dianugerahi)(?![\p{L}])/iu

/**
 * A ter- superlative right after a noun in a sentence about an award or contest names a category
 * ("penghargaan pemain terbaik", "kategori stan terindah", "Penentuan pemain terbaik dilakukan
 * juri"): the writer reports the award, not a claim of their own. Not after "yang"/"paling", and
 * not followed by a scope (those are claims; unsourced-superlative judges them).
 */
function isAwardCategory(field: PreparedField, first: number, last: number): boolean {
  const word = field.tokens[first].lower
  if (!word.startsWith('ter') || first === 0) return false
  const prev = field.tokens[first - 1]
  if (field.tokenSentence[first - 1] !== field.tokenSentence[first] || ['yang', 'paling', 'adalah', 'merupakan', 'menjadi', 'sebagai'].includes(prev.lower)) return false
  if (!/^\s+$/.test(field.text.slice(prev.end, field.tokens[first].start))) return false
  const next = field.tokens[last]
  if (next && field.tokenSentence[last] === field.tokenSentence[first]) {
    if (['se', 'sepanjang', 'sejak'].includes(next.lower) || next.lower.startsWith('se-')) return false
    // "terbaik di Indonesia" is a claim; "terbaik di setiap kategori" is not.
    const place = field.tokens[last + 1]
    if (next.lower === 'di' && place && (/^\p{Lu}/u.test(place.text) || ['dunia', 'negeri', 'tanah', 'kota', 'provinsi', 'daerah'].includes(place.lower))) return false
  }
  const sentence = field.sentences[field.tokenSentence[first]]
  return AWARD.test(field.text.slice(sentence.start, sentence.end))
}

/** Promotional superlatives and puffery (lexicons/puffery.json). */
export const puffery: Rule = {
  id: 'puffery',
  category: 'neutrality',
  run: (article) =>
    phraseFindings(article, {
      rule: 'puffery',
      category: 'neutrality',
      list: 'puffery',
      skip: (field, match) => isAwardCategory(field, match.first, match.last),
      message: (excerpt) =>
        `Kata promosi "${excerpt}" dalam suara penulis. Berita pemerintah harus netral: hapus, ganti dengan fakta terukur, atau kutip narasumber yang menyatakannya.`,
    }),
}
