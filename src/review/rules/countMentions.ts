import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { ArticleField, Finding } from '../types'

/** A count in the text: a figure and the noun it counts ("150 peserta"). */
export interface Mention {
  field: ArticleField
  noun: string
  value: number
  /** The word after the noun ("medali emas" in "41 medali emas"), lower case. */
  second?: string
  /** End offset of the second word, when there is one. */
  secondEnd?: number
  approximate: boolean
  /** The noun is coordinated ("1.335 lansia dan penyandang disabilitas"): the figure counts the union. */
  coordinated: boolean
  /** Framed as a total ("Sebanyak 46 lansia", "total 120 peserta"). */
  total: boolean
  start: number
  end: number
  excerpt: string
}

/** A counted noun: an acronym ("386 PPPK", "12 OPD") or a word. */
const NOUN = (name: string) => `(?<${name}>\\p{Lu}{2,6}|\\p{L}[\\p{Ll}-]*)(?![\\p{L}])`
const NOUNS = `\\s+${NOUN('w1')}(?:\\s+${NOUN('w2')})?`
const FIGURE = new RegExp(
  `(?<![\\d.,/–])(?<!(?<![Kk]e)-)(?<num>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)(?:\\s+(?<mult>ribu|rb|juta|miliar|milyar|triliun|thousand|million|billion)\\b)?${NOUNS}`,
  'dgu',
)
/** Letters of a pattern in either case, without the i flag (which would make \\p{Ll} match capitals). */
const caseless = (source: string) => source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
/** A numeral written as words ("tiga rumah", "Dua Rumah"); not "salah satu". */
const WORD_FIGURE = new RegExp(`(?<![\\p{L}-])(?<!${caseless('salah')}\\s+)(?<word>${caseless(NUMBER_WORD)})${NOUNS}`, 'dgu')
/** A plain four-digit figure from 1900 to 2099 is a year: Indonesian counts of thousands have a point ("1.950 peserta"). */
const YEAR = /^(?:19|20)\d\d$/
/** Function words after a numeral written as words ("satu pun", "dua kali"), besides the stopwords. */
const WORD_STOPWORDS = new Set(['pun', 'sama', 'lagi', 'lain', 'lainnya', 'per', 'wib', 'wita', 'wit'])
export const APPROXIMATE =
  /(?:sekitar|kurang lebih|lebih dari|kurang dari|hampir|sedikitnya|setidaknya|minimal|maksimal|paling sedikit|di atas|di bawah|hingga|sampai|mencapai|about|around|more than|less than|over|nearly|almost|up to|at least)\s*$|[±~<>]\s*$/i
const CURRENCY = /(?:Rp\.?|IDR|USD|US\$|\$)\s*$/i
export const CLASSIFIERS = new Set(['orang', 'buah', 'unit', 'ekor', 'lembar', 'batang', 'biji', 'pasang'])
/** Words after a classifier that are not its noun: function words and verb forms (round 13). */
const AFTER_CLASSIFIER_NOT_NOUN = /^(?:selama|sejak|mulai|menjadi|saat|ketika|sebelum|sesudah|setelah|setiap|sekitar|sebanyak|telah|sudah|akan|masih|belum|juga|pun|lebih|kurang|sehingga|karena|namun|tetapi|mereka|ini|itu|tersebut|(?:me|di|ber|ter)\p{L}{4,})$/u
export const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }

/**
 * A count joined to another noun ("40 kursi dan 20 meja"). Since round 20 not when "dan" opens a new clause with a
 * verb or a function word after "dan"/"serta" ("menyasar 1.240 siswi dan ditargetkan tuntas …"): the count stands alone.
 */
const coordinatedAfter = (after: string): boolean => {
  const m = /^\s+(dan|serta|atau|&)\s+(\p{L}+)/iu.exec(after)
  // "atau" keeps its reading: "7.485 keluarga atau sekitar 95 persen" restates the count as a share, no new clause.
  return m !== null && (m[1].toLowerCase() === 'atau' || !AFTER_CLASSIFIER_NOT_NOUN.test(m[2].toLowerCase()))
}

