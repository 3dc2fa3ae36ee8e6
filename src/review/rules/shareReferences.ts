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
    if (q.field.field === 'title' || q.names.size === 0 || !DEMONSTRATIVE.test(q.field.text.slice(q.end, q.end + 20))) continue
    const sentence = sentenceOf(q.field, q.start)
    if (!sentence || OTHER_TIME.test(q.field.text.slice(sentence.start, q.start))) continue
    const prior = all.slice(0, i).filter((o) => [...q.names].some((w) => o.names.has(w)))
    if (prior.length === 0 || prior.some((o) => o.figure !== prior[0].figure) || prior[0].figure === q.figure) continue
    if (!digitSlip(prior[0].figure, q.figure)) continue
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
