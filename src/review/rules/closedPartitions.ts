import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { GROUP_NOUNS } from './generalisation'

/** A figure in digits or words. */
const FIGURE = `(\\d{1,3}(?:\\.\\d{3})+|\\d+|${NUMBER_WORD})`
const valueOf = (figure: string) => (/^\d/.test(figure) ? parseNumber(figure) : parseNumberWords(figure))
/** A count in digits: the figure and the noun after it. Not money. */
const COUNT = /(?<![\p{L}\p{N}.,/]|Rp\s?)(\d{1,3}(?:\.\d{3})+|\d+)\s+(\p{Ll}[\p{Ll}-]*)/gu
/** Words that say a list names only some of the set, or leaves a rest uncounted ("…, sementara sisanya menyusul"). */
const SOME = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|misalnya|seperti|sisanya|selebihnya|lainnya)(?![\p{L}])/iu
const PERSONS = new Set<string>([...GROUP_NOUNS, 'orang', 'penerima', 'jiwa', 'keluarga', 'lansia', 'siswa', 'anggota', 'peserta', 'kader', 'pendaftar', 'pasien', 'pekerja'])

interface Count {
  value: number
  noun: string
  start: number
  end: number
  excerpt: string
}
const counts = (text: string, from = 0, to = text.length): Count[] =>
  [...text.slice(from, to).matchAll(COUNT)].map((m) => ({
    value: parseNumber(m[1]),
    noun: m[2],
    start: from + m.index,
    end: from + m.index + m[0].length,
    excerpt: m[0],
  }))

