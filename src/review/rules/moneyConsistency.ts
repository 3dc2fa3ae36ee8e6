import { findMoneyMentions, type MoneyMention } from '../findMoneyMentions'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'
import { changeRestatements } from './changeRestatements'
import { costKinds } from './costKinds'
import { distributiveAmounts } from './distributiveAmounts'
import { CAPTION } from './countMentions'
import { headlineTotals } from './headlineTotals'
import { headWords, namesSame, sameUnit, thingAfter, unitOf } from './moneyHeads'
import { isPowerOfTen, oneDigitOff, reorderedDigits, sameDigits, significant, transposed } from './moneyDigits'
import { scaleSlips, swappedUnitAmounts } from './moneySlips'
import { paymentRestatements } from './paymentRestatements'
import { presentValueSlips } from './presentValueSlips'
import { shareFindings } from './shareOfBase'
import { transposedProducts } from './transposedProducts'
import { unitProducts } from './unitProducts'
import { unitReferences } from './unitReferences'
import { wholeReferences } from './wholeReferences'

interface Amount extends MoneyMention {
  field: ArticleField
  /** What the amount is for ("anggaran", "bantuan"), from the words before it; null if unknown. */
  thing: string | null
  order: number
  /** Followed by a demonstrative ("Rp740 juta itu", "Rp64 miliar tersebut"): a reference to an amount given before. */
  anaphoric: boolean
}
/** Since round 14 also after the unit of a unit amount ("Rp600.000 per semester itu"). */
const DEMONSTRATIVE = /^\s+(?:per\s+\p{L}+\s+)?(?:itu|tersebut|ini)(?![\p{L}])/iu

const THINGS = new Set([
  'anggaran', 'dana', 'biaya', 'nilai', 'senilai', 'bantuan', 'hibah', 'pagu', 'modal', 'investasi', 'pendapatan',
  'pad', 'kontrak', 'tunggakan', 'utang', 'pinjaman', 'insentif', 'honor', 'gaji', 'subsidi', 'belanja', 'apbd',
  'kerugian', 'denda', 'retribusi', 'pajak', 'santunan', 'zakat', 'donasi', 'sumbangan', 'tarif', 'harga',
  // Round 14: sums paid to people ("beasiswa Rp1,8 miliar" … "beasiswa Rp1,6 miliar itu").
  'beasiswa', 'tunjangan', 'kompensasi', 'stimulan', 'honorarium',
  // Round 20: the state budget beside the city's ("dibiayai APBN sebesar …").
  'apbn',
])
/** Words for what a project or programme costs: one thing under several names. */
// Since round 20 a project's funding from the state budgets ("dibiayai APBD sebesar Rp860 juta") is its cost too.
const COST = new Set(['anggaran', 'biaya', 'dana', 'pagu', 'nilai', 'belanja', 'apbd', 'apbn'])
/** "senilai" and "sebesar" say nothing of the thing; look further back. */
const NEUTRAL = new Set(['senilai', 'sebesar', 'mencapai', 'sejumlah', 'total', 'sekitar', 'itu', 'yang', 'dengan', 'berupa'])
const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }

/** The sentence around an offset. */
const sentenceText = (field: PreparedField, offset: number): string => {
  const sentence = field.sentences.find((s) => s.start <= offset && offset < s.end)
  return sentence ? field.text.slice(sentence.start, sentence.end) : ''
}

function thingBefore(field: PreparedField, start: number): string | null {
  const text = field.text.slice(Math.max(0, start - 80), start)
  const sentenceStart = Math.max(text.lastIndexOf('. '), text.lastIndexOf('\n'))
  const words = text
    .slice(sentenceStart + 1)
    .toLowerCase()
    .match(/\p{L}+/gu)
  if (!words) return null
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 6; i--, seen++) {
    if (THINGS.has(words[i]) && !NEUTRAL.has(words[i])) return words[i]
  }
  return null
}

const QUALIFIER_STOPWORDS = new Set(['rp', 'hingga', 'sampai', 'menelan', 'sebanyak', 'kurang', 'lebih'])
/** The words between the thing and its amount that say which one it is ("dana pemeliharaan tahunan Rp245 juta" → "pemeliharaan tahunan"). */
function qualifierOf(field: PreparedField, start: number, thing: string | null): string {
  if (!thing) return ''
  const words = field.text.slice(Math.max(0, start - 80), start).toLowerCase().match(/\p{L}+/gu) ?? ([] as string[])
  const at = words.lastIndexOf(thing)
  return at < 0 ? '' : words.slice(at + 1).filter((w) => !NEUTRAL.has(w) && !QUALIFIER_STOPWORDS.has(w)).join(' ')
}

