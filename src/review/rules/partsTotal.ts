import { findMoneyMentions } from '../findMoneyMentions'
import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { measureBreakdowns } from './measureParts'
import { fromWholeSplits, subjectWhole } from './namedWholeParts'
import { amongBreakdowns, referencedBreakdowns } from './referencedParts'
import { remainderBreakdowns } from './remainderParts'
import { GROUP_NOUNS } from './generalisation'

interface Figure {
  value: number
  money: boolean
  /** The counted noun, lower case ("peserta"); empty for money. */
  noun: string
  start: number
  end: number
  excerpt: string
}

/** Words that introduce a complete breakdown of the figure before them. */
/**
 * Since round 10 also the verbs that hand a total out to its parts ("dialokasikan untuk", "digunakan untuk",
 * "dibagi menjadi", "bersumber dari") and a colon after the total ("… Rp4,5 miliar untuk tiga
 * kegiatan: …").
 */
export const BREAKDOWN =
  /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|dengan rincian|dialokasikan\s+(?:untuk|bagi|ke)|(?:digunakan|dipakai|dimanfaatkan|diperuntukkan)\s+(?:untuk|bagi)|dibagi\s+(?:menjadi|untuk|ke(?:\s+dalam)?|atas)|terbagi\s+(?:atas|dalam|menjadi|ke)|bersumber\s+dari|berasal\s+dari)(?![\p{L}])|(?<=\p{L}\s*):(?=\s)/giu
// A count: a figure followed by a word ("120 peserta"); not a time, date, year or percentage.
const COUNT = /(?<![\p{L}\p{N}.,/:])(?<num>\d{1,3}(?:\.\d{3})+|\d+)(?![.,:/]?\d)\s+(?<noun>\p{L}[\p{L}-]*)/gu
const NOT_COUNTED = new Set(['persen', 'tahun', 'bulan', 'hari', 'jam', 'menit', 'pekan', 'minggu', 'kilometer', 'km', 'meter', 'sentimeter', 'cm', 'kilogram', 'kg', 'gram', 'liter', 'ton', 'hektare', 'ha', 'wib', 'wita', 'wit', 'ribu', 'juta', 'miliar', 'triliun'])

const ORDINAL_BEFORE = /(?:(?<![\p{L}])ke-\s*|(?<![\p{L}])(?:hut|dirgahayu|ulang\s+tahun|peringatan|lustrum|dies\s+natalis|milad|jubileum)\s+(?:ke-?\s*)?)$/iu

/** A figure after a place or source preposition qualifies a part ("630 prajurit dari 14 kemantren"), it is not one. */
const QUALIFIER = /(?<![\p{L}])(?:dari|di|pada|asal|dalam)\s+$/iu
const qualifies = (field: PreparedField, f: Figure) => QUALIFIER.test(field.text.slice(Math.max(0, f.start - 8), f.start))

/** Counts written as words ("Sembilan titik", "tujuh titik"), read for totals stated after their parts (round 14). */
const WORD_COUNT = new RegExp(`(?<![\\p{L}])(${NUMBER_WORD})\\s+(\\p{Ll}[\\p{L}-]*)`, 'giu')

