import type { MoneyMention } from '../findMoneyMentions'
import type { ArticleField, Finding } from '../types'

/** An amount with the text of its field. */
export interface PlacedAmount extends MoneyMention {
  text: string
}

/** "… Rp1,5 miliar atau 80 persen dari target", "Rp900 juta (75 persen dari pagu Rp1,2 miliar)". */
const SHARE_AFTER = /^\s*[,(]?\s*(?:atau|yakni|sekitar|sebesar)?\s*(\d{1,3}(?:,\d+)?)\s*(?:persen|%)\s+dari\s+(?:(total|target|pagu|anggaran|nilai|jumlah)(?![\p{L}]))?/iu
/** Words before an amount that make it the base a share is taken of. */
const BASE_WORDS: Record<string, RegExp> = {
  target: /(?<![\p{L}])(?:target|ditargetkan|menargetkan)(?![\p{L}])/iu,
  pagu: /(?<![\p{L}])pagu(?![\p{L}])/iu,
  anggaran: /(?<![\p{L}])(?:anggaran|pagu)(?![\p{L}])/iu,
}

/**
 * An amount said to be a share of another that it is not (round 15): "retribusi ditargetkan
 * Rp1,2 miliar" … "terkumpul Rp1,5 miliar atau 80 persen dari target" (125 %). The base is the
 * amount written right after "dari", else the one amount of the article named by the base word
 * (`target`, `pagu`, `anggaran`) in the 40 characters before it. Off by more than two points and 5 %.
 */
export function sharesOfBase<T extends PlacedAmount>(amounts: T[]): [T, number, T][] {
  const found: [T, number, T][] = []
  for (const a of amounts) {
    const share = SHARE_AFTER.exec(a.text.slice(a.end, a.end + 80))
    if (!share) continue
    const percent = Number(share[1].replace(',', '.'))
    const after = a.end + share.index + share[0].length
    let base = amounts.find((o) => o.text === a.text && o.start >= after && o.start - after <= 20)
    const word = share[2]?.toLowerCase()
    if (!base && word && BASE_WORDS[word]) {
      const named = amounts.filter((o) => o !== a && BASE_WORDS[word].test(o.text.slice(Math.max(0, o.start - 40), o.start)))
      if (new Set(named.map((o) => o.value)).size === 1) base = named[0]
    }
    if (!base || base === a || base.value <= 0) continue
    const actual = (100 * a.value) / base.value
    if (Math.abs(actual - percent) > Math.max(2, percent * 0.05)) found.push([a, actual, base])
  }
  return found
}

/** The findings of `sharesOfBase`, each with the amount it is on. */
export function shareFindings<T extends PlacedAmount & { field: ArticleField }>(amounts: T[]): [T, Finding][] {
  return sharesOfBase(amounts).map(([wrong, actual, base]) => [
    wrong,
    {
      rule: 'money-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Persentase tidak cocok dengan nilainya: "${wrong.excerpt}" adalah ${actual.toLocaleString('id-ID', { maximumFractionDigits: 1 })} persen dari "${base.excerpt}". Periksa nilai atau persentasenya.`,
      field: wrong.field,
      start: wrong.start,
      end: wrong.end,
      excerpt: wrong.excerpt,
    },
  ])
}