/** The whole restated: "total anggaran", "seluruh dana", "keseluruhan biaya". */
const WHOLE_BEFORE = /(?<![\p{L}])(?:total|seluruh|keseluruhan|secara\s+keseluruhan)(?:\s+[\p{L}-]+){0,3}\s+$/iu
/** An amount per person or per item ("Rp2,85 juta per peserta", "Setiap peserta menerima Rp2,85 juta"), or a share ("10 persen"). */
const PER_UNIT_BEFORE = /(?<![\p{L}])(?:per|setiap|tiap|masing-masing|sekali)(?:\s+[\p{L}-]+){0,3}\s+$/iu
const PER_UNIT_AFTER = /^\s+(?:per|setiap|tiap|untuk\s+(?:setiap|tiap|masing-masing|satu|seorang|sebuah))(?![\p{L}])|^\s*\/\s*\p{L}/iu
function perUnit(fields: readonly PreparedField[], amount: Amount): boolean {
  const field = fields.find((f) => f.field === amount.field)
  if (!field) return false
  // Since round 22 within the amount's sentence: a share closing the sentence before ("… mencapai 62 persen. Nilai kontrak …") is no share of it.
  const sentence = field.sentences.find((s) => s.start <= amount.start && amount.start < s.end)
  const around = field.text.slice(Math.max(sentence?.start ?? 0, amount.start - 60), Math.min(sentence?.end ?? field.text.length, amount.end + 30))
  // A share of another amount ("uang muka 10 persen, Rp245 juta").
  if (/\d\s*(?:persen|%)/iu.test(around)) return true
  return PER_UNIT_BEFORE.test(field.text.slice(Math.max(0, amount.start - 30), amount.start)) || PER_UNIT_AFTER.test(field.text.slice(amount.end, amount.end + 30))
}

const rupiah = (value: number): string => `Rp${value.toLocaleString('id-ID')}`

/**
 * The same amount of money written two ways: a title or lead amount that the body gives
 * differently for the same thing, or two amounts for the same thing a factor of 10, 100 or 1,000
 * apart ("Rp2,5 miliar" … "Rp25 miliar"). Amounts are compared by value, so "Rp2,5 miliar" and
 * "Rp 2.500.000.000" agree.
 */
