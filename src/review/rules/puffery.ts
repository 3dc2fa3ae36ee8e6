import type { PreparedField } from '../prepareArticle'
import { mergeJoined } from '../mergeJoined'
import { phraseFindings } from '../phraseFindings'
import { patternFindings } from '../patternFindings'
import type { Rule } from '../Rule'

/** Words of awards, contests and judging ("penghargaan", "juri", "dipilih", "pemenang", "nominasi", "piagam", "nilai tertinggi"). */
const SELECTION = /(?<![\p{L}])(?:(?:nilai|skor|poin)\s+tertinggi|piagam|medali|penghargaan|predikat|kategori|nominasi|juara|pemenang|trofi|piala|anugerah|lomba|perlombaan|kompetisi|turnamen|kejuaraan|sayembara|kontes|seleksi|penentuan|pemilihan|penilaian|dinilai|juri|dipilih|terpilih|dinobatkan|dianugerahi|hadiah)(?![\p{L}])/iu
/** Words naming the award or category itself: a predicate beside them reports the result ("menjadi yang terbaik untuk kategori …"). */
const CATEGORY = /(?<![\p{L}])(?:kategori|penghargaan|predikat|nominasi|piala|trofi|juara)(?![\p{L}])/iu
const NUMBER_WORDS = new Set(['dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'belasan', 'puluhan'])
const FUNCTION_WORDS = new Set(['yang', 'paling', 'adalah', 'merupakan', 'menjadi', 'sebagai', 'ialah', 'lebih', 'jauh', 'makin', 'semakin', 'kian', 'begitu', 'sangat', 'amat', 'tetap', 'selalu', 'pun', 'juga', 'ini', 'itu', 'kami', 'kita'])

/** Sons and daughters of a community ("putra-putri", "anak-anak", "kader"). */
const CHILDREN = /^(?:putra|putri|putra-putri|putera|puteri|anak|anak-anak|insan|kader|generasi|pemuda|pemudi|tunas)$/u
/** Verbs of effort before "yang terbaik": "memberikan yang terbaik" is the idiom "do one's best", not praise. */
const EFFORT_VERBS = new Set(['memberikan', 'berikan', 'memberi', 'beri', 'melakukan', 'lakukan', 'mengupayakan', 'upayakan', 'menampilkan', 'tampilkan', 'mempersembahkan', 'persembahkan', 'menyajikan', 'mencari'])
/** Verbs of giving or offering a thing to others (round 19): the superlative after their object praises what is given. */
const GIVING_VERBS = new Set(['memberikan', 'memberi', 'menyajikan', 'menghadirkan', 'menyediakan', 'menawarkan', 'mempersembahkan', 'melayani', 'menjamin', 'menjanjikan'])
/** The superlative ends the object of a giving verb one or two words before it ("memberikan pelayanan (kesehatan) terbaik"). */
const offered = (field: PreparedField, first: number): boolean =>
  [2, 3].some((back) => first - back >= 0 && field.tokenSentence[first - back] === field.tokenSentence[first] && GIVING_VERBS.has(field.tokens[first - back].lower))

/**
 * A ter- superlative right after a noun ("pemain terbaik", "rancangan terbaik", "kelompok penampil
 * terbaik") picks the top of a ranked set: in an article that reports a contest, a judging or a
 * selection (an award or judging word anywhere in the article), or counted ("tiga kelompok terbaik", "15 peserta dengan rancangan terbaik"), it names
 * who was or will be chosen, not the writer's praise. After "yang"/"paling"/"adalah" (a
 * predicate: "festival ini adalah yang terbaik", "merupakan yang terbaik dalam lomba") only in a
 * sentence naming the award or category itself ("menjadi yang terbaik untuk kategori …"), and never with a scope ("terbaik di Indonesia":
 * unsourced-superlative judges those).
 */
function isSelection(field: PreparedField, first: number, last: number, articleSelects: boolean): boolean {
  const word = field.tokens[first].lower
  if (!word.startsWith('ter') || first === 0) return false
  const prev = field.tokens[first - 1]
  if (field.tokenSentence[first - 1] !== field.tokenSentence[first] || /\d/.test(prev.text)) return false
  if (!/^\s+$/.test(field.text.slice(prev.end, field.tokens[first].start))) return false
  const sentence = field.sentences[field.tokenSentence[first]]
  // A predicate ("menjadi yang terbaik") is a selection only in a sentence about the award itself
  // ("… menjadi yang terbaik untuk kategori pengelolaan sampah").
  const predicate = FUNCTION_WORDS.has(prev.lower)
  if (predicate && !CATEGORY.test(field.text.slice(sentence.start, sentence.end))) return false
  const next = field.tokens[last]
  if (next && field.tokenSentence[last] === field.tokenSentence[first]) {
    if (['se', 'sepanjang', 'sejak', 'seluruh'].includes(next.lower) || next.lower.startsWith('se-')) return false
    // "terbaik di Indonesia" is a claim; "terbaik di setiap kategori" is not.
    const place = field.tokens[last + 1]
    if (next.lower === 'di' && place && (/^\p{Lu}/u.test(place.text) || ['dunia', 'negeri', 'tanah', 'kota', 'provinsi', 'daerah', 'seluruh'].includes(place.lower))) return false
    // Since round 20 the idiom of a community's finest children ("putra-putri terbaik daerah", "anak-anak terbaik bangsa")
    // is praise, whatever selection the article reports; "pemain terbaik provinsi" may still be a ranking.
    if (CHILDREN.test(prev.lower) && ['daerah', 'bangsa', 'negeri', 'nusantara'].includes(next.lower)) return false
  }
  if (predicate) return true
  // Since round 19: what a subject gives ("memberikan pelayanan terbaik bagi warga") is offered, not ranked, unless its own
  // sentence names the judging: a contest elsewhere in the article does not make it a selection.
  if (articleSelects && !(offered(field, first) && !SELECTION.test(field.text.slice(sentence.start, sentence.end)))) return true
  // A count a few words before: "tiga kelompok penampil terbaik", "15 peserta dengan rancangan terbaik".
  const sentenceIndex = field.tokenSentence[first]
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    if (field.tokenSentence[i] !== sentenceIndex) break
    if (/^\d+$/.test(field.tokens[i].text) || NUMBER_WORDS.has(field.tokens[i].lower)) return true
  }
  return false
}
/** Nouns of choice: "solusi terbaik", "jalan terbaik", "langkah terbaik" pick one of the options, they praise nothing. */
const CHOICE_NOUNS = new Set(['solusi', 'jalan', 'cara', 'langkah', 'opsi', 'pilihan', 'alternatif', 'keputusan', 'skema', 'formula', 'rumusan', 'metode'])

/**
 * A superlative in a fixed phrase of effort or choice (round 10): "memberikan yang terbaik",
 * "mencari solusi terbaik", "langkah terbaik". "pelayanan yang terbaik" still praises the service.
 */
function isIdiom(field: PreparedField, first: number): boolean {
  const word = field.tokens[first].lower
  if (!word.startsWith('ter') || first === 0) return false
  const prev = field.tokens[first - 1]
  if (CHOICE_NOUNS.has(prev.lower)) return true
  return prev.lower === 'yang' && first >= 2 && EFFORT_VERBS.has(field.tokens[first - 2].lower)
}

/**
 * Round 22: a place or event called a paradise, of a pursuit or for its lovers ("menjadi surga kuliner", "surga belanja",
 * "surganya para pecinta kopi", "bagaikan surga"); the afterlife ("masuk surga", "pintu surga") is no praise.
 */
const PARADISE = new RegExp(
  '(?<![\\p{L}])surga(?:nya)?(?:\\s+(?:(?:bagi|untuk)\\s+)?(?:(?:para|kaum)\\s+)?' +
    '(?:kuliner|belanja|jajan\\p{L}*|makanan|wisata|wisatawan|pelancong|turis|pecinta|pencinta|penikmat|pemburu|penggemar|pengunjung|pembeli|foto|fotografi|kopi|buku|anak-anak|keluarga|dunia)' +
    '|(?<=(?:menjadi|adalah|merupakan|bagaikan|bagai|ibarat|laksana|seperti|sebuah)\\s+surga(?:nya)?))(?![\\p{L}])',
  'giu',
)

/**
 * Round 22: the viewer's reaction ("memanjakan mata", "memikat hati", "menggetarkan jiwa") praises what a relative clause
 * or a list of praise describes ("pemandangan yang memanjakan mata", "nan anggun dan memikat hati"); elsewhere
 * ("benar-benar memanjakan mata!", "siap memanjakan mata") it is left to the words around it. After a praise word of its
 * clause it completes that praise: one finding ("megah dan memukau dengan … tarian massal yang memanjakan mata").
 */
const REACTION = /^(?:memanjakan\s+mata|memikat\s+hati|menggetarkan\s+(?:jiwa|hati)|memukau\s+hati|menyejukkan\s+mata)$/iu
const reactionOutsidePraise = (field: PreparedField, first: number, last: number) =>
  REACTION.test(field.text.slice(field.tokens[first].start, field.tokens[last - 1].end)) &&
  !/(?:(?<![\p{L}])(?:yang|nan|dan|serta)\s+|,\s*)$/iu.test(field.text.slice(Math.max(0, field.tokens[first].start - 8), field.tokens[first].start))

/** Promotional superlatives and puffery (lexicons/puffery.json). */
export const puffery: Rule = {
  id: 'puffery',
  category: 'neutrality',
  run: (article) => {
    const articleSelects = article.fields.some((field) => SELECTION.test(field.text))
    const found = phraseFindings(article, {
      rule: 'puffery',
      category: 'neutrality',
      list: 'puffery',
      skip: (field, match) => isSelection(field, match.first, match.last, articleSelects) || isIdiom(field, match.first) || reactionOutsidePraise(field, match.first, match.last),
      message,
    })
    const paradise = patternFindings(article, { rule: 'puffery', category: 'neutrality', pattern: PARADISE, message }).filter(
      (f) => !found.some((g) => g.field === f.field && g.start < f.end && f.start < g.end),
    )
    found.push(...paradise)
    found.sort((a, b) => a.start - b.start)
    // Two praise words joined in one phrase ("megah dan memukau", "indah, meriah") are one claim (round 14).
    return mergeJoined(
      article,
      found,
      (between, later) => /^\s*(?:,\s*|\s+(?:dan|serta|nan|sekaligus)\s+)$/u.test(between) || (REACTION.test(later.excerpt) && /^[\s\p{L}\d-]{1,100}$/u.test(between)),
      message,
    )
  },
}

const message = (excerpt: string) =>
  `Kata promosi "${excerpt}" dalam suara penulis. Berita pemerintah harus netral: hapus, ganti dengan fakta terukur, atau kutip narasumber yang menyatakannya.`
