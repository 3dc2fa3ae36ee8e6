import { digitSlip } from '../digitSlip'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Finding } from '../types'

/** A share: "72 persen", "27,5 %". */
const SHARE = /(?<![\p{L}\p{N}.,/-])(\d+(?:,\d+)?)\s*(?:persen|%)/gu
/** A demonstrative right after the share ("27 persen itu"), not a time ("… persen tahun ini"). */
const DEMONSTRATIVE = /^\s+(?:itu|tersebut)(?![\p{L}])/u
/** Words before a share that name nothing: framing, function words. */
const FRAME = new Set([
  'yang', 'baru', 'sudah', 'telah', 'masih', 'hanya', 'mencapai', 'sekitar', 'sebesar', 'hampir', 'lebih', 'kurang', 'dari', 'pada',
  'dengan', 'atau', 'dan', 'kini', 'saat', 'ini', 'itu', 'tersebut', 'sampai', 'hingga', 'rata-rata', 'tercatat', 'sebanyak', 'angka',
])
/** Another time, a target or a change: a second share of the same thing is no restatement there. */
const OTHER_TIME = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|semula|awalnya|target|ditargetkan|menargetkan|naik|turun|meningkat|menurun|bertambah|berkurang|menjadi|dibanding(?:kan)?|rencana|direncanakan)(?![\p{L}])/iu

/** Another place or thing than the earlier share's: "di kelurahan lain", "masing-masing", "per sekolah". */
const OTHER_SCOPE = /(?<![\p{L}])(?:lain|lainnya|berbeda|masing-masing|per|setiap|tiap)(?![\p{L}])/iu
/** The same digits in another order ("2,31" / "2,13", "47" / "74"). */
const swapped = (a: string, b: string) => a !== b && [...a.replace(/\D/g, '')].sort().join('') === [...b.replace(/\D/g, '')].sort().join('')

/** Capitalised words inside the clauses before two shares (not a sentence's first word), lower-cased. */
const places = (...shares: Share[]) =>
  new Set(shares.flatMap((x) => (x.field.text.slice(Math.max(0, x.start - 60), x.start).match(/(?<=\p{Ll}\s+|\p{Lu}\p{Ll}*\s+)\p{Lu}[\p{L}-]*/gu) ?? []).map((w) => w.toLowerCase())))

interface Share {
  field: PreparedField
  start: number
  end: number
  figure: string
  /** The words naming what the share is of, among the six before it in its clause ("progres fisik baru mencapai" → progres, fisik). */
  names: Set<string>
}

const sentenceOf = (field: PreparedField, offset: number) => field.sentences.find((s) => s.start <= offset && offset < s.end)

function namesBefore(text: string, start: number): Set<string> {
  const clause = text.slice(Math.max(0, start - 60), start).split(/[.,;:!?()\n"“”]/).pop() ?? ''
  const words = (clause.toLowerCase().match(/[\p{L}-]+/gu) ?? []).slice(-6)
  // "progresnya" names the progres of the one before.
  return new Set(words.map((w) => w.replace(/nya$/u, '')).filter((w) => w.length >= 4 && !FRAME.has(w)))
}

/**
 * A share referring back with a demonstrative (round 20): "pekerjaan yang progresnya baru 27 persen
 * itu" after "progres fisik baru mencapai 72 persen". The words before the share name its thing;
 * every earlier share naming that thing must be one figure, which the later one looks like mistyped
 * (`digitSlip`), and the referring sentence must not speak of another time, a target or a change.
 */
export function shareReferences(article: PreparedArticle): Finding[] {
  const all: Share[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(SHARE)) {
      all.push({ field, start: m.index, end: m.index + m[0].length, figure: m[1], names: namesBefore(field.text, m.index) })
    }
  }
  const findings: Finding[] = []
  for (const [i, q] of all.entries()) {
    // Since round 21 also without a demonstrative, when two naming words are the earlier share's too ("inflasi tahunan sebesar
    // 2,31 persen" … "Inflasi tahunan Kota Yogyakarta sebesar 2,13 persen") and the digits are the same ones swapped.
    const referring = DEMONSTRATIVE.test(q.field.text.slice(q.end, q.end + 20))
    if (q.field.field === 'title' || q.names.size < (referring ? 1 : 2)) continue
    const sentence = sentenceOf(q.field, q.start)
    if (!sentence || OTHER_TIME.test(q.field.text.slice(sentence.start, q.start))) continue
    // Another scope ("Di kelurahan lain serapan mencapai 46 persen") gives another share.
    if (!referring && OTHER_SCOPE.test(q.field.text.slice(sentence.start, q.start))) continue
    // Without a demonstrative only common nouns count (a place, "Kota Yogyakarta", names every share of the city).
    const shared = (o: Share) => [...q.names].filter((w) => o.names.has(w) && (referring || !places(q, o).has(w))).length
    const prior = all.slice(0, i).filter((o) => shared(o) >= (referring ? 1 : 2) && (referring || sentenceOf(o.field, o.start) !== sentence))
    if (prior.length === 0 || prior.some((o) => o.figure !== prior[0].figure) || prior[0].figure === q.figure) continue
    if (!(referring ? digitSlip(prior[0].figure, q.figure) : swapped(prior[0].figure, q.figure))) continue
    const excerpt = q.field.text.slice(q.start, q.end)
    const right = prior[0].field.text.slice(prior[0].start, prior[0].end)
    findings.push({
      rule: 'number-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Angka tidak konsisten: bagian sebelumnya menyebut "${right}", sedangkan rujukan "${excerpt}" menyebut angka lain yang mirip salah ketik. Samakan angkanya.`,
      field: q.field.field,
      start: q.start,
      end: q.end,
      excerpt,
      suggestion: right,
    })
  }
  return findings
}