export const moneyConsistency: Rule = {
  id: 'money-consistency',
  category: 'accuracy',
  run: (article) => {
    const amounts: Amount[] = []
    for (const field of article.fields) {
      for (const m of findMoneyMentions(field.text)) {
        const anaphoric = DEMONSTRATIVE.test(field.text.slice(m.end, m.end + 30))
        amounts.push({ ...m, field: field.field, thing: thingBefore(field, m.start) ?? thingAfter(field, m.end, (w) => THINGS.has(w) && !NEUTRAL.has(w)), order: amounts.length, anaphoric })
      }
    }
    const findings: Finding[] = []
    const flagged = new Set<Amount>()
    const flag = (wrong: Amount, right: Amount) => {
      if (flagged.has(wrong)) return
      flagged.add(wrong)
      const what = wrong.thing ?? right.thing ?? 'jumlah'
      findings.push({
        rule: 'money-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Nilai uang tidak konsisten: ${FIELD_NAMES[wrong.field]} menyebut ${what} "${wrong.excerpt}" (${rupiah(wrong.value)}), sedangkan ${FIELD_NAMES[right.field]} menyebut "${right.excerpt}" (${rupiah(right.value)}). Periksa angka dan satuannya (ribu/juta/miliar).`,
        field: wrong.field,
        start: wrong.start,
        end: wrong.end,
        excerpt: wrong.excerpt,
        suggestion: right.excerpt,
      })
    }
    const count = (value: number) => amounts.filter((a) => a.value === value).length
    const bodyField = article.fields.find((f) => f.field === 'body')
    const bodyText = bodyField?.text ?? ''
    const paragraphOf = (offset: number) => bodyField?.paragraphs.findIndex((p) => p.start <= offset && offset < p.end) ?? -1
    const body = amounts.filter((a) => a.field === 'body')
    const hasLead = amounts.some((a) => a.field === 'lead') || article.fields.some((f) => f.field === 'lead' && f.text.trim())
    const openingParagraph = bodyField?.paragraphs.find((p) => !CAPTION.test(bodyText.slice(p.start, p.end)))
    const opening = openingParagraph ? body.filter((a) => openingParagraph.start <= a.start && a.end <= openingParagraph.end) : []
    // Title and lead against the body: same thing, no equal amount in the body.
    for (const head of amounts.filter((a) => a.field !== 'body')) {
      if (amounts.some((a) => a !== head && a.value === head.value)) continue
      const same = body.filter((b) => head.thing !== null && b.thing === head.thing)
      // Not an amount per unit ("Setiap rumah menerima Rp15 juta" under "Rp1,5 Miliar untuk Bedah Rumah": a hundred houses).
      const tenfold = body.find((b) => isPowerOfTen(b.value, head.value) && (b.thing === head.thing || head.thing === null || b.thing === null) && !perUnit(article.fields, b))
      if (tenfold) flag(head, tenfold)
      else if (same.length === 1) flag(head, same[0])
      // Since round 10: a headline amount over an opening paragraph that gives one amount, at the same
      // magnitude and not per unit ("Rp2,5 Miliar untuk Drainase" over "dana Rp2,8 miliar untuk …").
      else if (head.field === 'title' && !hasLead && opening.length === 1 && !perUnit(article.fields, opening[0])) {
        const [o] = opening
        if (Math.max(o.value, head.value) / Math.min(o.value, head.value) < 10) flag(head, o)
      }
    }
    // Body against body: same thing, a power of ten apart. The rarer (else later) amount is flagged.
    for (let i = 0; i < body.length; i++) {
      for (let j = i + 1; j < body.length; j++) {
        const a = body[i]
        const b = body[j]
        if (!isPowerOfTen(a.value, b.value)) {
          // The same thing with its digits reordered at the same magnitude ("anggaran Rp1,25 miliar" …
          // "anggaran Rp1,52 miliar"): a transposition slip.
          // Since round 13 also when one amount's sentence names the other's thing ("Modal usaha … dari dana bantuan
          // Rp24,6 juta" … "Dari modal Rp26,4 juta"): one sum under two words.
          const named = (x: typeof a, y: typeof a) => y.thing !== null && bodyField !== undefined && new RegExp(`(?<![\\p{L}])${y.thing}(?![\\p{L}])`, 'iu').test(sentenceText(bodyField, x.start))
          // Since round 15 two words for a project's cost ("biaya" … "dana") name one thing here too.
          const costs = a.thing !== null && b.thing !== null && COST.has(a.thing) && COST.has(b.thing) && costKinds(bodyText, a.start) === costKinds(bodyText, b.start)
          const sameThing = a.thing !== null && (a.thing === b.thing || named(a, b) || named(b, a) || costs)
          // Since round 22 two digits reordered too when both are framed as the thing's total ("total hibah mencapai Rp210 juta" …
          // "hibah untuk ke-14 masjid senilai total Rp120 juta").
          const totals = [a, b].every((x) => WHOLE_BEFORE.test(bodyText.slice(Math.max(0, x.start - 40), x.start)))
          if (sameThing && (transposed(a.value, b.value) || (totals && reorderedDigits(a.value, b.value))) && !perUnit(article.fields, a) && !perUnit(article.fields, b)) {
            const [wrong, right] = count(a.value) < count(b.value) ? [a, b] : [b, a]
            flag(wrong, right)
          }
          continue
        }
        // Two amounts named as different things ("anggaran" and "dana pemeliharaan") may share digits by chance.
        const unnamed = a.thing === null || b.thing === null
        const units = perUnit(article.fields, a) || perUnit(article.fields, b)
        // Since round 10 two words for a project's cost ("biaya Rp7,3 miliar" … "Anggaran Rp73 miliar") name one thing.
        // Qualified differently ("anggaran pembangunan" / "dana pemeliharaan"), they are two costs.
        // Since round 14 an unqualified cost against a qualified one of the same kind ("anggaran Rp2,45 miliar" …
        // "biaya pembangunan senilai Rp24,5 miliar") is one cost too; two kinds ("pemeliharaan") are not.
        const qualifiers = bodyField ? [qualifierOf(bodyField, a.start, a.thing), qualifierOf(bodyField, b.start, b.thing)] : ['', 'x']
        const kin =
          a.thing !== null && b.thing !== null && COST.has(a.thing) && COST.has(b.thing) &&
          (qualifiers[0] === qualifiers[1] || (qualifiers.includes('') && costKinds(bodyText, a.start) === costKinds(bodyText, b.start)))
        // Since round 15 a word naming the sum the two share ("bonus prestasi sebesar Rp30 juta" … "Bonus Rp300 juta"),
        // or two amounts per person ("Rp900.000 per orang" … "setiap penerima memperoleh Rp9 juta").
        const heads = namesSame(headWords(bodyText, a.start), headWords(bodyText, b.start))
        const perPerson = units && sameUnit(unitOf(bodyText, a.start, a.end), unitOf(bodyText, b.start, b.end))
        // Since round 23 a project's funding and its contract value (`kontrak`) with three or more significant digits the same.
        const contract = [a, b].some((x) => x.thing === 'kontrak') && [a, b].every((x) => x.thing === 'kontrak' || COST.has(x.thing ?? ''))
        if (!(a.thing && a.thing === b.thing) && !(kin && !units) && !((unnamed || contract) && sameDigits(a.value, b.value) && !units) && !(heads && !units) && !perPerson) continue
        // Since round 14 two kinds of one sum ("biaya Rp680 juta" … "biaya pemeliharaan tahunan Rp68 juta") are two amounts.
        if (!unnamed && costKinds(bodyText, a.start) !== costKinds(bodyText, b.start)) continue
        const [wrong, right] = count(a.value) < count(b.value) ? [a, b] : [b, a]
        flag(wrong, right)
      }
    }
    // A reference back ("Rp740 juta itu", "anggaran Rp64 miliar tersebut") names an amount already
    // given: with no equal amount before it but one a power of ten away or with its digits reordered,
    // the reference is the slip.
    for (const a of body) {
      if (!a.anaphoric) continue
      // Since round 15 not an amount derived from an earlier one ("sisa anggaran Rp2 miliar tersebut", "tambahan …").
      if (/(?<![\p{L}])(?:sisa|sisanya|selisih|tambahan|kekurangan|sebagian|pengembalian|kenaikan|penurunan)(?![\p{L}])/iu.test(bodyText.slice(Math.max(0, a.start - 40), a.start))) continue
      // Against the body before it (a headline that disagrees with the body is the headline's slip, above).
      const before = body.filter((o) => o.order < a.order && !flagged.has(o))
      if (before.some((o) => o.value === a.value)) continue
      // A power of ten away, or the same digits in another order ("Rp945 juta" … "Rp954 juta itu").
      const slipped = before.filter((o) => isPowerOfTen(o.value, a.value) || transposed(o.value, a.value))
      if (slipped.length > 0 && new Set(slipped.map((o) => o.value)).size === 1) flag(a, slipped[0])
      // Since round 10: any other value, when the thing it refers back to was given one amount before
      // ("bantuan Rp600 ribu" … "bantuan Rp500 ribu tersebut"), at the same magnitude.
      else if (a.thing) {
        // Since round 15 a unit amount referred back to ("Rp800.000 per bulan itu") against the unit amounts of its thing.
        const unit = perUnit(article.fields, a)
        // A price of another time ("tarif yang tahun lalu Rp53.000 per orang itu") is no restatement.
        if (unit && /(?<![\p{L}])(?:lalu|semula|sebelumnya|lama|dulu)(?![\p{L}])/iu.test(bodyText.slice(Math.max(0, a.start - 40), a.start))) continue
        // Since round 17 the unit also from "Setiap anak menerima …" before the amount (`unitOf`), as "… per anak itu" names it after.
        const per = (x: Amount) => (x.field === 'body' ? (unitOf(bodyText, x.start, x.end) ?? '') : '')
        const named = before.filter((o) => o.thing === a.thing && perUnit(article.fields, o) === unit && per(o) === per(a))
        if (named.length > 0 && new Set(named.map((o) => o.value)).size === 1 && Math.max(a.value, named[0].value) / Math.min(a.value, named[0].value) < 10) flag(a, named[0])
      }
      // Since round 15 a reference back whose only possible antecedent is the one amount the body gave before, at the
      // same magnitude, whatever it was called ("proyek senilai Rp2,4 miliar" … "proyek senilai Rp2,7 miliar itu").
      if (!flagged.has(a) && !perUnit(article.fields, a)) {
        const candidates = before.filter((o) => !perUnit(article.fields, o) && Math.max(a.value, o.value) / Math.min(a.value, o.value) < 10)
        if (candidates.length > 0 && new Set(candidates.map((o) => o.value)).size === 1 && before.every((o) => candidates.includes(o) || perUnit(article.fields, o))) flag(a, candidates[0])
      }
    }
    // Since round 10: the same thing given in two paragraphs with one significant digit changed at the
    // same magnitude ("anggaran Rp1,25 miliar" … "anggaran Rp1,35 miliar"): three or more significant
    // digits, or the later amount framed as the whole ("total anggaran …"). Unit prices are left out.
    for (const [i, a] of body.entries()) {
      for (const b of body.slice(i + 1)) {
        if (!a.thing || a.thing !== b.thing || flagged.has(a) || flagged.has(b) || !oneDigitOff(a.value, b.value)) continue
        if (!(significant(a.value).length >= 3 || WHOLE_BEFORE.test(bodyText.slice(Math.max(0, b.start - 40), b.start)))) continue
        if (paragraphOf(a.start) === paragraphOf(b.start) || perUnit(article.fields, a) || perUnit(article.fields, b)) continue
        if (body.some((o) => o !== b && o.value === b.value)) continue
        flag(b, a)
      }
    }
    // Since round 11: the same figure with another scale word, and swapped digits in amounts per unit.
    if (bodyField) {
      const marked = body.map((a) => ({ ...a, perUnit: perUnit(article.fields, a), source: a }))
      for (const [wrong, right] of [...scaleSlips(marked), ...swappedUnitAmounts(bodyField, marked)]) flag(wrong.source, right.source)
    }
    // Since round 14: a present value restated with its digits reordered ("… yang kini Rp46.000 per kilogram").
    const texts = amounts.map((a) => ({ ...a, text: article.fields.find((f) => f.field === a.field)?.text ?? '', source: a }))
    for (const [wrong, right] of presentValueSlips(texts)) flag(wrong.source, right.source)
    // Since round 22: a headline total against the body's one total, mistyped (`headlineTotals.ts`).
    for (const [wrong, right] of headlineTotals(texts)) flag(wrong.source, right.source)
    // Since round 18: a breakdown's base ("Dari total Rp7,8 miliar itu") restating the one whole given before (`wholeReferences.ts`).
    const unitMarked = texts.map((a) => ({ ...a, perUnit: perUnit(article.fields, a.source) }))
    for (const [wrong, right] of wholeReferences(unitMarked)) flag(wrong.source, right.source)
    // Since round 18: one change written twice with its start mistyped (`changeRestatements.ts`).
    for (const [wrong, right] of changeRestatements(unitMarked)) flag(wrong.source, right.source)
    // Since round 18: a unit amount referred back ("Rp1,25 juta per semester itu") against the one amount per its unit (`unitReferences.ts`).
    for (const [wrong, right] of unitReferences(unitMarked)) flag(wrong.source, right.source)
    // Since round 18: the price paid ("Dengan membayar Rp57.000") with the digits of the price set ("seharga Rp75.000").
    for (const [wrong, right] of paymentRestatements(unitMarked)) flag(wrong.source, right.source)
    // Since round 17: one amount per receiver framed the same way twice with two figures (`distributiveAmounts.ts`).
    for (const [wrong, right] of distributiveAmounts(texts.filter((a) => a.field === 'body'))) flag(wrong.source, right.source)
    // Since round 15: an amount said to be a share of another that it is not ("… atau 80 persen dari target").
    for (const [wrong, finding] of shareFindings(texts)) {
      if (flagged.has(wrong.source)) continue
      flagged.add(wrong.source)
      findings.push(finding)
    }
    // Since round 14: a total that is not the count times the amount per unit.
    const placed = amounts.flatMap((a) => {
      const field = article.fields.find((f) => f.field === a.field)
      // Since round 22 also an amount whose unit `unitOf` reads in a longer clause before ("Setiap anak menerima uang santunan Rp500.000").
      return field ? [{ ...a, field, perUnit: perUnit(article.fields, a) || unitOf(field.text, a.start, a.end) !== null, source: a }] : []
    })
    // Since round 18 a total or unit amount with the calculation's digits reordered (`transposedProducts.ts`): the
    // reordered figure says which one slipped, so it goes before the closeness check of round 14.
    const transposedTotals = transposedProducts(placed, article.fields)
    for (const [wrong, right] of transposedTotals.length > 0 ? transposedTotals : unitProducts(placed, article.fields)) {
      if (flagged.has(wrong.source)) continue
      flagged.add(wrong.source)
      findings.push({
        rule: 'money-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Nilai uang tidak cocok dengan hitungannya: jumlah dikali nilai per satuan (atau total dibagi jumlah) memberi ${rupiah(right)}, bukan "${wrong.excerpt}". Periksa jumlah, nilai satuan, atau totalnya.`,
        field: wrong.field.field,
        start: wrong.start,
        end: wrong.end,
        excerpt: wrong.excerpt,
        suggestion: rupiah(right),
      })
    }
    return findings
  },
}
