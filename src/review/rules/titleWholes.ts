import type { PreparedArticle } from '../prepareArticle'
import type { Finding } from '../types'
import { type Figure, figures, qualifies } from './partFigures'

/** A breakdown word announcing all the parts: "terdiri atas", "meliputi", "rinciannya". */
const ALL_PARTS = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|meliputi|rinciannya|dengan\s+rincian)(?![\p{L}])/iu
/** An estimate ("stok … sekitar 450 kantong") is no whole of the breakdown. */
const APPROXIMATE = /(?:sekitar|kurang\s+lebih|hampir|lebih\s+dari|rata-rata)\s+$/iu
const SOME = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|lainnya|sisanya|selebihnya|tambahan)(?![\p{L}])/iu

/**
 * Round 22: a headline count ("ASN … Sumbangkan 312 Kantong Darah") broken down in the body under
 * a breakdown word with no count of the parts' noun before it ("Darah yang terkumpul terdiri atas
 * golongan A sebanyak 84 kantong, golongan B 97 kantong, …"): the headline is the whole, and parts
 * that come close (0.8–1.25 of it) but do not add up to it are a slip of one of them; parts adding
 * up to it confirm it (no finding, and number-consistency leaves the headline to this breakdown).
 */
export function titleWholes(article: PreparedArticle): { finding?: Finding; total: Figure }[] {
  const title = article.fields.find((f) => f.field === 'title')
  const body = article.fields.find((f) => f.field === 'body')
  if (!title || !body || article.fields.some((f) => f.field === 'lead' && f.text.trim())) return []
  const months = article.lexicon.months
  const heads = figures(title, 0, title.text.length, months).filter((f) => !f.money)
  const found: { finding?: Finding; total: Figure }[] = []
  for (const sentence of body.sentences) {
    const text = body.text.slice(sentence.start, sentence.end)
    const word = ALL_PARTS.exec(text)
    if (!word || SOME.test(text)) continue
    const at = sentence.start + word.index
    const parts = figures(body, at, sentence.end, months).filter((f) => !f.money && !qualifies(body, f))
    const noun = parts[0]?.noun
    if (parts.length < 2 || parts.some((p) => p.noun !== noun) || figures(body, 0, at, months).some((f) => f.noun === noun && !APPROXIMATE.test(body.text.slice(Math.max(0, f.start - 20), f.start)))) continue
    const total = heads.find((h) => h.noun === noun && parts.every((p) => p.value < h.value))
    if (!total || found.some((x) => x.total === total)) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (sum < total.value * 0.8 || sum > total.value * 1.25) continue
    // A breakdown adding up confirms the headline: number-consistency leaves it too.
    if (sum === total.value) {
      found.push({ total })
      continue
    }
    found.push({
      total,
      finding: {
        rule: 'parts-total',
        category: 'accuracy',
        severity: 'warning',
        message: `Rincian tidak sesuai jumlahnya: judul menyebut "${total.excerpt}" (${total.value.toLocaleString('id-ID')}), tetapi rinciannya di isi berita (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${sum.toLocaleString('id-ID')}. Periksa kembali angkanya.`,
        field: 'title',
        start: total.start,
        end: total.end,
        excerpt: total.excerpt,
      },
    })
  }
  return found
}
