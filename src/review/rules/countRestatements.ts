import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { OTHER_TIME, narrowed, wordsOf } from './countScope'
import { closesOwnBreakdown, sameFrame } from './ownTotals'
import { CAPTION, FIELD_NAMES, type Mention, digits, listed, mismatch, reordered, same, slipOf } from './countMentions'

/**
 * A photo caption counting the lead's thing differently ("Foto: Sebanyak 40 lansia …" under a
 * lead of "Sebanyak 46 lansia …"). A caption may show part of the event, so a smaller figure is
 * reported only when it looks like the lead's figure mistyped (digits reordered, one digit
 * changed, a power of ten off) or both are framed as the total ("Sebanyak …"), and not when the
 * caption marks a part ("secara simbolis", "perwakilan", "lain"). A caption cannot show more than
 * the whole: a larger figure of the same noun is reported unless it is about another time.
 */
/** A caption showing part of the event: a symbolic handover, representatives, some of them. */
const CAPTION_PART = /(?<![\p{L}])(?:simbolis|perwakilan|sebagian|beberapa|salah\s+satu|di\s+antaranya|antara\s+lain|sejumlah)(?![\p{L}])/iu
/** A figure a power of ten off another ("50" / "500"): a zero dropped or added. */
const tenfold = (a: number, b: number) => [10, 100, 1000].some((f) => same(a, b * f) || same(b, a * f))

/** The first paragraph that is not a photo caption: captions may open the body. */
const openingOf = (field: PreparedField) => field.paragraphs.find((p) => !CAPTION.test(field.text.slice(p.start, p.end)))
/** The root of a verb form: "dioperasikan", "beroperasi", "mengoperasikan" → "operasi". */
const verbRoot = (word: string): string | null => {
  const m = /^(?:di|ber|ter|mem|men|meng|meny|me)(\p{L}{5,})$/u.exec(word)
  return m ? m[1].replace(/kan$/u, '').replace(/i$/u, '') : null
}
/**
 * The count after "yang" and a verb whose root a verb of the lead count's sentence shares
 * ("… 10 bus yang beroperasi" after "12 unit bus dioperasikan"): the same set described again.
 */
export function sharesVerb(field: PreparedField, lead: Mention, m: Mention): boolean {
  // Since round 15 one modifier of the noun and an aspect word may come between ("biopori resapan yang selesai dibangun").
  const verb = /^(?:\s+(?!lain|lainnya)\p{Ll}+)?\s+yang\s+(?:sudah\s+|telah\s+|akan\s+|selesai\s+|sedang\s+|baru\s+)?(\p{Ll}+)/u.exec(field.text.slice(m.end, m.end + 50))
  const root = verb ? verbRoot(verb[1]) : null
  if (!root) return false
  const sentence = field.sentences.find((x) => x.start <= lead.start && lead.start < x.end)
  if (!sentence) return false
  // The nasal prefix takes the root's first consonant ("memeriksa" / "diperiksa", round 15).
  const same = (r: string | null) => r !== null && (r === root || r === root.slice(1) || root === r.slice(1))
  return (field.text.slice(sentence.start, sentence.end).toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => same(verbRoot(w)))
}
/** A body mention inside a photo-caption paragraph. */
export const inCaption = (field: PreparedField, m: Mention) =>
  m.field === 'body' && field.paragraphs.some((p) => p.start <= m.start && m.end <= p.end && CAPTION.test(field.text.slice(p.start, p.end)))
/** The same digits in another order, two or more of them ("17" / "71", "350" / "530"): a slip even in approximate figures. */
export const swapped = (a: number, b: number) => Math.round(a) >= 10 && !same(a, b) && digits(a) === digits(b)

