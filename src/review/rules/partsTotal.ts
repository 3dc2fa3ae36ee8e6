import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { bareListsAfterTotal } from './bareParts'
import { closedPartitions } from './closedPartitions'
import { complete, registerBreakdown } from './completeBreakdowns'
import { measureBreakdowns, measureTotalsAfter } from './measureParts'
import { fromWholeSplits, subjectWhole } from './namedWholeParts'
import { amongBreakdowns, referencedBreakdowns } from './referencedParts'
import { remainderBreakdowns, restOpeningBreakdowns } from './remainderParts'
import { GROUP_NOUNS } from './generalisation'
import { continuesList, countsAcrossSentences, lastCountOf, moneyListsAfterTotal, perUnitCount } from './listedParts'
import { type Figure, figures, lists, PARTIAL, qualifies } from './partFigures'
import { peopleWhole } from './peopleWholes'
import { withBareCounts } from './ellipticalItems'
import { anchorAtSlippedPart } from './slipAnchors'
import { titleWholes } from './titleWholes'
import { countedEach } from './countedEach'
import { rankedExcess } from './rankedExcess'
import { factBreakdowns } from '../facts/factBreakdowns'

/** Words that introduce a complete breakdown of the figure before them. */
/**
 * Since round 10 also the verbs that hand a total out to its parts ("dialokasikan untuk", "digunakan untuk",
 * "dibagi menjadi", "bersumber dari") and a colon after the total ("… Rp4,5 miliar untuk tiga
 * kegiatan: …").
 */
export const BREAKDOWN =
  /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|dengan rincian|dialokasikan\s+(?:untuk|bagi|ke)|(?:digunakan|dipakai|dimanfaatkan|diperuntukkan)\s+(?:untuk|bagi)|dibagi\s+(?:menjadi|untuk|ke(?:\s+dalam)?|atas)|terbagi\s+(?:atas|dalam|menjadi|ke)|bersumber\s+dari|berasal\s+dari)(?![\p{L}])|(?<=\p{L}\s*):(?=\s)/giu
const format = (f: Figure) => (f.money ? `Rp${f.value.toLocaleString('id-ID')}` : f.value.toLocaleString('id-ID'))