export function mentions(field: PreparedField, stopwords: Set<string>, calendar: Set<string>): Mention[] {
  const found: Mention[] = []
  const matches = [...field.text.matchAll(FIGURE), ...field.text.matchAll(WORD_FIGURE)]
  for (const m of matches) {
    const g = m.groups ?? {}
    const figure = g.num ?? g.word
    if (g.num && YEAR.test(g.num)) continue
    const before = field.text.slice(Math.max(0, m.index - 20), m.index)
    if (CURRENCY.test(before)) continue
    if (/(?<![Kk]e)[-–]\s*$/.test(before) || /^\s*[-–]/.test(field.text.slice(m.index + figure.length))) continue
    if (WORD_STOPWORDS.has(g.w1.toLowerCase())) continue
    // A figure right after an acronym or with a leading zero numbers a unit ("RW 05 RT 03", "SMPN 5 guru"): no count (round 13).
    if (g.num && (/^0\d/.test(g.num) || /(?<![\p{L}])\p{Lu}{2,5}\s$/u.test(before))) continue
    const indices = m.indices?.groups ?? {}
    const w1 = g.w1.toLowerCase()
    const w2 = g.w2?.toLowerCase()
    // A capitalised word in the body is a name ("Gerakan 1 Rumah"), an acronym is a counted thing ("386 PPPK").
    if (calendar.has(w1) || (/^\p{Lu}/u.test(g.w1) && !/^\p{Lu}{2,}$/u.test(g.w1) && field.field === 'body')) continue
    let noun = w1
    let nounEnd = indices.w1?.[1] ?? m.index + m[0].length
    // "12 unit bus": the classifier's noun follows; not a function word or a verb ("46.500 orang selama …", "40 orang mengikuti …").
    if (CLASSIFIERS.has(w1) && w2 && !stopwords.has(w2) && !calendar.has(w2) && !AFTER_CLASSIFIER_NOT_NOUN.test(w2)) {
      noun = w2
      nounEnd = m.index + m[0].length
    }
    if (stopwords.has(noun) && !CLASSIFIERS.has(noun)) continue
    found.push({
      field: field.field,
      noun,
      value: g.num ? parseNumber(g.num, g.mult) : parseNumberWords(g.word),
      ...(noun === w1 && w2 ? { second: w2, secondEnd: indices.w2?.[1] } : {}),
      approximate: APPROXIMATE.test(before),
      coordinated: coordinatedAfter(field.text.slice(noun === w1 ? (indices.w1?.[1] ?? nounEnd) : nounEnd)),
      total: /(?:sebanyak|total|seluruhnya|sejumlah|mengumpulkan|melibatkan|diikuti)\s*$/i.test(before),
      start: m.index,
      end: nounEnd,
      excerpt: field.text.slice(m.index, nounEnd),
    })
  }
  return found
}

/** Sums of whole lists: figures of one field joined one to the next as list items (see `listed`). */
export function listSums(mentions: Mention[], texts: Map<ArticleField, string>): number[] {
  const sorted = [...mentions].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field.localeCompare(b.field)))
  const sums: number[] = []
  let run: Mention[] = []
  const close = () => {
    if (run.length > 1) sums.push(run.reduce((sum, m) => sum + m.value, 0))
  }
  for (const m of sorted) {
    const prev = run.at(-1)
    if (prev && prev.field === m.field && listed(texts.get(m.field) ?? '', prev, m)) run.push(m)
    else {
      close()
      run = [m]
    }
  }
  close()
  return sums
}

/** A finding on `m`, whose right figure is probably `right`'s. */
export const mismatch = (m: Mention, right: Mention, what: string): Finding => ({
  rule: 'number-consistency',
  category: 'accuracy',
  severity: 'warning',
  message: `Angka tidak konsisten: ${what}. Samakan angkanya atau jelaskan perbedaannya.`,
  field: m.field,
  start: m.start,
  end: m.end,
  excerpt: m.excerpt,
  suggestion: right.excerpt,
})

/**
 * A photo caption paragraph ("Foto: …", "Keterangan foto: …"; since round 10 also "Gambar: …",
 * "Foto/Humas: …", "Foto (Dok. Humas): …", "[Foto 2: …]").
 */
export const CAPTION = /^\s*[([]?\s*(?:foto|gambar|keterangan(?:\s+(?:foto|gambar))?|caption|ket\.?\s*foto)(?:\s*\d+)?(?:\s*[/(][^:\n]{0,40})?\s*:/iu
export const digits = (n: number) => String(Math.round(n)).split('').sort().join('')
/** Two figures that look like one figure mistyped: the same digits reordered, or one digit changed. */
export function slipOf(a: number, b: number): boolean {
  const x = String(Math.round(a))
  const y = String(Math.round(b))
  if (x.length !== y.length || x === y) return false
  if (digits(a) === digits(b)) return true
  return [...x].filter((c, i) => c !== y[i]).length === 1
}


export const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a))
/** Two figures of one list: up to three modifiers, then a comma or "dan"/"serta" ("120 pelaku kuliner dan 30 pelaku …"; not "1.300 kendaraan yang diperiksa, 64 …" nor "tiga rumah tersebut, satu rumah …"). */
export function listed(text: string, a: Mention, b: Mention): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a]
  return /^(?:\s+(?!(?:yang|tersebut|itu|ini)\b)[\p{L}-]+){0,3}\s*(?:,\s*(?:dan|serta)?|\s+dan|\s+serta)\s*$/u.test(text.slice(x.end, y.start))
}
/** The same digits in another order, three or more of them ("1.250" / "1.520"). */
export const reordered = (a: number, b: number) => String(Math.round(a)).length >= 3 && !same(a, b) && digits(a) === digits(b)

/**
 * A two-word noun counted under its acronym elsewhere in the article ("205 kepala keluarga" where
 * the headline counts "250 KK"): the mention is renamed to the acronym so the counts are compared.
 */
export function alignAcronyms(all: Mention[], texts: Map<ArticleField, string>): void {
  const acronyms = new Set(all.filter((m) => /^\p{Lu}{2,4}$/u.test(m.excerpt.replace(/^\S+\s+/, ''))).map((m) => m.noun))
  for (const m of all) {
    if (!m.second || m.secondEnd === undefined || !/^\p{Ll}/u.test(m.noun) || !/^\p{Ll}/u.test(m.second)) continue
    const initials = m.noun[0] + m.second[0]
    if (!acronyms.has(initials)) continue
    m.noun = initials
    m.end = m.secondEnd
    m.excerpt = (texts.get(m.field) ?? '').slice(m.start, m.end)
    delete m.second
  }
}