const finding = (field: PreparedField, total: Count, parts: string[], sum: number): Finding => ({
  rule: 'parts-total',
  category: 'accuracy',
  severity: 'warning',
  message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${total.value.toLocaleString('id-ID')}), tetapi rinciannya (${parts.map((p) => `"${p}"`).join(', ')}) berjumlah ${sum.toLocaleString('id-ID')}. Periksa kembali angkanya.`,
  field: field.field,
  start: total.start,
  end: total.end,
  excerpt: total.excerpt,
})

const sentenceIndexAt = (field: PreparedField, offset: number) => field.sentences.findIndex((s) => s.start <= offset && offset < s.end)
const close = (sum: number, total: number, low = 0.5, high = 1.5) => sum !== total && sum >= total * low && sum <= total * high

/** Women and men, girls and boys: two groups that make the whole. */
const GENDER_PAIR = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:(\p{Ll}+)\s+)?(perempuan|wanita|putri|laki-laki|pria|putra)\s+(?:dan|serta)\s+(\d{1,3}(?:\.\d{3})+|\d+)\s+(?:(\p{Ll}+)\s+)?(perempuan|wanita|putri|laki-laki|pria|putra)(?![\p{L}])/gu
const FEMALE = new Set(['perempuan', 'wanita', 'putri'])
/** Another set than the whole: "Selain itu, 30 peserta perempuan dan …", "kelas lain". */
const ANOTHER = /(?<![\p{L}])(?:selain|lain|lainnya|tambahan|juga)(?![\p{L}])/iu
/** The whole named before the pair in its sentence: "Dari jumlah itu, …", "terdiri atas …", "yakni …". */
const WHOLE_FRAME = /(?<![\p{L}])(?:dari\s+jumlah|dari\s+\d|terdiri|yakni|yaitu|rinciannya|meliputi|mereka)(?![\p{L}])/iu

/**
 * A whole split by sex (round 17): "150 kader … Dari jumlah itu, 104 kader perempuan dan 64
 * kader laki-laki" → 168. Women and men make the whole, so the two must add up to it. The whole is
 * the last count before the pair of the pair's noun, else of a group of people ("2.150 lansia" …
 * "1.320 penerima perempuan dan 730 penerima laki-laki"), in the article before it, within half to
 * one and a half times the sum.
 */
function genderPairs(body: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const m of body.text.matchAll(GENDER_PAIR)) {
    if (FEMALE.has(m[3]) === FEMALE.has(m[6])) continue
    const sentence = body.sentences[sentenceIndexAt(body, m.index)]
    const text = sentence ? body.text.slice(sentence.start, sentence.end) : ''
    if (!sentence || SOME.test(text) || ANOTHER.test(text)) continue
    const noun = m[2] ?? m[5] ?? ''
    const sum = parseNumber(m[1]) + parseNumber(m[4])
    // Fewer than the whole may be a group narrowed by what follows ("… berasal dari RW 3"): only a pair framed as the
    // whole's breakdown ("Dari jumlah itu, …") or closing its sentence as a bare breakdown is compared then.
    const bare = /^[\s.;!?"”)]*$/u.test(body.text.slice(m.index + m[0].length, sentence.end))
    const framed = WHOLE_FRAME.test(body.text.slice(sentence.start, m.index))
    const before = counts(body.text, 0, sentence.start).filter((c) => c.noun !== 'persen')
    const whole = before.filter((c) => c.noun === noun).at(-1) ?? before.filter((c) => PERSONS.has(c.noun)).at(-1)
    if (!whole || !close(sum, whole.value) || (sum < whole.value && !bare && !framed)) continue
    // A count equal to the sum elsewhere before: that is the pair's whole.
    if (before.some((c) => c.value === sum)) continue
    findings.push(finding(body, whole, [`${m[1]} ${m[3]}`, `${m[4]} ${m[6]}`], sum))
  }
  return findings
}

/** "dibagi dalam tiga tahap:", "terbagi menjadi dua fase": the number of parts announced. */
const STAGES = new RegExp(`(?<![\\p{L}])(?:dibagi|terbagi|dibagikan|dipecah)\\s+(?:ke\\s+)?(?:dalam|menjadi|atas)\\s+${FIGURE}\\s+(?:tahap|fase|bagian|termin|sesi|segmen|ruas|paket)(?![\\p{L}])`, 'iu')
const MEASURE = /(?<![\p{L}\p{N}.,])(\d+(?:,\d+)?)\s+(hari|pekan|minggu|bulan|jam|menit|kilometer|km|meter|ton|hektare)(?![\p{L}])/gu

/**
 * A span split into announced stages (round 17): "Pekerjaan berlangsung 75 hari kalender. …
 * dibagi dalam tiga tahap: … selama 15 hari, … selama 40 hari, dan … selama 30 hari" → 85. As many
 * figures of the unit after the announcement as stages announced; the whole is the last figure of
 * the unit before the announcement, in its sentence or the one before.
 */
function stagedSpans(body: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const [index, sentence] of body.sentences.entries()) {
    const text = body.text.slice(sentence.start, sentence.end)
    const m = STAGES.exec(text)
    if (!m) continue
    const stages = valueOf(m[1].toLowerCase())
    const at = sentence.start + m.index
    const parts = [...body.text.slice(at, sentence.end).matchAll(MEASURE)]
    if (parts.length !== stages || new Set(parts.map((p) => p[2])).size !== 1) continue
    const unit = parts[0][2]
    const from = index > 0 ? body.sentences[index - 1].start : sentence.start
    const whole = [...body.text.slice(from, at).matchAll(MEASURE)].filter((w) => w[2] === unit).at(-1)
    if (!whole) continue
    const total = parseNumber(whole[1])
    const sum = parts.reduce((s, p) => s + parseNumber(p[1]), 0)
    if (!close(sum, total)) continue
    const start = from + whole.index
    findings.push(finding(body, { value: total, noun: unit, start, end: start + whole[0].length, excerpt: whole[0] }, parts.map((p) => p[0]), sum))
  }
  return findings
}

/** "masing-masing puskesmas menyiapkan dua dokter, tiga perawat, dan satu petugas": counts for each unit. */
const EACH = /(?<![\p{L}])(?:masing-masing|setiap|tiap)\s+(\p{Ll}+)\s+(?:me|ber|di)\p{Ll}+\s+([^.;]+)/giu
const LISTED = new RegExp(`(?<![\\p{L}\\p{N}])${FIGURE}\\s+\\p{Ll}+`, 'giu')

// One pattern per unit word, compiled once: FIGURE embeds the whole numeral-word grammar, and
// compiling it for every "masing-masing" of every article was a tenth of the rule's time.
const totalPatterns = new Map<string, RegExp>()
const totalPerUnit = (unit: string): RegExp => {
  let pattern = totalPatterns.get(unit)
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:total|seluruhnya|jumlah|keseluruhan)(?![\\p{L}])[^.]*?(?:di|untuk|pada|dari)\\s+${FIGURE}\\s+${unit}(?![\\p{L}])[^.]*?(?<![\\p{L}\\p{N}.,])(\\d+)\\s+(\\p{Ll}+)`, 'iu')
    if (totalPatterns.size < 500) totalPatterns.set(unit, pattern)
  }
  return pattern
}

/**
 * Counts for each unit times the number of units (round 17): "masing-masing puskesmas menyiapkan
 * dua dokter, tiga perawat, dan satu petugas farmasi. … total tenaga … di tiga puskesmas mencapai
 * 21 orang" → 3 × 6 = 18. The total, in the same or the next sentence, is framed as a total
 * ("total", "seluruhnya", "jumlah") and names the number of units.
 */
function perUnitTotals(body: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const m of body.text.matchAll(EACH)) {
    const unit = m[1].toLowerCase()
    const listText = m[2]
    const items = [...listText.matchAll(LISTED)].map((x) => valueOf(x[1].toLowerCase()))
    if (items.length < 2 || items.some((v) => Number.isNaN(v))) continue
    const index = sentenceIndexAt(body, m.index)
    const next = body.sentences[index + 1]
    const end = next ? next.end : body.sentences[index].end
    const after = body.text.slice(m.index + m[0].length, end)
    const total = totalPerUnit(unit).exec(after)
    if (!total) continue
    const units = valueOf(total[1].toLowerCase())
    const stated = Number(total[2])
    const sum = units * items.reduce((s, v) => s + v, 0)
    if (Number.isNaN(units) || !close(sum, stated)) continue
    const start = m.index + m[0].length + total.index + total[0].length - `${total[2]} ${total[3]}`.length
    findings.push(finding(body, { value: stated, noun: total[3], start, end: start + total[2].length + 1 + total[3].length, excerpt: `${total[2]} ${total[3]}` }, [`${units} × ${items.join(' + ')}`], sum))
  }
  return findings
}

