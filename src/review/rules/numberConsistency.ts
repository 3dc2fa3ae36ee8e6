import { parseNumber } from '../parseNumber'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'
import { CAPTION, FIELD_NAMES, type Mention, alignAcronyms, listSums, mentions, mismatch, reordered, same, slipOf } from './countMentions'
import { referencesBack, slippedReferences } from './countReferences'
import { captionCounts, laterSlips, openingAgainstTitle } from './countRestatements'
import { collectiveCounts } from './collectiveCounts'
import { narrowed, wordsOf } from './countScope'
import { headlineNounFirst, nounFirstCounts } from './nounFirstCounts'
import { durationReferences } from './durationReferences'
import { eachTimesUnits } from './eachTimesUnits'
import { rateRestatements } from './rateRestatements'
import { renamedPeopleCounts } from './renamedPeopleCounts'
import { titleWholes } from './titleWholes'
import { quantityReferences } from './quantityReferences'
import { shareReferences } from './shareReferences'

/** The figure as written ("1.240"), or in digits when written in words ("Tiga Puluh Tujuh" → 37). */
const figureOf = (m: Mention) => (/^\d/.test(m.excerpt) ? m.excerpt.split(/\s/)[0] : m.value.toLocaleString('id-ID'))
/** "… dan 59 Mahasiswa Lain": the figure counts the others beside someone named. */
const countsOthers = (text: string, m: Mention) => m.second === 'lain' || /^\s+(?:lain|lainnya)(?![\p{L}])/iu.test(text.slice(m.end))

