import { digitSlip } from '../digitSlip'
import { parseNumber } from '../parseNumber'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Finding } from '../types'

/** A figure and the word after it: "96 unit", "3,5 kilometer", "40 tangki". Not money, shares or scale words. */
const QUANTITY = /(?<![\p{L}\p{N}.,/-])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s+(\p{L}[\p{Ll}-]*)/gu
/** Words after a figure that name no quantity of a thing: function words, shares, scale words, ordinals, times. */
const NOT_A_UNIT = new Set([
  'dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dengan', 'itu', 'ini', 'tersebut', 'hingga', 'sampai', 'dalam', 'oleh',
  'sebagai', 'adalah', 'pukul', 'ayat', 'pasal', 'nomor', 'tahap', 'gelombang', 'lantai', 'tingkat', 'persen', 'kali', 'ribu', 'juta',
  'miliar', 'triliun', 'rb', 'hari', 'pekan', 'minggu', 'bulan', 'tahun', 'jam', 'menit', 'detik', 'lalu', 'mendatang', 'sd', 'per',
  'orang', 'besar', 'pertama', 'kedua', 'sekitar', 'lebih', 'kurang', 'saja', 'pun', 'juga',
])
/** A demonstrative right after the unit, or after one word more ("69 unit ini", "5,3 kilometer itu", "12 rumah warga tersebut"). */
// Not a time ("44 peserta tahun ini", "kali ini"): that dates the count, it refers to nothing before.
const DEMONSTRATIVE = /^(?:\s+(?!(?:tahun|bulan|minggu|pekan|hari|pagi|siang|sore|malam|kali|musim|periode|semester|saat|waktu)(?![\p{L}]))\p{Ll}+)?\s+(?:itu|ini|tersebut)(?![\p{L}])/u
/** "… yang sudah dikirim": the set described by what was done to it. */
const DONE = /^(?:\s+\p{Ll}+)?\s+yang\s+(?:sudah|telah)\s+(\p{Ll}+)/u
/** Another time, a target or a change: a second figure of the same unit is no restatement there. */
const OTHER_TIME = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|semula|awalnya|target|ditargetkan|menargetkan|kuota|naik|turun|meningkat|menurun|bertambah|berkurang|menjadi|dibanding(?:kan)?|dari\s+total|dari\s+jumlah|sisanya|di\s+antaranya|antara\s+lain|termasuk|sebagian)(?![\p{L}])/iu

interface Quantity {
  field: PreparedField
  start: number
  end: number
  figure: string
  value: number
  unit: string
  order: number
}

const sentenceOf = (field: PreparedField, offset: number) => field.sentences.find((s) => s.start <= offset && offset < s.end)

function quantities(article: PreparedArticle): Quantity[] {
  const out: Quantity[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(QUANTITY)) {
      const unit = m[2].toLowerCase()
      // A capitalised word after a figure is a name ("RW 05 Tegalrejo"), except in a headline.
      if (field.field !== 'title' && m[2] !== unit) continue
      if (NOT_A_UNIT.has(unit) || article.lexicon.months.has(unit)) continue
      if (/Rp\s?$/iu.test(field.text.slice(Math.max(0, m.index - 3), m.index))) continue
      out.push({ field, start: m.index, end: m.index + m[0].length, figure: m[1], value: parseNumber(m[1]), unit, order: out.length })
    }
  }
  return out
}

/** Roots of the verbs of a sentence, with the root a nasal prefix took its first consonant from ("mengirim" → "irim", "kirim"). */
const PREFIXES = /^(?:di|ber|ter|meng|meny|mem|men|me)(?=\p{L}{4,}$)/u
/** The roots a verb may have: its prefix dropped, and with a nasal prefix the root's lost first consonant allowed for. */
function roots(word: string): string[] {
  const prefix = PREFIXES.exec(word)?.[0]
  if (!prefix) return []
  const root = word.slice(prefix.length).replace(/(?:kan|i)$/u, '')
  return prefix.startsWith('me') && prefix.length > 2 ? [root, ...'kptsc'.split('').map((c) => c + root)] : [root]
}
function sharesRoot(text: string, verb: string): boolean {
  const own = new Set(roots(verb))
  return own.size > 0 && (text.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => roots(w).some((r) => own.has(r)))
}

/**
 * A later quantity that refers back to one already given (round 17) — a demonstrative after it
 * ("Dengan tambahan 69 unit ini", "Pekerjaan sepanjang 5,3 kilometer itu") or a relative clause
 * of what was done to the set, sharing the verb of the earlier mention's sentence ("40 tangki air
 * dikirim" … "44 tangki yang sudah dikirim") — with a figure that looks like the earlier one
 * mistyped (`digitSlip`: digits swapped, one changed, added or dropped, the separator moved). Every
 * earlier figure of the unit in the headline, lead and body must be that one figure; the later
 * sentence must not speak of another time, a target, a change or a part. Counts and measures alike
 * ("unit", "kilometer", "hektare"): number-consistency left measures out.
 */
export function quantityReferences(article: PreparedArticle): Finding[] {
  const all = quantities(article)
  const findings: Finding[] = []
  for (const q of all) {
    if (q.field.field === 'title') continue
    const after = q.field.text.slice(q.end, q.end + 50)
    const done = DONE.exec(after)
    const sentence = sentenceOf(q.field, q.start)
    if (!sentence) continue
    const prior = all.filter((o) => o.order < q.order && o.unit === q.unit && !(o.field === q.field && sentenceOf(o.field, o.start) === sentence))
    if (prior.length === 0 || prior.some((o) => o.value === q.value) || prior.some((o) => o.value !== prior[0].value)) continue
    const right = prior[0]
    // A digit added or dropped may make a part of the set ("40 kampung" … "4 kampung tersebut"): only within half to twice.
    if (!digitSlip(right.figure, q.figure) || Math.max(right.value, q.value) / Math.min(right.value, q.value) > 2) continue
    const described = (o: Quantity) => {
      const s = sentenceOf(o.field, o.start)
      return done !== null && s !== undefined && sharesRoot(o.field.text.slice(s.start, s.end), done[1])
    }
    const refers = DEMONSTRATIVE.test(after) || prior.some(described)
    // The words before the figure in its sentence set its time ("tahun lalu", "target"); what follows is said of the set.
    if (!refers || OTHER_TIME.test(q.field.text.slice(sentence.start, q.start))) continue
    const excerpt = q.field.text.slice(q.start, q.end)
    const rightExcerpt = right.field.text.slice(right.start, right.end)
    findings.push({
      rule: 'number-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Angka tidak konsisten: bagian sebelumnya menyebut "${rightExcerpt}", sedangkan rujukan "${excerpt}" menyebut angka lain yang mirip salah ketik. Samakan angkanya.`,
      field: q.field.field,
      start: q.start,
      end: q.end,
      excerpt,
      suggestion: rightExcerpt,
    })
  }
  return findings
}