function finding(field: PreparedField, total: Figure, parts: Figure[], sum: number): Finding {
  const made: Finding = {
    rule: 'parts-total',
    category: 'accuracy',
    severity: 'warning',
    message: `Rincian tidak sesuai jumlahnya: total "${total.excerpt}" (${format(total)}), tetapi rinciannya (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) berjumlah ${format({ ...total, value: sum })}. Periksa kembali angkanya.`,
    field: field.field,
    start: total.start,
    end: total.end,
    excerpt: total.excerpt,
  }
  registerBreakdown(made, total, parts)
  return made
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
/** Since round 19 the rest may be a count marked as such opening the sentence: "Sebanyak 4.350 keluarga lainnya tersebar …". */
const REST_COUNT_OPENING = /^(?:[Ss]ebanyak\s+)?\d[\d.]*\s+\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:lainnya|sisanya|selebihnya)(?![\p{L}])/u
/** The last count of `noun` in the sentence before is the missing first part of a list. */
function openedBefore(body: PreparedField, previous: PreparedField['sentences'][number], noun: string, missing: number, months: PreparedArticle['lexicon']['months']): boolean {
  const last = figures(body, previous.start, previous.end, months).filter((f) => !f.money && f.noun === noun).pop()
  return last !== undefined && Math.abs(last.value - missing) < 1e-6 * Math.max(1, missing)
}
function remainderAfter(body: PreparedField, next: PreparedField['sentences'][number] | undefined, months: PreparedArticle['lexicon']['months']): Figure | undefined {
  const text = next ? body.text.slice(next.start, next.end) : ''
  if (!next) return undefined
  const counts = figures(body, next.start, next.end, months).filter((f) => !f.money)
  if (REST_COUNT_OPENING.test(text)) return counts[0]
  if (!REMAINDER_OPENING.test(text)) return undefined
  return counts.length === 1 ? counts[0] : undefined
}
const APPROXIMATE = /(?:sekitar|kurang\s+lebih|lebih\s+dari|kurang\s+dari|hampir|sedikitnya|setidaknya|minimal|maksimal|di\s+atas|hingga|sampai|mencapai)\s+$/iu
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
  for (const [index, sentence] of body.sentences.entries()) {
    // Since round 15 also a list later in the opening paragraph, after its total's sentence.
    const earlier = lead ? totals : totals.filter((t) => t.end <= sentence.start)
    if (earlier.length === 0) continue
    const text = body.text.slice(sentence.start, sentence.end)
    const rest = remainderAfter(body, body.sentences[index + 1], months)
    // Round 16: a ranked list closed by the rest ("paling banyak … 20 sumur, … serta sisanya 19 sumur") is complete;
    // since round 19 also when the rest opens the next sentence ("… 960 keluarga. Sebanyak 4.350 keluarga lainnya …").
    // Since round 19 a ranked list a detailing verb announces ("merinci penyaluran terbanyak dilakukan ke …") is the
    // breakdown in order, when it covers nearly all of the total (checked below).
    const detailed = !closedRanking(text) && rest === undefined && DETAILING.test(text) && !PARTIAL.test(text.replace(RANKING, ' '))
    if (!detailed && PARTIAL.test(closedRanking(text) || rest !== undefined ? text.replace(RANKING_AND_REST, ' ') : text)) continue
    // Since round 15 a count per unit ("masing-masing 16 kamar per lantai") is no part.
    const counts = figures(body, sentence.start, sentence.end, months).filter((f) => !f.money && !qualifies(body, f) && !perUnitCount(body.text, f))
    for (const found of lists(body, counts)) {
      // Since round 15 a run of one noun inside a longer list of other nouns ("20 kelompok tani, 15 kelompok ternak, 10 koperasi …") is only part of it.
      if (continuesList(body.text, counts, found)) continue
      // Since round 14 the rest of the list may close it in the next sentence ("… 230 ekor anjing dan 150 ekor kucing. Sisanya 20 ekor kera.").
      const closed = rest !== undefined && rest.noun === found[0].noun && found.at(-1) === counts.at(-1)
      // Since round 21 a ranked list whose rest counts something else ("… ketapang 2.204 pohon. Sisanya terdiri atas 40 jenis lain") stays a list of some.
      if (rest !== undefined && !closed && !detailed && PARTIAL.test(text)) continue
      const list = closed ? [...found, rest] : found
      if (list.length < 3 && !BREAKDOWN_IN.test(text)) continue
      const noun = list[0].noun
      const sum = list.reduce((s, p) => s + p.value, 0)
      const names = (t: Figure) => new RegExp(`(?<![\\p{L}])${t.noun}(?![\\p{L}])`, 'iu').test(text)
      const total = earlier.find(
        (t) => (t.noun === noun || (PERSON_COUNTERS.has(noun) && isPerson(t.noun)) || names(t)) && list.every((p) => p.value < t.value),
      )
      if (!total || sum === total.value || sum < (total.value * 2) / 3 || sum > total.value * 1.5) continue
      if (detailed && (sum > total.value || sum < total.value * 0.85)) continue
      // A list closed by the rest may open in the sentence before ("terbanyak … 812 aduan. Berikutnya … 690 aduan, …").
      if (closed && index > 0 && openedBefore(body, body.sentences[index - 1], noun, total.value - sum, months)) continue
      if (!findings.some((f) => f.start === total.start)) findings.push(finding(leadField, total, list, sum))
    }
  }
  // Since round 15 a list spread over consecutive sentences of one paragraph.
  for (const b of countsAcrossSentences(body, totals, months)) if (!findings.some((f) => f.start === b.total.start)) findings.push(finding(leadField, b.total, b.parts, b.sum))
  return findings
}
const BREAKDOWN_IN = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|dengan\s+rincian|tersebar|merinci|dirinci)(?![\p{L}])/iu

/** Ranking words and the rest closing a list: a ranked list closed by the rest names every part. */
const RANKING = /(?<![\p{L}])(?:terbanyak|terbesar|paling\s+banyak)(?![\p{L}])/giu
const DETAILING = /(?<![\p{L}])(?:merinci|dirinci|rinciannya|dengan\s+rincian)(?![\p{L}])/iu
const RANKING_AND_REST = /(?<![\p{L}])(?:terbanyak|terbesar|paling\s+banyak|disusul|lainnya|sisanya|selebihnya)(?![\p{L}])/giu
const closedRanking = (text: string) => /(?<![\p{L}])(?:terbanyak|terbesar|paling\s+banyak)(?![\p{L}])/iu.test(text) && /(?:dan|serta)\s+(?:\p{Ll}+\s+)?(?:lainnya|sisanya|selebihnya)\s+(?:sebanyak\s+|ada\s+)?\d[\d.]*\s+\p{Ll}+[.\s]*$/iu.test(text)
/** The last amount before `start` right after the word opening the sentence at `start` (its subject), or none. */
function amountOfSubject(field: PreparedField, start: number, months: PreparedArticle['lexicon']['months']): Figure | undefined {
  const subject = /^\s*(\p{L}{4,})/u.exec(field.text.slice(start))?.[1].toLowerCase()
  if (!subject) return undefined
  return figures(field, 0, start, months)
    .filter((f) => f.money && new RegExp(`(?<![\\p{L}])${subject}(?:\\s+\\p{Ll}+)?\\s+(?:sebesar\\s+|senilai\\s+)?$`, 'iu').test(field.text.slice(Math.max(0, f.start - 40), f.start)))
    .pop()
}