function figures(field: PreparedField, from: number, to: number, lexiconMonths: Map<string, number>, words = false): Figure[] {
  const text = field.text.slice(from, to)
  const found: Figure[] = []
  if (words) {
    for (const m of text.matchAll(WORD_COUNT)) {
      const value = parseNumberWords(m[1])
      const noun = m[2].toLowerCase()
      // "salah satu", "satu per satu": one is no count of a list.
      if (!(value >= 2) || NOT_COUNTED.has(noun) || lexiconMonths.has(noun) || /(?:salah|satu)\s+$/iu.test(text.slice(Math.max(0, m.index - 8), m.index))) continue
      found.push({ value, money: false, noun, start: from + m.index, end: from + m.index + m[0].length, excerpt: m[0] })
    }
  }
  const money = findMoneyMentions(text)
  for (const m of money) found.push({ value: m.value, money: true, noun: '', start: from + m.start, end: from + m.end, excerpt: m.excerpt })
  for (const m of text.matchAll(COUNT)) {
    const noun = m.groups?.noun.toLowerCase() ?? ''
    if (NOT_COUNTED.has(noun) || lexiconMonths.has(noun)) continue
    if (money.some((x) => m.index >= x.start && m.index < x.end)) continue
    const num = m.groups?.num ?? '0'
    // A plain four-digit figure from 1900 to 2099 is a year ("APBD 2026 melalui …"): counts of thousands have a point.
    if (/^(?:19|20)\d\d$/.test(num)) continue
    // An ordinal or an anniversary ("HUT ke-81 Kemerdekaan", "Dirgahayu 81 Kemerdekaan", "Lustrum
    // 12 Universitas") and a Title Case word after the figure in running text name an occasion,
    // they count nothing (round 11).
    if (ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue
    if (field.field !== 'title' && /^\p{Lu}\p{Ll}/u.test(m.groups?.noun ?? '')) continue
    const end = m.index + m[0].length
    found.push({ value: parseNumber(num), money: false, noun, start: from + m.index, end: from + end, excerpt: m[0] })
  }
  return found.sort((a, b) => a.start - b.start)
}

const format = (f: Figure) => (f.money ? `Rp${f.value.toLocaleString('id-ID')}` : f.value.toLocaleString('id-ID'))

function finding(field: PreparedField, total: Figure, parts: Figure[], sum: number): Finding {
  return {
    rule: 'parts-total',
    category: 'accuracy',
    severity: 'warning',
    message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${format(total)}), tetapi rinciannya (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${format({ ...total, value: sum })}. Periksa kembali angkanya.`,
    field: field.field,
    start: total.start,
    end: total.end,
    excerpt: total.excerpt,
  }
}

/**
 * Counters that count people whatever the lead called them ("640 warga" … "268 orang"); since round 14
 * also "peserta" for the people an event is for ("180 pencari kerja" … "kelas las 50 peserta").
 */
const PERSON_COUNTERS = new Set(['orang', 'jiwa', 'peserta'])
const GROUPS = new Set<string>(GROUP_NOUNS)
/** A noun of people: a group noun, or an agent noun in pe(N)- ("pencari", "pelamar", "pendaftar"; not "-an" nouns). */
const isPerson = (noun: string) => GROUPS.has(noun) || (/^pe(?:n|m|ng|ny|r|l)?\p{L}{3,}$/u.test(noun) && !/an$/u.test(noun))
/** A sentence opening with the rest of a list: "Sisanya 20 ekor kera", "Selebihnya 12 orang dari luar kota". */
const REMAINDER_OPENING = /^(?:sisanya|selebihnya|(?:sedangkan|adapun|dan)\s+sisanya)(?![\p{L}])/iu
function remainderAfter(body: PreparedField, next: PreparedField['sentences'][number] | undefined, months: PreparedArticle['lexicon']['months']): Figure | undefined {
  if (!next || !REMAINDER_OPENING.test(body.text.slice(next.start, next.end))) return undefined
  const counts = figures(body, next.start, next.end, months).filter((f) => !f.money)
  return counts.length === 1 ? counts[0] : undefined
}
/** A list that gives only some parts, or the largest ones. */
const PARTIAL = /(?<![\p{L}])(?:antara\s+lain|di\s+antaranya|termasuk|sebagian|terbanyak|terbesar|paling\s+banyak|lainnya|selebihnya|sisanya|tambahan|lagi)(?![\p{L}])/iu
const APPROXIMATE = /(?:sekitar|kurang\s+lebih|lebih\s+dari|kurang\s+dari|hampir|sedikitnya|setidaknya|minimal|maksimal|di\s+atas|hingga|sampai|mencapai)\s+$/iu
/** Counts one after another in a list: a comma or "dan"/"serta" between them, no figure or sentence end. */
const LIST_GAP = /^[^\d.!?;]{0,60}$/u
const LIST_JOIN = /,|(?<![\p{L}])(?:dan|serta)(?![\p{L}])/iu

/** A number in a name ("SMP 2", "Pos 3", "RW 05") between two counts of a list. */
const NAME_NUMBER = /(?<![\p{L}])\p{Lu}[\p{L}]*\s+\d+(?![\d.,])/gu

/** Runs of two or more counts of one noun in a list, in one sentence; numbers in names are skipped. */
function lists(field: PreparedField, counts: Figure[]): Figure[][] {
  const runs: Figure[][] = []
  let run: Figure[] = []
  for (const f of counts) {
    const prev = run.at(-1)
    if (prev && prev.noun !== f.noun && /\p{Lu}[\p{L}]*\s+$/u.test(field.text.slice(Math.max(0, f.start - 12), f.start))) continue
    const between = prev ? field.text.slice(prev.end, f.start).replace(NAME_NUMBER, ' ') : ''
    if (prev && prev.noun === f.noun && LIST_GAP.test(between) && LIST_JOIN.test(between)) run.push(f)
    else {
      if (run.length >= 2) runs.push(run)
      run = [f]
    }
  }
  if (run.length >= 2) runs.push(run)
  return runs
}

/**
 * A total in the lead broken down later, place by place or kind by kind, in a list of counts of
 * one noun ("640 warga lanjut usia di Kelurahan A, B, dan C" … "di Kelurahan A sebanyak 268 orang,
 * Kelurahan B 142 orang, dan Kelurahan C 214 orang"). The list counts the lead's noun, a person
 * counter ("orang") for a group of people, or names the lead's noun in its sentence ("paket
 * tersebut dibagikan kepada 420 keluarga …"). A list of three or more, or two after a breakdown
 * word, whose sum is near the total (between two thirds and one and a half times) but not equal
 * is a slip; a list of some parts ("antara lain", "terbanyak", "sisanya") is not a breakdown.
 */
function distributedBreakdowns(article: PreparedArticle, months: PreparedArticle['lexicon']['months']): Finding[] {
  const findings: Finding[] = []
  const lead = article.fields.find((f) => f.field === 'lead' && f.text.trim())
  const body = article.fields.find((f) => f.field === 'body')
  if (!body) return findings
  const leadField = lead ?? body
  const leadEnd = lead ? lead.text.length : (body.paragraphs[0]?.end ?? 0)
  const totals = figures(leadField, 0, leadEnd, months).filter((f) => !f.money && !APPROXIMATE.test(leadField.text.slice(Math.max(0, f.start - 20), f.start)))
  if (!totals.length) return findings
  const from = lead ? 0 : leadEnd
  for (const [index, sentence] of body.sentences.entries()) {
    if (sentence.start < from) continue
    const text = body.text.slice(sentence.start, sentence.end)
    if (PARTIAL.test(text)) continue
    const counts = figures(body, sentence.start, sentence.end, months).filter((f) => !f.money && !qualifies(body, f))
    const rest = remainderAfter(body, body.sentences[index + 1], months)
    for (const found of lists(body, counts)) {
      // Since round 14 the rest of the list may close it in the next sentence ("… 230 ekor anjing dan 150 ekor kucing. Sisanya 20 ekor kera.").
      const closed = rest !== undefined && rest.noun === found[0].noun && found.at(-1) === counts.at(-1)
      const list = closed ? [...found, rest] : found
      if (list.length < 3 && !BREAKDOWN_IN.test(text)) continue
      const noun = list[0].noun
      const sum = list.reduce((s, p) => s + p.value, 0)
      const names = (t: Figure) => new RegExp(`(?<![\\p{L}])${t.noun}(?![\\p{L}])`, 'iu').test(text)
      const total = totals.find(
        (t) => (t.noun === noun || (PERSON_COUNTERS.has(noun) && isPerson(t.noun)) || names(t)) && list.every((p) => p.value < t.value),
      )
      if (!total || sum === total.value || sum < (total.value * 2) / 3 || sum > total.value * 1.5) continue
      if (!findings.some((f) => f.start === total.start)) findings.push(finding(leadField, total, list, sum))
    }
  }
  return findings
}
const BREAKDOWN_IN = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|dengan\s+rincian|tersebar|merinci|dirinci)(?![\p{L}])/iu

/** A total stated after its parts: "Total anggaran …", "sehingga jumlahnya …", "secara keseluruhan …". */
const TOTAL_AFTER = /(?<![\p{L}])(?:total(?:nya)?|jumlah(?:nya)?|keseluruhan(?:nya)?|seluruhnya)(?![\p{L}])/giu
/** Amounts for each unit, not parts of a whole: "masing-masing Rp5 juta", "Rp500 ribu per orang". */
const UNIT = /(?<![\p{L}])(?:masing-masing|per|setiap|tiap)(?![\p{L}])/iu

/**
 * A total given after its parts (round 10): a list of two or more amounts, or counts of one noun,
 * earlier in the sentence or in the sentence before, then a total word and the first figure of
 * the same kind within the next six words ("Rp2 miliar untuk jalan, Rp1,5 miliar untuk drainase,
 * dan Rp750 juta untuk taman. Total anggaran mencapai Rp4,5 miliar."). Lists of unit amounts
 * ("masing-masing", "per") and of some parts are not breakdowns.
 */
function totalsAfterParts(field: PreparedField, months: PreparedArticle['lexicon']['months']): Finding[] {
  const findings: Finding[] = []
  for (const m of field.text.matchAll(TOTAL_AFTER)) {
    const token = field.tokens.findIndex((t) => t.start >= m.index)
    if (token < 0) continue
    const index = field.tokenSentence[token]
    const sentence = field.sentences[index]
    const next = figures(field, m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 60), months)[0]
    if (!next || /\d/.test(field.text.slice(m.index, next.start).replace(/Rp/giu, ''))) continue
    const previous = field.sentences[index - 1]
    const from = previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1 ? previous.start : sentence.start
    const text = field.text.slice(from, m.index)
    if (UNIT.test(text) || PARTIAL.test(text)) continue
    const before = figures(field, from, m.index, months, true).filter((f) => f.money === next.money && !qualifies(field, f) && (f.money || f.noun === next.noun || PERSON_COUNTERS.has(f.noun)))
    const list = lists(field, before).pop()
    if (!list || list.at(-1) !== before.at(-1)) continue
    const sum = list.reduce((total, p) => total + p.value, 0)
    if (Math.abs(sum - next.value) < 1e-6 * Math.max(1, next.value) || sum > next.value * 3 || sum < next.value / 3) continue
    if (list.some((p) => p.value >= next.value)) continue
    findings.push(finding(field, next, list, sum))
  }
  return findings
}

/**
 * A total whose stated parts do not add up ("150 peserta terdiri atas 70 pelajar SMP, 50 pelajar
 * SMA dan 20 guru"). The total is the last figure before the breakdown word in the sentence (or,
 * when the sentence starts with it, in the sentence before); the parts are the figures of the
 * same kind (money or count) after it in the sentence.
 */
export const partsTotal: Rule = {
  id: 'parts-total',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    const months = article.lexicon.months
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const m of field.text.matchAll(BREAKDOWN)) {
        const token = field.tokens.findIndex((t) => t.start >= m.index)
        if (token < 0) continue
        const sentence = field.sentences[field.tokenSentence[token]]
        const after = figures(field, m.index + m[0].length, sentence.end + 1, months)
        if (after.length < 2) continue
        let before = figures(field, sentence.start, m.index, months)
        const previous = field.sentences[field.tokenSentence[token] - 1]
        if (before.length === 0 && previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1) {
          before = figures(field, previous.start, previous.end, months)
        }
        const kind = after[0].money
        // "berasal dari"/"bersumber dari" hand out funds; after a count they name an origin ("12 peserta berasal dari
        // madrasah A, 11 peserta dari …", round 11).
        if (!kind && /^(?:berasal|bersumber)/iu.test(m[0])) continue
        // Parts that all count one noun are broken out of the last figure of that noun ("1.200 bibit … kepada 24 kelompok.
        // Bibit terdiri atas 500 bibit …"), not of a figure of another noun between (round 13).
        const nouns = new Set(after.filter((f) => !f.money).map((f) => f.noun))
        const sameNoun = !kind && nouns.size === 1 ? before.filter((f) => !f.money && nouns.has(f.noun)).pop() : undefined
        // Since round 14, with no figure in the sentence or the one before: the whole its subject names earlier.
        const named = !kind && before.length === 0 ? subjectWhole(field, m.index) : undefined
        const total = sameNoun ?? before.filter((f) => f.money === kind).pop() ?? (named ? { ...named, money: false, noun: '' } : undefined)
        // A colon closes the total's own clause ("Rp4,5 miliar untuk tiga kegiatan:"), after a common noun (not "SMPN 5 Yogyakarta:").
        if (m[0] === ':' && (!total || /\d/.test(field.text.slice(total.end, m.index)) || field.text.slice(total.end, m.index).split(/\s+/).length > 6 || /^\p{Lu}/u.test(total.noun ? total.excerpt.replace(/^\S+\s+/, '') : 'x'))) continue
        const parts = after.filter((f) => f.money === kind && !qualifies(field, f))
        if (!total || parts.length < 2) continue
        const sum = parts.reduce((s, p) => s + p.value, 0)
        if (Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value)) continue
        // A whole named far back is compared only when the parts come close to it.
        if (named && total.start === named.start && (sum < total.value * 0.8 || sum > total.value * 1.25)) continue
        // "masing-masing Rp5 juta" gives a unit amount, not parts: only a sum below or above the total by a small factor is a slip.
        if (sum > total.value * 3 || sum < total.value / 3) continue
        if (!findings.some((f) => f.field === field.field && f.start === total.start)) findings.push(finding(field, total, parts, sum))
      }
    }
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const f of totalsAfterParts(field, months)) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    }
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const f of [...measureBreakdowns(field, BREAKDOWN), ...remainderBreakdowns(field)]) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    }
    for (const f of distributedBreakdowns(article, months)) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const { whole, parts, sum } of fromWholeSplits(field)) {
        if (findings.some((g) => g.field === field.field && g.start === whole.start)) continue
        findings.push(finding(field, { ...whole, money: false, noun: '' }, parts.map((p) => ({ ...p, money: false, noun: '' })), sum))
      }
    }
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const b of [...referencedBreakdowns(field), ...amongBreakdowns(field)]) {
        if (findings.some((g) => g.field === field.field && g.start === b.start)) continue
        const total: Figure = { value: b.total, money: false, noun: '', start: b.start, end: b.end, excerpt: b.excerpt }
        const parts = b.parts.map((excerpt) => ({ ...total, excerpt }))
        findings.push(finding(field, total, parts, b.sum))
      }
    }
    return findings
  },
}
