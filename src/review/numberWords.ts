/**
 * Indonesian numerals written as words, as news copy writes counts ("tiga rumah", "Dua Rumah" in a
 * headline, "seribu dua ratus orang") and, since round 21, amounts ("dua setengah miliar rupiah",
 * "delapan belas koma enam juta rupiah", "dua miliar lima puluh lima juta rupiah").
 */
const UNITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 }
/** Digits after "koma" may include zero ("satu koma nol lima"). */
const DIGITS: Record<string, number> = { nol: 0, kosong: 0, ...UNITS }
/** The large scales, largest first; "milyar" is the common old spelling of "miliar". */
const SCALES: Record<string, number> = { triliun: 1e12, miliar: 1e9, milyar: 1e9, juta: 1e6, ribu: 1e3 }
/** One of a scale: "seribu", "sejuta", "semiliar", "setriliun". */
const ONE_OF: Record<string, number> = { seribu: 1e3, sejuta: 1e6, semiliar: 1e9, semilyar: 1e9, setriliun: 1e12 }
const FRACTIONS: Record<string, number> = { setengah: 0.5, seperempat: 0.25 }

/** Own keys only: a word such as "constructor" is no numeral. */
const isIn = (table: Record<string, number>, word: string | undefined): word is string => word !== undefined && Object.hasOwn(table, word)

const UNIT = `(?:${Object.keys(UNITS).join('|')})`
const DIGIT = `(?:${Object.keys(DIGITS).join('|')})`
const SCALE = `(?:${Object.keys(SCALES).join('|')})`
const ONE_OF_SCALE = `(?:${Object.keys(ONE_OF).join('|')})`
const FRACTION = `(?:${Object.keys(FRACTIONS).join('|')})`
/** A numeral ends at a word boundary, and not before a hyphen ("satu-satunya", "dua-duanya" are no numerals). */
const END = `(?![\\p{L}-])`
/** 1 to 99: a unit, "X puluh (Y)", "X belas", "sepuluh", "sebelas". */
const TENS = `(?:${UNIT}(?:\\s+(?:puluh(?:\\s+${UNIT})?|belas))?|sepuluh|sebelas)`
/** 1 to 999: "seratus", "X ratus", either followed by 1 to 99, or 1 to 99 alone. */
const SMALL = `(?:(?:se|${UNIT}\\s+)ratus(?:\\s+${TENS})?|${TENS})`
/** The first group may carry a fraction: "dua setengah", "delapan belas koma enam", "setengah" (this one only before a scale). */
const LEAD = `(?:${SMALL}(?:\\s+${FRACTION}|\\s+koma(?:\\s+${DIGIT}){1,3})?|${FRACTION})`
/**
 * The first word of any numeral, checked before the full pattern: most positions of a text start no numeral, and
 * one short test there keeps the many rules that embed NUMBER_WORD fast.
 */
const FIRST = `(?:${UNIT}|se(?:puluh|belas|ratus|ribu|juta|miliar|milyar|triliun|tengah|perempat))${END}`
/**
 * The groups after a scale, each with its own scale or the last without: "… lima puluh lima juta", "… dua ratus".
 * Kept loose (a group without a scale may repeat) so that the pattern stays small in the many rules that embed it:
 * `parseNumberWords` rejects what is no numeral.
 */
const TAIL = `(?:\\s+(?:${SMALL}(?:\\s+${SCALE})?|${ONE_OF_SCALE})${END})*`

/**
 * A numeral in words: "tiga", "dua puluh lima", "tiga ratus lima puluh", "seribu dua ratus",
 * "dua setengah miliar", "delapan belas koma enam juta", "dua miliar lima puluh lima juta".
 * Non-capturing, for use inside other patterns; case-insensitive use ("Dua Rumah"). Scales out of
 * order ("dua juta tiga miliar") match but `parseNumberWords` rejects them.
 */
