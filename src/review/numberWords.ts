/**
 * Indonesian numerals written as words ("tiga", "sebelas", "dua belas", "dua puluh lima",
 * "seratus"), as news style writes small counts ("tiga rumah", "Dua Rumah" in a headline).
 */
const UNITS: Record<string, number> = { satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 }
const UNIT = `(?:${Object.keys(UNITS).join('|')})`

/**
 * A numeral of one to three words: units, "sepuluh", "sebelas", "X belas", "X puluh (Y)",
 * "seratus", "X ratus". Case-insensitive use: a headline writes "Dua Rumah".
 */
export const NUMBER_WORD = `(?:${UNIT}\\s+puluh(?:\\s+${UNIT})?|${UNIT}\\s+(?:belas|ratus)|sepuluh|sebelas|seratus|${UNIT})`

/** Value of a numeral matched by NUMBER_WORD ("dua puluh lima" → 25), or NaN. */
export function parseNumberWords(words: string): number {
  const parts = words.toLowerCase().trim().split(/\s+/)
  let value = 0
  for (let i = 0; i < parts.length; i++) {
    const word = parts[i]
    const next = parts[i + 1]
    if (word === 'sepuluh') value += 10
    else if (word === 'sebelas') value += 11
    else if (word === 'seratus') value += 100
    else if (word in UNITS) {
      const unit = UNITS[word]
      if (next === 'belas') value += 10 + unit
      else if (next === 'puluh') value += 10 * unit
      else if (next === 'ratus') value += 100 * unit
      else value += unit
      if (next === 'belas' || next === 'puluh' || next === 'ratus') i++
    } else return Number.NaN
  }
  return value
}