export function captionCounts(field: PreparedField, body: Mention[], leadField: Mention[], title: Mention[]): Finding[] {
  const first = openingOf(field)
  // The headline counts too ("386 PPPK" over "Foto 3: Sebanyak 368 PPPK …").
  const lead = [...title, ...(leadField.length ? leadField : body.filter((m) => first && first.start <= m.start && m.end <= first.end))]
  const findings: Finding[] = []
  /** The sentence of a lead count, or the headline. */
  const sentenceText = (o: Mention) => {
    if (o.field !== 'body') return o.excerpt
    const sentence = field.sentences.find((x) => x.start <= o.start && o.start < x.end)
    return sentence ? field.text.slice(sentence.start, sentence.end) : o.excerpt
  }
  for (const p of field.paragraphs) {
    if (!CAPTION.test(field.text.slice(p.start, p.end))) continue
    for (const m of body) {
      if (m.start < p.start || m.end > p.end || m.coordinated) continue
      // "sekitar 350 warga" against "sekitar 530 warga": approximate figures still do not swap digits.
      const exact = lead.filter((o) => o.noun === m.noun && !o.coordinated && (!(o.approximate || m.approximate) || swapped(o.value, m.value)))
      if (exact.length === 0 || exact.some((o) => same(o.value, m.value))) continue
      const text = field.text.slice(p.start, p.end)
      const part = CAPTION_PART.test(text) || /^\s+(?:lain|lainnya)(?![\p{L}])/u.test(field.text.slice(m.end))
      // A caption count narrowed to a group the lead sentence does not name ("40 peserta dari kelompok A") shows a part;
      // swapped digits are a slip whatever the caption shows ("salah satu dari 421 posyandu" under "412 posyandu").
      const scoped = (o: Mention) => !narrowed(field.text, () => p, m, wordsOf(sentenceText(o)))
      const right = exact.find(
        (o) =>
          swapped(o.value, m.value) ||
          (!part && (slipOf(o.value, m.value) || tenfold(o.value, m.value) || (o.total && m.total && scoped(o)))) ||
          (m.value > o.value && !OTHER_TIME.test(text) && scoped(o)),
      )
      if (!right) continue
      findings.push(mismatch(m, right, `keterangan foto menyebut "${m.excerpt}", sedangkan ${right.field === 'body' ? 'teras berita' : FIELD_NAMES[right.field]} menyebut "${right.excerpt}"`))
    }
  }
  return findings
}

/**
 * A later body figure that looks like the lead's total mistyped ("Sebanyak 2.400 rumah diperiksa"
 * … "Dari hasil pemeriksaan 2.600 rumah"): the same counted noun, a figure of three or more digits
 * one digit off or with its digits reordered, given nowhere else. The lead's figure must be a
 * total ("Sebanyak …") or confirmed by the headline; the later figure must not be a comparison
 * ("tahun lalu", "dari … menjadi", "target").
 */
/** Since round 13 a month with "lalu" is another time too ("pada pemeriksaan Juli lalu"). */
const COMPARISON = /(?<![\p{L}])(?:tahun|bulan|pekan|periode|musim|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:lalu|sebelumnya|kemarin)|sebelumnya|dibandingkan|dibanding|menjadi|naik|turun|meningkat|menurun|bertambah|berkurang|target|ditargetkan|menargetkan|rencana|direncanakan|semula|awalnya/iu
/** Another time: last year's figure, the original plan. */
const PAST = /(?<![\p{L}])(?:(?:tahun|bulan|pekan|periode|musim|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember)\s+(?:lalu|sebelumnya|kemarin)|sebelumnya|semula|awalnya)(?![\p{L}])/iu
export const BREAKDOWN_WORD = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|antara\s+lain|di\s+antaranya|termasuk)(?![\p{L}])/iu
/** Framing a count as the whole: "seluruh pekerjaan di 29 titik", "total 29 titik", "semua 29 titik". */
const WHOLE_BEFORE = /(?<![\p{L}])(?:seluruh|semua|segenap|keseluruhan|total|totalnya)(?:\s+[\p{Ll}-]+){0,2}\s+(?:di\s+|pada\s+|untuk\s+)?$/u
/** A demonstrative right after the counted noun, or one modifier on: the count refers to one given before. */
export const REFERS_BACK = /^(?:\s+(?!(?:yang|di|dari|dan|serta)\b)[\p{Ll}-]+)?\s+(?:tersebut|itu)(?![\p{L}])/u
/** "Setiap angkatan pelatihan diikuti 50 guru": a count for each unit (not "setiap hari", a frequency). */
const PER_UNIT = /(?<![\p{L}])(?:setiap|tiap|masing-masing)\s+(?!hari|pekan|minggu|bulan|tahun|pagi|siang|sore|malam|saat|waktu|kali)\p{L}+(?:\s+\p{L}+){0,2}\s+$/iu
const FROM_BASE = /(?:^|[.;!?]\s+|\n|,\s+)[Dd]ari\s+$/u
// Since round 16 a place after the base's noun ("dari 13 ruang di balai baru, …") keeps it a base.
const ANOTHER_SET = /(?<![\p{L}])(?:selain|lain|lainnya|tambahan|juga|pula|serupa|sejenis|berbeda)(?![\p{L}])/iu
const SINCE = /(?<![\p{L}])(?:sejak|selama|sepanjang|hingga\s+kini|sampai\s+saat\s+ini|total|kumulatif|tahap|gelombang|angkatan|putaran)(?![\p{L}])/iu
// Since round 18 also a noun described by a short "yang" clause ("Dari 41 rumah yang rusak, …").
const BASE_CLAUSE = /^(?:\s+\p{Ll}+)?(?:\s+(?:di|pada)\s+\p{Ll}+(?:\s+\p{Ll}+){0,2}|\s+yang\s+\p{Ll}+(?:\s+\p{Ll}+)?)?\s*,/u
/** The rest of a set named after a count in its sentence: the count is a part. */
/** The rest named before a count: "Sisa 100 pelaku usaha", "sisanya 40 siswa". */
const REST_BEFORE = /(?<![\p{L}])(?:sisa|sisanya|selebihnya)\s+(?:\p{Ll}+\s+)?$/iu
const REST_AFTER = /(?<![\p{L}])(?:sedangkan|sementara|dan)\s+(?:sisanya|selebihnya)(?![\p{L}])/iu