/**
 * A total closing its sentence split in the next sentence into counts of the same noun, each with
 * the same verb after it (round 17): "sebanyak 96 pedagang dipindahkan. Sebanyak 38 pedagang
 * menempati … dan 48 pedagang menempati …" → 86. The repeated verb says the set is divided among
 * destinations; within 80–125 % of the total, not a list of some.
 */
function parallelSplits(body: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const [index, sentence] of body.sentences.entries()) {
    const next = body.sentences[index + 1]
    if (!next || body.tokenParagraph[next.firstToken] !== body.tokenParagraph[sentence.firstToken]) continue
    const whole = counts(body.text, sentence.start, sentence.end).at(-1)
    if (!whole) continue
    const nextText = body.text.slice(next.start, next.end)
    if (SOME.test(nextText)) continue
    const parts = counts(body.text, next.start, next.end)
    if (parts.length < 2 || parts.some((p) => p.noun !== whole.noun)) continue
    const verbs = parts.map((p) => /^\s+((?:me|ber|di|ter)\p{Ll}+)/u.exec(body.text.slice(p.end, p.end + 30))?.[1])
    if (verbs.some((v) => v === undefined || v !== verbs[0])) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (!close(sum, whole.value, 0.8, 1.25)) continue
    findings.push(finding(body, whole, parts.map((p) => p.excerpt), sum))
  }
  return findings
}

/** "14 kelompok lansia yang masing-masing menerima 50 paket", "12 kelompok tani, masing-masing 150 bibit": a counted group each given a count. */
const EACH_OF_GROUP = new RegExp(`(?<![\\p{L}\\p{N}.,])${FIGURE}\\s+\\p{Ll}+(?:\\s+\\p{Ll}+){0,2}?,?\\s+(?:yang\\s+)?masing-masing\\s+(?:(?:me|ber|di)\\p{Ll}+\\s+)?(?:sebanyak\\s+)?${FIGURE}\\s+(\\p{Ll}+)`, 'giu')
const TOTAL_WORD = /(?<![\p{L}])(?:total(?:nya)?|jumlah(?:nya)?|seluruhnya|keseluruhan)(?![\p{L}])/giu
const COMPARED = /(?<![\p{L}])(?:target|sasaran|kuota|melampaui|melebihi|dibanding(?:kan)?|daripada)(?![\p{L}])/iu

/**
 * Since round 23 a counted group each given a count, then a total of that count's noun in its sentence or the next
 * (round 17's counts per unit need a list and the units in the total): "14 kelompok lansia yang masing-masing menerima
 * 50 paket, sehingga total yang disalurkan mencapai 750 paket" → 700. Within 80–125 % of the product; not a list of
 * some or a rest (`termasuk`, `lainnya`), not a target.
 */
function eachOfGroupTotals(body: PreparedField): Finding[] {
  const findings: Finding[] = []
  for (const m of body.text.matchAll(EACH_OF_GROUP)) {
    const [units, each, noun] = [valueOf(m[1].toLowerCase()), valueOf(m[2].toLowerCase()), m[3].toLowerCase()]
    if (!(units >= 2) || !(each >= 1)) continue
    const index = sentenceIndexAt(body, m.index)
    const from = m.index + m[0].length
    const end = (body.sentences[index + 1] ?? body.sentences[index]).end
    const rest = body.text.slice(from, end)
    if (SOME.test(rest)) continue
    for (const t of rest.matchAll(TOTAL_WORD)) {
      const at = t.index + t[0].length
      const stated = new RegExp(`^([^\\d.]{0,50}?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s+${noun}(?![\\p{L}])`, 'iu').exec(rest.slice(at))
      if (!stated || COMPARED.test(stated[1])) continue
      const value = parseNumber(stated[2])
      if (close(units * each, value, 0.8, 1.25)) {
        const start = from + at + stated[1].length
        findings.push(finding(body, { value, noun, start, end: start + stated[0].length - stated[1].length, excerpt: stated[0].slice(stated[1].length) }, [`${units} × ${each}`], units * each))
      }
      break
    }
  }
  return findings
}

/** Closed partitions of a whole (round 17): a sex pair, announced stages, counts per unit times units, a parallel split. */
export function closedPartitions(fields: PreparedField[]): Finding[] {
  const body = fields.find((f) => f.field === 'body')
  if (!body) return []
  return [...genderPairs(body), ...stagedSpans(body), ...perUnitTotals(body), ...eachOfGroupTotals(body), ...parallelSplits(body)]
}