export const NUMBER_WORD = `(?=${FIRST})(?!${FRACTION}${END}(?!\\s+${SCALE}))(?:${LEAD}${END}(?:\\s+${SCALE}${END}${TAIL})?|${ONE_OF_SCALE}${END}${TAIL})`

/** A numeral in words that carries a large scale ("lima ratus ribu", "dua setengah miliar"): the shape of an amount. */
export const SCALED_NUMBER_WORD = `(?=${FIRST})(?:${LEAD}\\s+${SCALE}|${ONE_OF_SCALE})${END}${TAIL}`

/** Value of 1 to 999 from its words, with the index after them, or null. */
function readSmall(parts: readonly string[], at: number): [number, number] | null {
  let value = 0
  let i = at
  const word = parts[i]
  if (word === 'seratus') {
    value = 100
    i += 1
  } else if (isIn(UNITS, word) && parts[i + 1] === 'ratus') {
    value = 100 * UNITS[word]
    i += 2
  }
  const tens = parts[i]
  if (tens === 'sepuluh' || tens === 'sebelas') return [value + (tens === 'sepuluh' ? 10 : 11), i + 1]
  if (isIn(UNITS, tens) && parts[i + 1] === 'belas') return [value + 10 + UNITS[tens], i + 2]
  if (isIn(UNITS, tens) && parts[i + 1] === 'puluh') {
    value += 10 * UNITS[tens]
    i += 2
  }
  const unit = parts[i]
  if (isIn(UNITS, unit) && parts[i + 1] !== 'ratus' && parts[i + 1] !== 'puluh' && parts[i + 1] !== 'belas') return [value + UNITS[unit], i + 1]
  return i > at ? [value, i] : null
}

/** The fraction of a group: "setengah" (0.5), "koma enam" (0.6), "koma dua lima" (0.25); the index after it. */
function readFraction(parts: readonly string[], at: number): [number, number] {
  if (isIn(FRACTIONS, parts[at])) return [FRACTIONS[parts[at]], at + 1]
  if (parts[at] !== 'koma') return [0, at]
  let digits = ''
  let i = at + 1
  while (i < parts.length && isIn(DIGITS, parts[i]) && digits.length < 3) digits += String(DIGITS[parts[i++]])
  return digits ? [Number(`0.${digits}`), i] : [Number.NaN, i]
}

/**
 * Value of a numeral in words ("dua puluh lima" → 25, "dua setengah miliar" → 2 500 000 000,
 * "dua miliar lima puluh lima juta" → 2 055 000 000), or NaN when the words are no numeral or
 * their scales are out of order.
 */
export function parseNumberWords(words: string): number {
  const parts = words.toLowerCase().trim().split(/\s+/)
  let total = 0
  let lastScale = Infinity
  let i = 0
  while (i < parts.length) {
    let group: number
    let scaleWord: string
    if (isIn(ONE_OF, parts[i])) {
      group = 1
      scaleWord = parts[i++]
    } else {
      const small = isIn(FRACTIONS, parts[i]) ? ([0, i] as [number, number]) : readSmall(parts, i)
      if (!small) return Number.NaN
      const [fraction, after] = i === 0 ? readFraction(parts, small[1]) : [0, small[1]]
      group = small[0] + fraction
      i = after
      if (!isIn(SCALES, parts[i])) {
        // The last group of units, with no scale: only at the end, and a fraction needs a scale unless it stands alone.
        if (i < parts.length || Number.isNaN(group) || group === 0) return Number.NaN
        return total + group
      }
      scaleWord = parts[i++]
    }
    const scale = isIn(ONE_OF, scaleWord) ? ONE_OF[scaleWord] : SCALES[scaleWord]
    if (scale >= lastScale) return Number.NaN
    lastScale = scale
    total += group * scale
  }
  // Avoid float noise: "delapan belas koma enam juta" is 18 600 000, not 18 600 000.000000004.
  return Math.round(total * 1000) / 1000
}
