import { NUMBER_WORD, SCALED_NUMBER_WORD, parseNumberWords } from './numberWords'
import { parseNumber } from './parseNumber'

export interface MoneyMention {
  /** Value in rupiah. */
  value: number
  start: number
  end: number
  excerpt: string
}

// "Rp2,5 miliar", "Rp 2.500.000.000", "Rp750 Juta", "Rp. 1,2 M", "2,5 miliar rupiah"; since round 19 whole groups of
// three with a slipped or English separator too ("Rp175,000.000", "Rp1,500,000"), valued as the writer meant.
const MONEY =
  /(?<![\p{L}\p{N}])(?:Rp\.?\s?(?<num>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:[.,]\d{3}){2,}(?![\d.,]\d)|\d+(?:,\d+)?)(?:\s?(?<mult>ribu|rb|juta|jt|miliar|milyar|triliun|M|T)(?![\p{L}]))?(?:,-)?|(?<num2>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s(?<mult2>ribu|juta|miliar|milyar|triliun)\srupiah)/giu
/** Words naming a sum of money, which an amount in words may follow without "rupiah" ("anggarannya satu koma dua triliun"). */
const MONEY_WORD =
  '(?:anggaran|dana|biaya|nilai|pagu|belanja|pendapatan|hibah|bantuan|investasi|kerugian|modal|tunggakan|utang|pinjaman|subsidi|honor|gaji|insentif|santunan|apbd|apbn)(?:nya)?'
const FRAMING = '(?:\\s+(?:sebesar|senilai|mencapai|sekitar|hanya|total|hingga|sampai|ditaksir|diperkirakan|tercatat|kurang\\s+lebih|lebih\\s+dari)){0,2}'
/** After an amount: a word that continues the sentence, not a counted noun ("dana dua juta warga" counts people). */
const AFTER_AMOUNT = '(?:untuk|bagi|dari|yang|itu|tersebut|ini|per|dan|atau|serta|pada|di|ke|setiap|tiap|sudah|telah|akan|dengan|sedangkan|namun|tahun)'
/**
 * Since round 21 amounts in words: "dua setengah miliar rupiah", "delapan belas koma enam juta rupiah", "seribu rupiah"
 * (not the idioms "salah satu", "satu rupiah pun"); without "rupiah" a scaled numeral right after a word for a sum
 * ("anggaran sebesar satu koma dua triliun") or in parentheses restating an amount ("Rp2,5 miliar (dua koma lima miliar)").
 */
const WORD_MONEY = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?<!salah\\s+)(?<words>${NUMBER_WORD})\\s+rupiah(?![\\p{L}])(?!\\s+pun(?![\\p{L}]))` +
    `|(?<=(?<![\\p{L}])${MONEY_WORD}${FRAMING}\\s+)(?<framed>${SCALED_NUMBER_WORD})(?!\\s+(?!${AFTER_AMOUNT}(?![\\p{L}]))\\p{Ll})(?!\\s+rupiah)` +
    `|(?<=\\(\\s*)(?<restated>${SCALED_NUMBER_WORD})(?=\\s*\\))`,
  'giu',
)
const MULTIPLIER: Record<string, string> = { jt: 'juta', m: 'miliar', t: 'triliun' }

/** Amounts of rupiah in a text, valued ("Rp2,5 miliar" = "Rp 2.500.000.000" = "dua koma lima miliar rupiah"). */
export function findMoneyMentions(text: string): MoneyMention[] {
  const found: Found[] = [...digitAmounts(text), ...wordAmounts(text)].sort((a, b) => a.start - b.start)
  const restating = (m: Found, i: number) => i > 0 && /^\s*\(\s*$/.test(text.slice(found[i - 1].end, m.start))
  // An amount restated in parentheses right after itself ("Rp2,5 miliar (dua koma lima miliar rupiah)") is one amount;
  // a restatement with another value stays, as the slip it is. Words in parentheses without "rupiah" are money only there.
  return found
    .filter((m, i) => (restating(m, i) ? m.value !== found[i - 1].value : !m.bare))
    .map(({ value, start, end, excerpt }) => ({ value, start, end, excerpt }))
}

/** A word amount without "rupiah" (`bare`) is money only in parentheses restating an amount. */
type Found = MoneyMention & { bare?: boolean }

function wordAmounts(text: string): Found[] {
  const found: Found[] = []
  // Money checks read many short slices: most have no scale word or "rupiah", which every amount in words has.
  if (!/rupiah|ribu|juta|miliar|milyar|triliun/i.test(text)) return found
  for (const m of text.matchAll(WORD_MONEY)) {
    const g = m.groups ?? {}
    const value = parseNumberWords(g.words ?? g.framed ?? g.restated)
    if (!(value > 0)) continue
    found.push({ value, start: m.index, end: m.index + m[0].length, excerpt: m[0], bare: g.restated !== undefined })
  }
  return found
}

function digitAmounts(text: string): MoneyMention[] {
  const found: MoneyMention[] = []
  for (const m of text.matchAll(MONEY)) {
    const g = m.groups ?? {}
    const num = g.num ?? g.num2
    const raw = (g.mult ?? g.mult2)?.toLowerCase()
    // "M"/"T" only in capitals (Rp1,2 M); "m" could be metres.
    if (g.mult && g.mult.length === 1 && g.mult !== g.mult.toUpperCase()) continue
    const mult = raw ? (MULTIPLIER[raw] ?? raw) : undefined
    // Rupiah figures use "." for thousands: "Rp2.500" is two thousand five hundred.
    const value = /\./.test(num) && !/,/.test(num) ? Number(num.replace(/\./g, '')) * (mult ? parseNumber('1', mult) : 1) : parseNumber(num, mult)
    const excerpt = m[0].replace(/,-$/, '')
    found.push({ value, start: m.index, end: m.index + excerpt.length, excerpt })
  }
  return found
}

const WRITTEN = /^Rp\s?([\d.,]+)\s*(\p{L}*)/iu
const SCALE_WORD = /(?<![\p{L}])(?:se)?(ribu|juta|miliar|milyar|triliun)(?![\p{L}])/iu
const SCALE_VALUE: Record<string, number> = { ribu: 1e3, juta: 1e6, miliar: 1e9, milyar: 1e9, triliun: 1e12 }

/**
 * The figure as written and its scale word, as the writer chose them: "Rp6,8 miliar" → ["6,8", "miliar"]; since round 21
 * an amount in words by its largest scale: "delapan belas koma enam juta rupiah" → ["18,6", "juta"]. ["", ""] if neither.
 */
export function writtenScale(mention: MoneyMention): [string, string] {
  const digits = WRITTEN.exec(mention.excerpt)
  if (digits) return [digits[1], digits[2].toLowerCase()]
  const scale = /^\d/.test(mention.excerpt) ? null : SCALE_WORD.exec(mention.excerpt)
  if (!scale) return ['', '']
  const word = scale[1].toLowerCase()
  return [String(Math.round((mention.value / SCALE_VALUE[word]) * 1000) / 1000).replace('.', ','), word === 'milyar' ? 'miliar' : word]
}
