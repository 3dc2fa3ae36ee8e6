// English number style inside Indonesian copy (round 19): a comma grouping thousands, a point
// marking decimals. Indonesian reads "15,700" as fifteen point seven, so the figure changes value.

const MAGNITUDE = String.raw`(?:juta|miliar|milyar|triliun|ribu)\b`
const UNIT = String.raw`(?:kilometer|km|meter|sentimeter|cm|milimeter|mm|kilogram|kg|gram|ton|kuintal|liter|mililiter|ml|hektare|hektar|ha|derajat|mil)\b`

// Rupiah have no thousandths: "Rp15,700" without a magnitude word is English grouping. Since round 21 also at a
// sentence's or clause's end ("menjadi Rp 7,500.", "Rp12,000, sedangkan …"): only a separator before a digit continues the figure.
const RP_COMMA = new RegExp(String.raw`Rp\.?\s?\d{1,3}(?:,\d{3})+(?![.,]?\d|\s*${MAGNITUDE})`, 'g')
// A bare count: two or more comma groups can only be thousands; one group is, unless a unit or magnitude follows (Indonesian "1,250 ton").
const COUNT_COMMA = new RegExp(String.raw`(?<![\d.,]|Rp\.?\s?)[1-9]\d{0,2}(?:(?:,\d{3}){2,}|,\d{3}(?!\s*(?:${MAGNITUDE}|${UNIT}|persen|%)))(?![\d.,]\d|\d)`, 'gi')
// A decimal point before a measurement unit: "1.5 kilometer" (a clock time "07.30" has a leading zero and no unit).
const POINT_UNIT = new RegExp(String.raw`(?<![\d.,])(?:0|[1-9]\d*)\.\d{1,2}(?![\d.,])\s*${UNIT}`, 'gi')

export interface SeparatorSlip {
  index: number
  excerpt: string
  message: string
}

const thousands = (figure: string) => figure.replace(/,/g, '.')

/** English separators in an Indonesian field, with the Indonesian spelling to use. */
export function englishSeparators(text: string): SeparatorSlip[] {
  const slips: SeparatorSlip[] = []
  for (const re of [RP_COMMA, COUNT_COMMA]) {
    for (const m of text.matchAll(re)) {
      slips.push({
        index: m.index,
        excerpt: m[0],
        message: `"${m[0]}" memakai koma sebagai pemisah ribuan (gaya Inggris). Dalam bahasa Indonesia koma menandai desimal; tulis "${thousands(m[0])}".`,
      })
    }
  }
  for (const m of text.matchAll(POINT_UNIT)) {
    slips.push({
      index: m.index,
      excerpt: m[0],
      message: `"${m[0]}" memakai titik sebagai tanda desimal (gaya Inggris). Dalam bahasa Indonesia desimal ditulis dengan koma, mis. "${m[0].replace(/(\d)\.(\d)/, '$1,$2')}".`,
    })
  }
  return slips
}