export function laterSlips(field: PreparedField, body: Mention[], leadField: Mention[], title: Mention[]): Finding[] {
  // A lead field is compared with the whole body already (the lead is reported).
  if (leadField.length) return []
  const first = openingOf(field)
  const lead = body.filter((m) => first && first.start <= m.start && m.end <= first.end)
  const all = [...title, ...body]
  const findings: Finding[] = []
  const confirmed = (o: Mention) => o.total || title.some((t) => t.noun === o.noun && same(t.value, o.value))
  for (const m of body) {
    if (first && m.end <= first.end) continue
    // Since round 15 a count per unit ("Setiap angkatan diikuti 50 guru") restates no whole.
    if (PER_UNIT.test(field.text.slice(Math.max(0, m.start - 50), m.start))) continue
    // A later count framed as the whole ("seluruh pekerjaan di 29 titik", "total 29 titik"): the lead's total restated.
    // So is a count referring back with a demonstrative ("Ke-150 peserta tersebut", "150 peserta itu").
    // Since round 15 so is the base of a breakdown opening its sentence, the noun at most modified once or described by the
    // lead's own verb ("Dari 21 sekolah peserta, …", "Dari 600 sampel yang diperiksa, …").
    // A base with only a modifier is compared when its digits slipped; described by the lead's verb, whatever its figure.
    const fromBase = FROM_BASE.test(field.text.slice(Math.max(0, m.start - 12), m.start))
    const described = fromBase && lead.some((o) => o.noun === m.noun && sharesVerb(field, o, m))
    const base = described || (fromBase && BASE_CLAUSE.test(field.text.slice(m.end, m.end + 40)))
    const framed = WHOLE_BEFORE.test(field.text.slice(Math.max(0, m.start - 40), m.start)) || REFERS_BACK.test(field.text.slice(m.end, m.end + 40)) || described
    const whole = framed || base
    // Round 16: a total closing its own breakdown ("10 emas, 6 perak, serta 9 perunggu, sehingga totalnya 25 medali") counts
    // the set just listed, another set than the lead's.
    if (closesOwnBreakdown(field, body, m)) continue
    // Round 17: a count set against the rest in its sentence ("1.050 responden … dari luar DIY, sedangkan sisanya …") is a part.
    if (REST_AFTER.test(field.text.slice(m.end, field.sentences.find((s) => s.start <= m.start && m.start < s.end)?.end ?? m.end))) continue
    // Round 18: a count named as the rest ("Sisa 100 pelaku usaha …" after 20 of 120) is the remainder, not the whole.
    if (REST_BEFORE.test(field.text.slice(Math.max(0, m.start - 20), m.start))) continue
    // Digits reordered (1.250 / 1.520): a slip whatever the framing; a coordinated count against a coordinated one.
    // Against the lead, or for reordered digits any earlier count of the noun ("ditanami 1.250 pohon" … "merawat 1.520 pohon").
    // Counts of one sentence are items of one breakdown ("Bener 142 orang, dan Tegalrejo 214 orang"), not a restatement.
    const sentenceStart = field.sentences.find((s) => s.start <= m.start && m.start < s.end)?.start ?? 0
    // Round 18: a count referring back ("Dari 48 kasus itu") may also have one digit changed from the earlier count it names.
    const refersBack = REFERS_BACK.test(field.text.slice(m.end, m.end + 40))
    // Since round 18 a base or a whole restated with two digits swapped ("14 rumah rusak" … "Dari 41 rumah yang rusak, …") against
    // any earlier count of its noun, not only the lead's.
    const earlier = [...lead, ...body.filter((o) => o.end <= sentenceStart && !lead.includes(o) && (reordered(o.value, m.value) || (whole && o.noun === m.noun && (swapped(o.value, m.value) || (refersBack && slipOf(o.value, m.value))))))]
    // Since round 10 two swapped digits are a slip in approximate figures too, and in a two-digit
    // count restating the whole or a confirmed lead total ("17 ruas" … "seluruh 71 ruas").
    const slip = (o: Mention) => o.noun === m.noun && (reordered(o.value, m.value) || ((whole || (lead.includes(o) && confirmed(o))) && swapped(o.value, m.value)))
    const slipped = earlier.some(slip)
    if (m.approximate && !slipped) continue
    // Since round 11 a count described by the lead total's own verb ("12 unit bus dioperasikan" …
    // "Dengan 10 bus yang beroperasi") restates that total, however small.
    // Since round 16 also a count after the lead total's own verb and subject ("Lomba diikuti 14 gerobak" … "lomba kali ini
    // diikuti 17 gerobak"), and one naming the confirmed total's two-word thing ("empat pos mudik" … "lima pos mudik").
    // Near (half to twice) and of this time only ("Sejak 2022, … telah merehabilitasi 412 rumah" is a running total).
    const sentenceText = field.text.slice(sentenceStart, field.sentences.find((x) => x.start === sentenceStart)?.end ?? m.end)
    const near = (o: Mention) => m.value >= o.value / 2 && m.value <= o.value * 2 && !SINCE.test(field.text.slice(sentenceStart, m.start)) && !OTHER_TIME.test(sentenceText) && !COMPARISON.test(sentenceText)
    const titled = (o: Mention) => title.some((t) => t.noun === o.noun && t.second === o.second && same(t.value, o.value))
    // Not another set said to be one ("Selain itu, … dua posko banjir di bantaran lain"), nor one narrowed to a scope of its own.
    const sentenceAt = (at: number) => field.sentences.find((y) => y.start <= at && at < y.end)
    const ownSentence = (o: Mention) => {
      const x = sentenceAt(o.start)
      return x ? field.text.slice(x.start, x.end) : o.excerpt
    }
    const another = ANOTHER_SET.test(sentenceText)
    const alike = (o: Mention) =>
      near(o) && !another && !narrowed(field.text, sentenceAt, m, wordsOf(ownSentence(o))) &&
      (sameFrame(field, o, m) || (o.second !== undefined && o.second === m.second && titled(o)))
    const sameEvent = !whole && lead.some((o) => o.noun === m.noun && confirmed(o) && (sharesVerb(field, o, m) || alike(o)))
    if (!whole && !sameEvent && m.value < 100 && !slipped) continue
    if (m.coordinated && !earlier.some((o) => o.noun === m.noun && o.coordinated && reordered(o.value, m.value))) continue
    const paragraph = field.paragraphs.find((p) => p.start <= m.start && m.end <= p.end)
    if (paragraph && CAPTION.test(field.text.slice(paragraph.start, paragraph.end))) continue
    if (all.some((o) => o !== m && o.noun === m.noun && same(o.value, m.value))) continue
    const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
    if (!sentence) continue
    const text = field.text.slice(sentence.start, sentence.end)
    // A comparison or a target is another figure, unless the digits were swapped; only another time excuses those.
    // A count restated by the lead's verb is judged on its own clause ("Dengan 10 bus yang beroperasi, … ditargetkan …").
    const cut = field.text.slice(m.end, sentence.end).search(/[,;]/u)
    // Since round 19 so is the base of a breakdown: the words after its comma describe the parts ("dari 286 reklame yang
    // diturunkan, 41 di antaranya … sebelumnya pernah ditertibkan"), not the base's time.
    const clause = sameEvent || base ? field.text.slice(sentence.start, cut < 0 ? sentence.end : m.end + cut) : text
    // Since round 15 the whole framed and described by the lead's own verb ("menargetkan seluruh 220 guru yang dilatih …")
    // is the lead's set, whatever the sentence targets.
    const ownSet = WHOLE_BEFORE.test(field.text.slice(Math.max(0, m.start - 40), m.start)) && lead.some((o) => o.noun === m.noun && sharesVerb(field, o, m))
    if (slipped ? PAST.test(clause) : COMPARISON.test(clause) && !ownSet) continue
    // Since round 13: parts of the whole in one sentence ("300 pohon ditanam di barat dan 200 pohon lainnya di timur"
    // under 500): counts of the noun adding up to an earlier figure, or closed by the rest ("lainnya", "sisanya").
    const siblings = body.filter((o) => o.noun === m.noun && o.start >= sentence.start && o.end <= sentence.end)
    const siblingSum = siblings.reduce((sum, o) => sum + o.value, 0)
    if (siblings.length >= 2 && ([...title, ...lead].some((o) => same(o.value, siblingSum)) || /(?<![\p{L}])(?:lainnya|sisanya|selebihnya)(?![\p{L}])/iu.test(text))) continue
    // A part of a breakdown ("terdiri atas 120 pelaku UMKM kuliner dan 30 …"), not the total restated.
    // The base of a breakdown ("Dari 21 sekolah, tiga sekolah …") is no item of it.
    // Since round 15 a count with the lead's digits reordered, described by the lead's own verb, is the lead restated even after
    // "termasuk" ("membangun 130 biopori" … "termasuk 310 biopori yang selesai dibangun tahun ini").
    const restated = lead.some((o) => o.noun === m.noun && reordered(o.value, m.value) && sharesVerb(field, o, m))
    if (!restated && (BREAKDOWN_WORD.test(field.text.slice(sentence.start, m.start)) || (!base && body.some((o) => o !== m && o.noun === m.noun && listed(field.text, o, m))))) continue
    const right = earlier.find(
      (o) =>
        o.noun === m.noun &&
        (!o.approximate || slip(o)) &&
        (slip(o) ? o.coordinated === m.coordinated : !o.coordinated && !m.approximate && (confirmed(o) || base) && (slipOf(o.value, m.value) || framed || (sameEvent && (sharesVerb(field, o, m) || alike(o))))),
    )
    if (!right) continue
    // Since round 11 an earlier figure in a photo caption is the one reported: a caption is written from the story.
    if (inCaption(field, right)) {
      findings.push(mismatch(right, m, `keterangan foto menyebut "${right.excerpt}", sedangkan isi berita menyebut "${m.excerpt}"`))
      continue
    }
    // Since round 14 a later figure the article gives twice or more (the headline, another noun) against a lead figure
    // written once: the lead's is the slip ("Sebanyak 1.560 kursi" … "33 bus menampung 1.650 penumpang" … "1.650 kursi").
    const times = (v: number) => all.filter((o) => same(o.value, v)).length
    if (times(m.value) >= 2 && times(right.value) === 1) {
      findings.push(mismatch(right, m, `bagian lain berita menyebut "${m.excerpt}", sedangkan teras berita menyebut "${right.excerpt}"`))
      continue
    }
    const where = lead.includes(right) ? 'teras berita' : 'bagian sebelumnya'
    findings.push(mismatch(m, right, `${where} menyebut "${right.excerpt}", sedangkan bagian berikutnya menyebut "${m.excerpt}"`))
  }
  return findings
}