/** The same counted thing with different figures in title/lead and body ("150 peserta" / "120 peserta"). */
export const numberConsistency: Rule = {
  id: 'number-consistency',
  category: 'accuracy',
  run: (article) => {
    const stopwords = article.lexicon.numberNounStopwords
    const byField = new Map<ArticleField, Mention[]>()
    const calendar = new Set([...article.lexicon.months.keys(), ...article.lexicon.weekdays.keys()])
    // Since round 23 also a headline count naming its noun first ("Kasus DBD Capai 78", `headlineNounFirst`).
    for (const field of article.fields) byField.set(field.field, [...mentions(field, stopwords, calendar), ...(field.field === 'title' ? headlineNounFirst(field) : [])])
    alignAcronyms([...byField.values()].flat(), new Map(article.fields.map((f) => [f.field, f.text] as const)))
    const body = byField.get('body') ?? []
    // Round 16: body counts naming their noun before the figure ("jumlah peserta sebanyak 300 orang"), compared with the headline and lead only.
    const bodyFieldForCounts = article.fields.find((f) => f.field === 'body')
    const nounFirst = bodyFieldForCounts ? nounFirstCounts(bodyFieldForCounts, [...(byField.get('title') ?? []), ...(byField.get('lead') ?? [])]) : []
    const findings: Finding[] = []
    const texts = new Map(article.fields.map((f) => [f.field, f.text] as const))
    const bodyField = article.fields.find((f) => f.field === 'body')
    // The first paragraph that is not a photo caption.
    const openingParagraph = bodyField?.paragraphs.find((p) => !CAPTION.test(bodyField.text.slice(p.start, p.end)))
    const inOpening = (m: Mention) => m.field === 'body' && openingParagraph !== undefined && openingParagraph.start <= m.start && m.end <= openingParagraph.end
    const sentenceOf = (offset: number) => bodyField?.sentences.find((s) => s.start <= offset && offset < s.end)
    /**
     * The figure written without a noun later in a body sentence that counts the noun, as an
     * elliptical count of it ("356 los, 340 sudah terisi" under "340 Los Sudah Terisi"): a bare
     * numeral followed by a word that is no counted noun (no mention starts there), not a unit.
     */
    const bareInSentence = (mention: Mention, counted: Mention[]) =>
      bodyField !== undefined &&
      counted.some((o) => {
        const sentence = o.field === 'body' ? sentenceOf(o.start) : undefined
        if (!sentence) return false
        for (const m of bodyField.text.slice(o.end, sentence.end).matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\d)\s+(?=\p{Ll})/gu)) {
          const at = o.end + m.index
          if (!same(parseNumber(m[1]), mention.value) || body.some((b) => b.start === at)) continue
          if (/^\s*(?:persen|tahun|bulan|hari|jam|menit|kali|kg|km|meter|ton|liter)(?![\p{L}])/u.test(bodyField.text.slice(at + m[1].length))) continue
          return true
        }
        return false
      })
    const opening = () => [...(byField.get('lead') ?? []), ...body.filter(inOpening)]
    const check = (mention: Mention, others: Mention[]) => {
      if (mention.approximate || mention.coordinated) return
      // The body gives the same figure, however it frames it ("mencapai 2.400 paket").
      if (others.some((o) => o.noun === mention.noun && same(o.value, mention.value))) return
      // The words that name the scope of the headline's or lead's count: the headline's, or the lead sentence's.
      const own = article.fields.find((f) => f.field === mention.field)
      const ownSentence = own?.sentences.find((s) => s.start <= mention.start && mention.start < s.end)
      const anchor = wordsOf(own && ownSentence ? own.text.slice(ownSentence.start, ownSentence.end) : mention.excerpt)
      const counted = others.filter((o) => o.noun === mention.noun && !o.approximate)
      if (counted.length > 1 && same(counted.reduce((sum, o) => sum + o.value, 0), mention.value)) return
      // Or the figures of one list add up to it ("210 paket, 230 paket, dan 200 paket" under "640 Paket"),
      // whatever else the body counts ("1 paket per keluarga").
      if (listSums(counted, texts).some((sum) => same(sum, mention.value))) return
      // Only a body count of the same scope contradicts; a figure that looks like the other mistyped
      // (27/72, 14/17) is compared whatever its scope.
      const exact = counted.filter(
        (o) => !(o.field === 'body' && bodyField && !(mention.value >= 10 && slipOf(mention.value, o.value)) && narrowed(bodyField.text, sentenceOf, o, anchor, inOpening(o))),
      )
      if (exact.length === 0) return
      // Since round 19 a count of others beside named people ("Anam dan 59 Mahasiswa Lain") is the whole less those named.
      if (countsOthers(texts.get(mention.field) ?? '', mention) && exact.every((o) => o.value - mention.value >= 1 && o.value - mention.value <= 3)) return
      // Since round 14 a headline figure the body gives twice for other nouns ("1.650 Perantau" over "menampung 1.650
      // penumpang" … "1.650 kursi") is confirmed; another count of its noun that is no slip of it ("940 perantau telah
      // mendaftar") counts something else. Given once for another noun ("356 los, 340 pedagang") it confirms nothing.
      if (mention.field === 'title' && others.filter((o) => same(o.value, mention.value)).length >= 2 && !exact.some((o) => slipOf(mention.value, o.value) || reordered(mention.value, o.value))) return
      // The same figure counts the headline's second word ("87 Medali Emas" / "87 emas, 64 perak …").
      if (mention.second && others.some((o) => o.noun === mention.second && same(o.value, mention.value))) return
      // The figure given bare in a sentence counting the noun ("356 los, 340 sudah terisi" under "340 Los Sudah Terisi").
      if (bareInSentence(mention, counted)) return
      // The same figure counts the noun one word on ("41 Emas" / "41 medali emas"): the same thing.
      if (others.some((o) => o.second === mention.noun && same(o.value, mention.value))) return
      // Since round 19 a headline figure the opening paragraph gives for another noun ("46 Lansia" over "46 warga lanjut usia")
      // is confirmed: a later body count that looks like it mistyped ("Dari 64 lansia …") is the wrong one.
      const confirmed = mention.field === 'title' && opening().some((o) => !o.approximate && same(o.value, mention.value))
      const slips = confirmed ? exact.filter((o) => o.field === 'body' && !inOpening(o) && slipOf(mention.value, o.value)) : []
      if (slips.length > 0) {
        for (const o of slips) findings.push(mismatch(o, mention, `judul dan paragraf pembuka menyebut ${figureOf(mention)}, sedangkan isi berita menyebut "${o.excerpt}"`))
        return
      }
      // The mirror: the headline's figure given again later in the body ("31 dari 37 korban" under "Tiga Puluh Tujuh Warga")
      // and the opening's count of its noun a slip of it ("Sebanyak 34 warga"): the opening is the one mistyped.
      const laterConfirmed = mention.field === 'title' && body.some((o) => !inOpening(o) && !o.approximate && same(o.value, mention.value))
      if (laterConfirmed && exact.every((o) => o.field === 'body' && inOpening(o) && slipOf(mention.value, o.value))) {
        for (const o of exact) findings.push(mismatch(o, mention, `judul dan bagian berikutnya menyebut ${figureOf(mention)}, sedangkan paragraf pembuka menyebut "${o.excerpt}"`))
        return
      }
      // Counted differently only later in the body, the headline's noun there has another scope; in the opening
      // itself ("356 los, 340 pedagang" under "340 Los") it contradicts.
      if (confirmed && exact.every((o) => o.field === 'body' && !inOpening(o))) return
      const where = FIELD_NAMES[exact[0].field]
      const figures = [...new Set(exact.map((o) => `"${o.excerpt}"`))].join(', ')
      findings.push({
        rule: 'number-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Angka tidak konsisten: ${FIELD_NAMES[mention.field]} menyebut "${mention.excerpt}", sedangkan ${where} menyebut ${figures}. Samakan angkanya atau jelaskan perbedaannya.`,
        field: mention.field,
        start: mention.start,
        end: mention.end,
        excerpt: mention.excerpt,
      })
    }
    const bodyText = article.fields.find((f) => f.field === 'body')?.text ?? ''
    // Since round 22 a headline count the body breaks down only is parts-total's (`titleWholes.ts`).
    const wholes = titleWholes(article).map((w) => w.total.start)
    for (const mention of (byField.get('title') ?? []).filter((m) => !wholes.includes(m.start))) {
      // Written the same way, capitalised, in the body: part of a name ("Gerakan 1 Rumah 1 Jumantik").
      if (/\p{Lu}/u.test(mention.excerpt.replace(/^\S+\s+/, '').charAt(0)) && bodyText.includes(mention.excerpt)) continue
      check(mention, [...(byField.get('lead') ?? []), ...body, ...nounFirst])
      if (findings.some((f) => f.field === 'title' && f.start === mention.start)) continue
      // Round 13: a headline figure of three or more digits that the article never gives, over an
      // opening that gives its digits in another order for another noun ("1.452 Dokumen" over
      // "menerbitkan 1.425 kartu identitas anak"): the same count under a general word, mistyped.
      const all = [...(byField.get('lead') ?? []), ...body]
      if (mention.approximate || all.some((o) => same(o.value, mention.value))) continue
      const swapped = opening().find((o) => !o.approximate && reordered(o.value, mention.value))
      if (swapped) {
        findings.push(mismatch(mention, swapped, `judul menyebut "${mention.excerpt}", sedangkan paragraf pembuka menyebut "${swapped.excerpt}"`))
      }
    }
    for (const mention of byField.get('lead') ?? []) check(mention, [...body, ...nounFirst])
    if (bodyField) {
      findings.push(...captionCounts(bodyField, body, byField.get('lead') ?? [], byField.get('title') ?? []))
      // The title's own scope words, as in `check`.
      const titleText = article.fields.find((f) => f.field === 'title')?.text ?? ''
      const outOfScope = (m: Mention) => narrowed(bodyField.text, sentenceOf, m, wordsOf(titleText), true)
      if (!(byField.get('lead') ?? []).length) findings.push(...openingAgainstTitle(bodyField, body, byField.get('title') ?? [], outOfScope))
      findings.push(...laterSlips(bodyField, body, byField.get('lead') ?? [], byField.get('title') ?? []).filter((f) => !findings.some((g) => g.start === f.start)))
      const earlier = [...(byField.get('title') ?? []), ...(byField.get('lead') ?? [])]
      const reported = (m: Mention) => findings.some((g) => g.field === m.field && g.start === m.start)
      findings.push(...referencesBack(bodyField, body, earlier, reported).filter((f) => !findings.some((g) => g.field === f.field && g.start === f.start)))
      findings.push(...slippedReferences(bodyField, body, earlier, reported).filter((f) => !findings.some((g) => g.field === f.field && g.start === f.start)))
      // Round 16: a collective numeral referring back ("Keempat jembatan itu" under "Tiga Jembatan …").
      if (!earlier.some(reported)) findings.push(...collectiveCounts(bodyField, body, earlier, stopwords))
    }
    findings.push(...durationReferences(article.fields))
    // Since round 22: a count for each unit times the units against the whole restated for all of them (`eachTimesUnits.ts`), and a
    // capacity per period restated mistyped (`rateRestatements.ts`).
    // Since round 23 a count in "jiwa"/"orang" restated under the people word its sentence named, mistyped (`renamedPeopleCounts.ts`).
    const renamed = bodyField ? renamedPeopleCounts(article.fields, bodyField, body, [...(byField.get('title') ?? []), ...opening()]) : []
    if (bodyField) findings.push(...[...eachTimesUnits(bodyField), ...rateRestatements(bodyField), ...renamed].filter((f) => !findings.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)))
    // Round 17: a quantity referring back with a figure that looks mistyped (`quantityReferences.ts`), measures too.
    findings.push(...quantityReferences(article).filter((f) => !findings.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)))
    // Since round 20: a share referring back ("yang progresnya baru 27 persen itu" after "72 persen") with its figure mistyped (`shareReferences.ts`).
    findings.push(...shareReferences(article).filter((f) => !findings.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)))
    return findings
  },
}