/** A total stated after its parts: "Total anggaran …", "sehingga jumlahnya …", "secara keseluruhan …". */
const TOTAL_AFTER = /(?<![\p{L}])(?:total(?:nya)?|jumlah(?:nya)?|keseluruhan(?:nya)?|seluruhnya)(?![\p{L}])/giu
/** A target or comparison between a total word and its figure ("Totalnya melebihi sasaran …"). */
const COMPARED = /(?<![\p{L}])(?:target|melampaui|melebihi|dibandingkan|dibanding|daripada|sasaran|kuota)(?![\p{L}])/iu
/** Amounts for each unit, not parts of a whole: "masing-masing Rp5 juta", "Rp500 ribu per orang"; since round 22 rates ("Besarannya Rp5 juta untuk emas, …"). */
const UNIT = /(?<![\p{L}])(?:masing-masing|per|setiap|tiap|besaran(?:nya)?)(?![\p{L}])/iu

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
    // Round 16: "Totalnya melebihi sasaran 450 ekor": the figure after is another one, a target or a comparison.
    if (COMPARED.test(field.text.slice(m.index, next.start))) continue
    const previous = field.sentences[index - 1]
    const listFrom = (from: number) => {
      const text = field.text.slice(from, m.index)
      if (UNIT.test(text) || PARTIAL.test(text)) return undefined
      const before = figures(field, from, m.index, months, true).filter((f) => f.money === next.money && !qualifies(field, f) && (f.money || f.noun === next.noun || PERSON_COUNTERS.has(f.noun)))
      const list = lists(field, before).pop()
      return list && list.at(-1) === before.at(-1) ? { list, from } : undefined
    }
    // Since round 22 a list in the total's own sentence is read there first: a unit word in the sentence before ("Setiap hewan
    // akan mendapat kartu …") says nothing of it.
    const found = listFrom(sentence.start) ?? (previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1 ? listFrom(previous.start) : undefined)
    if (!found) continue
    const { list, from } = found
    const sum = list.reduce((total, p) => total + p.value, 0)
    if (Math.abs(sum - next.value) < 1e-6 * Math.max(1, next.value) || sum > next.value * 3 || sum < next.value / 3) continue
    if (list.some((p) => p.value >= next.value)) continue
    // The parts add up to a figure given before them ("Dari 940 ternak, 610 ekor …"): their whole is that one.
    if (figures(field, from, list[0].start, months).some((f) => f.money === next.money && Math.abs(f.value - sum) < 1e-6 * Math.max(1, sum))) continue
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
        const after = withBareCounts(field, figures(field, m.index + m[0].length, sentence.end + 1, months), sentence.end)
        if (after.length < 2) continue
        // Since round 15 a figure after a place or source preposition ("… dari 14 kelurahan") qualifies the whole, it is none.
        let before = figures(field, sentence.start, m.index, months).filter((f) => !qualifies(field, f))
        const previous = field.sentences[field.tokenSentence[token] - 1]
        // Round 16: "Dua pemenang berikutnya masing-masing mendapat …" hands amounts to its own subjects, not a whole before.
        if (before.length === 0 && /^masing-masing$/iu.test(m[0])) continue
        if (before.length === 0 && previous && field.tokenParagraph[previous.firstToken] >= field.tokenParagraph[token] - 1) {
          before = figures(field, previous.start, previous.end, months).filter((f) => !qualifies(field, f))
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
        // Since round 15 also when the sentences before give no figure of the parts' kind (only an amount).
        const named = !kind && before.every((f) => f.money) ? subjectWhole(field, m.index) ?? lastCountOf(field, nouns, m.index, months) ?? peopleWhole(field, after, m.index, months) : undefined
        // Round 16: amounts handed out with no amount before them in the sentence: the whole is the last amount of the
        // sentence's subject given earlier ("… mengumpulkan sumbangan Rp120 juta …" / "Sumbangan dihimpun lewat tiga posko,
        // meliputi Rp50 juta …"), compared only when the parts come close to it.
        const subjectAmount = kind && !before.some((f) => f.money) ? amountOfSubject(field, sentence.start, months) : undefined
        const total = sameNoun ?? before.filter((f) => f.money === kind).pop() ?? subjectAmount ?? (named ? { ...named, money: false, noun: '' } : undefined)
        // A colon closes the total's own clause ("Rp4,5 miliar untuk tiga kegiatan:"), after a common noun (not "SMPN 5 Yogyakarta:").
        // Since round 22 also a colon closing a sentence that announces the breakdown of the total before it ("Rincian hadiah
        // yang benar adalah sebagai berikut: …" after "… yang benar Rp35 juta").
        const announced = m[0] === ':' && total !== undefined && total.end <= sentence.start && /(?<![\p{L}])(?:rincian|berikut)(?![\p{L}])/iu.test(field.text.slice(sentence.start, m.index))
        if (m[0] === ':' && !announced && (!total || /\d/.test(field.text.slice(total.end, m.index)) || field.text.slice(total.end, m.index).split(/\s+/).length > 6 || /^\p{Lu}/u.test(total.noun ? total.excerpt.replace(/^\S+\s+/, '') : 'x'))) continue
        // Since round 22 an amount for each of a counted group counts that many times (`countedEach.ts`).
        const parts = countedEach(field, after.filter((f) => f.money === kind && !qualifies(field, f)))
        if (!total || parts.length < 2) continue
        const sum = parts.reduce((s, p) => s + p.value, 0)
        if (Math.abs(sum - total.value) < 1e-6 * Math.max(1, total.value)) continue
        // A whole named far back, or counting another noun than all its parts ("60 keluarga" over sacks of rice
        // and boxes of noodles, round 15), is compared only when the parts come close to it.
        const otherNoun = !kind && total.noun !== '' && !nouns.has(total.noun)
        if (((named && total.start === named.start) || otherNoun || total === subjectAmount) && (sum < total.value * 0.8 || sum > total.value * 1.25)) continue
        // "masing-masing Rp5 juta" gives a unit amount, not parts: only a sum below or above the total by a small factor is a slip.
        if (sum > total.value * 3 || sum < total.value / 3) continue
        if (!findings.some((f) => f.field === field.field && f.start === total.start)) findings.push(finding(field, total, parts, sum))
      }
    }
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const b of [...moneyListsAfterTotal(field, months), ...bareListsAfterTotal(field, TOTAL_AFTER, COMPARED, months)]) if (!findings.some((g) => g.field === field.field && g.start === b.total.start)) findings.push(finding(field, b.total, b.parts, b.sum))
      for (const f of totalsAfterParts(field, months)) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    }
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const f of [...measureBreakdowns(field, BREAKDOWN), ...measureTotalsAfter(field, TOTAL_AFTER, COMPARED), ...remainderBreakdowns(field), ...restOpeningBreakdowns(field)]) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    }
    for (const f of distributedBreakdowns(article, months)) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    // Round 22: a ranked or partial list adding up to more than its whole (`rankedExcess.ts`); round 24: breakdowns over the facts.
    for (const f of [...rankedExcess(article), ...factBreakdowns(article).map((b) => finding(b.field, b.total, b.parts, b.sum))]) if (!findings.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)) findings.push(f)
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const { whole, parts, sum } of fromWholeSplits(field)) {
        // The same whole and parts found from the lead already (round 15): one finding.
        if (findings.some((g) => g.field === field.field && (g.start === whole.start || (g.excerpt === whole.excerpt && g.message.includes(`berjumlah ${sum.toLocaleString('id-ID')}`))))) continue
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
    const kept = findings.filter((f) => {
      const field = article.fields.find((x) => x.field === f.field)
      return !field || !complete(field, f, months)
    })
    findings.length = 0
    findings.push(...kept)
    // Round 17: closed partitions (a sex pair, announced stages, counts per unit times units, a parallel split).
    for (const f of closedPartitions(article.fields)) if (!findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    // Round 22: a headline count broken down in the body only (`titleWholes.ts`).
    for (const { finding: f } of titleWholes(article)) if (f && !findings.some((g) => g.field === f.field && g.start === f.start)) findings.push(f)
    return findings.map((f) => anchorAtSlippedPart(article.fields.find((x) => x.field === f.field), f))
  },
}