/**
 * A headline count that the body confirms elsewhere (a caption, a later paragraph) but the opening
 * paragraph gives differently: "40 Lansia …" and "Foto: … 40 lansia" over "Sebanyak 46 lansia
 * …" in the first paragraph. The opening count must have the headline's scope (`scoped`), and the
 * opening paragraph must not give the headline's figure as well (a contrast: "250 mendaftar, 200 hadir").
 */
export function openingAgainstTitle(field: PreparedField, body: Mention[], title: Mention[], outOfScope: (m: Mention) => boolean): Finding[] {
  const opening = openingOf(field)
  if (!opening) return []
  const inOpening = (m: Mention) => opening.start <= m.start && m.end <= opening.end
  const findings: Finding[] = []
  for (const t of title) {
    if (t.approximate || t.coordinated) continue
    const confirmed = body.some((o) => o.noun === t.noun && same(o.value, t.value) && !inOpening(o) && !o.approximate)
    if (!confirmed || body.some((o) => inOpening(o) && o.noun === t.noun && same(o.value, t.value))) continue
    for (const m of body) {
      if (!inOpening(m) || m.noun !== t.noun || m.approximate || m.coordinated || same(m.value, t.value)) continue
      if (body.some((o) => o !== m && o.noun === m.noun && listed(field.text, o, m)) || outOfScope(m)) continue
      if (findings.some((f) => f.start === m.start)) continue
      findings.push(mismatch(m, t, `judul dan bagian lain berita menyebut "${t.excerpt}", sedangkan paragraf pembuka menyebut "${m.excerpt}"`))
    }
  }
  return findings
}

/** A subset, a remainder or another time in the referring sentence: not the earlier set restated. */
