import type { CompiledLexicon } from '../compileLexicon'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'
import { CAPTION } from './countMentions'
import { coordinatedDays, insideSpan, withSpans } from './dateSpans'
import { closingSlips, OTHER_CLOSE, weekSlips } from './weekSlipDates'
import { titleWeekdays } from './titleWeekdays'
import { weekdayDate } from './weekdayDate'

interface DayMonth {
  field: ArticleField
  day: number
  month: number
  start: number
  end: number
  excerpt: string
  /** The last day (month * 31 + day) of a span this date opens ("13-15/10", "Senin (12/1) hingga Sabtu (17/1)"). */
  until?: number
  /** A bare day coordinated before a dated one ("22" of "22 dan 23 Oktober"): compared against, not reported. */
  listed?: boolean
}

const MONTH_NAMES = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember']
const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }
const patternCache = new WeakMap<CompiledLexicon, RegExp>()

function pattern(lexicon: CompiledLexicon): RegExp {
  let re = patternCache.get(lexicon)
  if (!re) {
    re = new RegExp(
      `(?<![\\p{L}\\p{N}/.])(?:(?<d1>\\d{1,2})\\s*/\\s*(?<m1>\\d{1,2})(?:\\s*/\\s*\\d{2,4})?(?![\\p{N}/])|(?<d2>\\d{1,2})\\s+(?<m2>${lexicon.monthPattern})(?![\\p{L}]))`,
      'giu',
    )
    patternCache.set(lexicon, re)
  }
  re.lastIndex = 0
  return re
}

function dates(field: PreparedField, lexicon: CompiledLexicon): DayMonth[] {
  const found: DayMonth[] = []
  for (const m of field.text.matchAll(pattern(lexicon))) {
    const g = m.groups ?? {}
    const day = Number(g.d1 ?? g.d2)
    const month = g.m1 ? Number(g.m1) : (lexicon.months.get(g.m2.toLowerCase()) ?? 0)
    if (day < 1 || day > 31 || month < 1 || month > 12) continue
    // Since round 15 the first day of a range ("(14–15/11/2026)", "7-9 Agustus", "3 hingga 8 Agustus") is a date of the event too.
    const range = /(?<![\p{N}])(\d{1,2})\s*(?:[–-]|hingga|sampai|s\.d\.?)\s*$/u.exec(field.text.slice(Math.max(0, m.index - 12), m.index))
    if (range && Number(range[1]) >= 1 && Number(range[1]) < day) {
      const start = m.index - range[0].length
      found.push({ field: field.field, day: Number(range[1]), month, start, end: m.index + m[0].length, excerpt: field.text.slice(start, m.index + m[0].length), until: month * 31 + day })
    }
    for (const c of range ? [] : coordinatedDays(field.text, m.index, day)) {
      found.push({ field: field.field, day: c.day, month, start: c.start, end: m.index + m[0].length, excerpt: field.text.slice(c.start, m.index + m[0].length), listed: true })
    }
    found.push({ field: field.field, day, month, start: m.index, end: m.index + m[0].length, excerpt: m[0] })
  }
  return withSpans(field.text, found)
}

/** What a date is to its event, from the words just before it: a start, an end, or neither. */
type Role = 'start' | 'end' | null
/** Since round 10 the start named as a noun: "sejak awal pekerjaan pada Senin (1/6)", "hari pertama kegiatan pada …". */
// Since round 17 also in apposition after a comma ("sejak hari pertama pendaftaran, 9 Juni").
const START_NOUN = '(?:sejak\\s+)?(?:awal|permulaan|hari\\s+pertama|dimulainya)(?:\\s+\\p{L}+){0,2}(?:\\s+(?:pada|tanggal)(?:\\s+\\p{L}+,?)?|,)\\s*\\(?$'
const START = new RegExp(`(?:^|[^\\p{L}])(?:(?:mulai|dimulai|dibuka|sejak|diawali)(?:\\s+(?:pada|sejak|mulai|tanggal))?(?:\\s+\\p{L}+,?)?\\s*\\(?$|${START_NOUN})`, 'iu')
const END = /(?:^|[^\p{L}])(?:hingga|sampai|berakhir|ditutup|usai|selesai)(?:\s+(?:pada|dengan|tanggal))?(?:\s+\p{L}+,?)?\s*\(?$/iu
const REGISTRATION = /(?<![\p{L}])(?:pendaftaran|registrasi|pendaftar|mendaftar)(?![\p{L}])/iu
const sentenceText = (field: PreparedField, offset: number) => {
  const s = field.sentences.find((x) => x.start <= offset && offset < x.end)
  return s ? field.text.slice(s.start, s.end) : ''
}
/** Verbs that restate an event's start or end ("yang berakhir pada …", "dimulai … itu"). */
const RESTATING_VERB = new RegExp(`(?:^|[^\\p{L}])(?:(?:dimulai|dibuka|berakhir|ditutup)(?:\\s+(?:pada|tanggal))?(?:\\s+\\p{L}+,?)?\\s*\\(?$|${START_NOUN})`, 'iu')
/**
 * Since round 23 the first day named with words between it and its date ("dibuka pertama kali di halaman … pada"), not of
 * a later stage: against the lead's start, which is reported (the first day with its place and hour is the detailed account).
 */
const FIRST_DAY = /(?<![\p{L}])(?:(?:dibuka|dimulai|digelar|dilaksanakan|berlangsung)\s+(?:untuk\s+)?(?:pertama\s+kali|perdana)|(?:pertama\s+kali|perdana)\s+(?:dibuka|dimulai|digelar|dilaksanakan))(?![\p{L}])(?:[^.;!?]|\.(?=\d)){0,80}$/iu
const LATER_STAGE = /(?<![\p{L}])(?:tahap|gelombang|berikutnya|lanjutan|kedua|ketiga)(?![\p{L}])/iu
function roleOf(text: string, start: number): Role {
  const before = text.slice(Math.max(0, start - 40), start)
  return START.test(before) ? 'start' : END.test(before) ? 'end' : null
}
/** A date followed by a demonstrative ("kegiatan 18 November itu", "pada Jumat, 6 November 2026 itu"; since round 14 also after a part of the day, "9 Mei malam itu"): a reference back. */
const ANAPHORIC = /^(?:\s+\d{4})?\)?(?:\s+(?:pagi|siang|sore|malam|petang|subuh|dini\s+hari))?\s+(?:itu|tersebut)(?![\p{L}])/iu

/** Capitalised words that name no particular place: weekdays and months, the city every article names, kinds of place. */
const CALENDAR_WORDS = /^(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember)$/u
const CAPTION_WORDS = new Set([
  'foto', 'kota', 'yogyakarta', 'kabupaten', 'provinsi', 'pemkot', 'pemerintah', 'petugas', 'warga', 'dinas', 'kepala', 'wali', 'kampung', 'kelurahan',
  'kemantren', 'kecamatan', 'jalan', 'pasar', 'desa', 'dusun', 'gedung', 'balai', 'taman', 'sungai', 'lapangan', 'stadion',
])
/** Words between an event verb and its date: "digelar pada Senin (12/10)", "dibuka hari Sabtu, 14 November". */
const DATE_FRAME = /(?:\s*(?:[(,]|pada|hari|tanggal|\p{Lu}\p{Ll}+))*\s*$/u
/**
 * The root of the event verb right before a date ("menggelar"/"digelar" → "gelar", "diluncurkan" →
 * "luncur"): the verb of an event, with its voice prefix and -kan/-i suffix removed; at least four
 * letters and not a time or place word.
 */
function eventRoot(text: string, start: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start)
  const frame = DATE_FRAME.exec(before)
  const head = before.slice(0, frame ? frame.index : before.length)
  // Since round 10 the verb may have its object after it ("menutup pameran batik, Jumat (13/11)"): the
  // nearest of the last three words that is an event verb, or an event noun in pe(N)-…-an
  // ("pembukaan", "penutupan", "pelaksanaan").
  const words = /(?:\p{L}+\s+){0,2}\p{L}+\s*$/u.exec(head)?.[0].trim().toLowerCase().split(/\s+/).reverse() ?? []
  for (const word of words) {
    const noun = /^pe(?:ng|ny|m|n|r)?\p{Ll}{3,}an$/u.test(word)
    if (!noun && !/^(?:di|me|ber|ter)\p{Ll}{3,}/u.test(word)) continue
    const root = noun ? word.replace(/^pe(?:ng|ny|m|n|r)?/u, '').replace(/an$/u, '') : word.replace(/^(?:meng|meny|mem|men|me|di|ber|ter)/u, '').replace(/(?:kan|i)$/u, '')
    if (root.length >= 4) return root
  }
  return null
}
/** Two roots of one verb, the nasal prefix having taken the root's first consonant ("menutup" → "utup", "ditutup" → "tutup"). */
const sameRoot = (a: string | null, b: string | null) => a !== null && b !== null && (a === b || a.slice(1) === b || b.slice(1) === a)
/** Words a caption shares with any sentence: they say nothing about which event it shows. */
const COMMON_CAPTION_WORDS = new Set(['kegiatan', 'acara', 'suasana', 'sejumlah', 'peserta', 'petugas', 'mengikuti', 'tersebut', 'sedang', 'ketika', 'bersama', 'dengan', 'dalam', 'kepada', 'setelah', 'sebelum'])
/** Lower-case words of six or more letters that may name an event ("lomba" is short, "festival", "pembukaan" are not). */
const eventWords = (text: string) => new Set((text.match(/(?<![\p{L}])\p{Ll}{6,}/gu) ?? []).filter((w) => !COMMON_CAPTION_WORDS.has(w)))

/** An original plan, not what happened: "semula", "awalnya", "sedianya", "rencana awal". */
const ORIGINAL_PLAN = /(?<![\p{L}])(?:semula|awalnya|mulanya|sedianya|rencana\s+awal(?:nya)?)(?![\p{L}])/iu
/**
 * A caption's scene after the event: "setelah genangan", "usai kebakaran", "pascabanjir"; since round 21
 * also what the event left ("lumpur sisa luapan", "puing rumah", "reruntuhan talud", "dampak angin kencang").
 */
const AFTER_EVENT = /(?<![\p{L}])(?:setelah|sesudah|usai|seusai|pasca-?\p{L}*|sisa|puing(?:-puing)?|reruntuhan|dampak)(?![\p{L}])/iu
/** Since round 22 a caption's scene before the event: a trial run, a rehearsal, the preparations ("saat uji coba, Senin (29/6)"). */
const BEFORE_EVENT = /(?<![\p{L}])(?:uji\s+coba|ujicoba|gladi|geladi|persiapan|jelang|menjelang)(?![\p{L}])/iu
/** The part of the day written right after a date: "(15/10/2026) malam". */
const PART_AFTER = /^(?:\s*\d{4})?\)?\s+(pagi|siang|sore|malam|dini\s+hari)(?![\p{L}])/iu
const partAfter = (text: string, end: number) => PART_AFTER.exec(text.slice(end, end + 20))?.[1].toLowerCase().replace(/\s+/g, ' ') ?? null
/** The part of the day of a clock time just before a date: "pukul 21.15 WIB pada Rabu (" → malam. */
function clockPartBefore(text: string, start: number): string | null {
  const clock = /pukul\s+(\d{1,2})[.:]\d{2}(?:\s+WI[BTA])?(?:\s+\p{L}+){0,3}[\s,(]*$/iu.exec(text.slice(Math.max(0, start - 50), start))
  if (!clock) return null
  const hour = Number(clock[1])
  return hour < 4 ? 'dini hari' : hour < 10 ? 'pagi' : hour < 15 ? 'siang' : hour < 18 ? 'sore' : hour <= 24 ? 'malam' : null
}

/**
 * A later paragraph that refers back to the lead's event with a different date: a date with a
 * demonstrative ("Dalam kegiatan 18 November itu", "penanaman pada Jumat, 6 November 2026 itu"),
 * or an event's start or end restated with a verb ("periode yang berakhir pada 9 Oktober") against
 * the lead's start or end ("hingga 2 Oktober"), or a date after the same event verb as a lead date
 * ("menggelar … pada Sabtu (14/11)" / "digelar Minggu (15/11)") up to a week off, or a photo caption
 * naming a place of the lead date's sentence with a date up to a week off. The lead is the lead field, or else the body's
 * first paragraph. A date given anywhere before the restatement is not a disagreement.
 */
function restatedDates(field: PreparedField, body: DayMonth[], leadField: DayMonth[]): Finding[] {
  const firstEnd = field.paragraphs[0]?.end ?? 0
  const lead = leadField.length ? leadField : body.filter((d) => d.end <= firstEnd)
  if (lead.length === 0) return []
  const findings: Finding[] = []
  const distance = (a: DayMonth, b: DayMonth) => Math.abs((a.month - b.month) * 31 + a.day - b.day)
  for (const d of body) {
    if (d.listed || d.start < (leadField.length ? 0 : firstEnd)) continue
    const earlier = [...lead, ...body.filter((o) => o.end <= d.start)]
    if (earlier.some((o) => o.day === d.day && o.month === d.month)) continue
    const after = field.text.slice(d.end, d.end + 24)
    const role = roleOf(field.text, d.start)
    // Since round 21 a day inside a span given before ("Foto: …, Selasa (13/1)" under "Senin (12/1) hingga Sabtu (17/1)") is a day of the event.
    if (role === null && earlier.some((o) => insideSpan(o, d))) continue
    let against: DayMonth[] = []
    // Since round 20 the date of an original plan ("yang semula dijadwalkan selesai pada 19 Juni itu") is another date.
    const sentenceStart = field.sentences.find((x) => x.start <= d.start && d.start < x.end)?.start ?? d.start
    if (ORIGINAL_PLAN.test(field.text.slice(sentenceStart, d.start))) continue
    // Since round 22 the opening of a run the lead dates a later day of ("Turnamen yang berlangsung sejak 11 April itu" under the
    // final on 26/4), when the lead gives no start of its own.
    const opensRun = role === 'start' && !lead.some((o) => o.field === 'body' && roleOf(field.text, o.start) === 'start') && lead.every((o) => o.month * 31 + o.day > d.month * 31 + d.day)
    if (ANAPHORIC.test(after) && !opensRun) {
      const sameRole = role ? lead.filter((o) => o.field === 'body' && roleOf(field.text, o.start) === role) : []
      against = sameRole.length ? sameRole : lead
    }
    // Since round 15 not the close of a registration or a report deadline ("Pendaftaran ditutup pada …"); since round 17 only a
    // close is excused so (the first day of a registration restated is compared with the registration's opening).
    const firstDay = role === null && FIRST_DAY.test(field.text.slice(sentenceStart, d.start)) && !LATER_STAGE.test(sentenceText(field, d.start))
    if (against.length === 0 && (firstDay || (role && RESTATING_VERB.test(field.text.slice(Math.max(0, d.start - 40), d.start)) && !(role === 'end' && OTHER_CLOSE.test(field.text.slice(Math.max(0, d.start - 60), d.start)))))) {
      // Round 16: a registration's dates and the event's own are two events ("Warga bisa mendaftar sejak …" / "Kursus
      // perdana dibuka pada …"): only dates of sentences alike in this are compared.
      const registration = (offset: number) => REGISTRATION.test(sentenceText(field, offset))
      against = lead.filter((o) => o.field === 'body' && roleOf(field.text, o.start) === (firstDay ? 'start' : role) && registration(o.start) === registration(d.start))
    }
    // The same event verb before both dates ("menggelar … pada Senin (12/10)" / "digelar Selasa (13/10)"),
    // against the body's lead paragraph (a lead field is compared with the whole body already).
    if (against.length === 0) {
      const root = eventRoot(field.text, d.start)
      if (root) against = lead.filter((o) => o.field === 'body' && sameRoot(eventRoot(field.text, o.start), root) && distance(o, d) <= 7)
    }
    // A photo caption of the lead's event ("Foto: … kebakaran … di Kampung Jlagran, Kamis (15/10)") dated
    // differently: the caption names a place of the lead date's sentence.
    if (against.length === 0) {
      const para = field.paragraphs.find((p) => p.start <= d.start && d.end <= p.end)
      const caption = para ? field.text.slice(para.start, para.end) : ''
      // Since round 15 a caption the day after an evening event, with no part of the day, shows its aftermath ("… banjir … Jumat (13/2) malam" / "Foto: Relawan membersihkan lumpur …, Sabtu (14/2)").
      const dayAfter = (o: DayMonth) => d.day + d.month * 31 - (o.day + o.month * 31)
      // Since round 20 also a caption saying its scene comes after the event ("setelah genangan", "usai banjir", "pascakebakaran"),
      // dated up to a week after the lead's date.
      const aftermath = (o: DayMonth) =>
        (dayAfter(o) === 1 && partAfter(field.text, o.end) === 'malam' && partAfter(field.text, d.end) === null) ||
        (dayAfter(o) >= 1 && dayAfter(o) <= 7 && AFTER_EVENT.test(caption)) ||
        (dayAfter(o) <= -1 && dayAfter(o) >= -7 && BEFORE_EVENT.test(caption))
      if (CAPTION.test(caption) && !lead.some(aftermath)) {
        const names = (text: string) => new Set((text.match(/(?<![\p{L}])\p{Lu}\p{Ll}{3,}/gu) ?? []).filter((w) => !CALENDAR_WORDS.test(w) && !CAPTION_WORDS.has(w.toLowerCase())))
        const captionNames = names(caption)
        against = lead.filter((o) => {
          if (o.field !== 'body' || distance(o, d) > 7) return false
          const sentence = field.sentences.find((x) => x.start <= o.start && o.start < x.end)
          if (sentence === undefined) return false
          const text = field.text.slice(sentence.start, sentence.end)
          // Since round 10 an event word the two share ("festival", "pembukaan") also ties the caption to the lead's event.
          const words = eventWords(caption)
          return [...names(text)].some((w) => captionNames.has(w)) || [...eventWords(text)].some((w) => words.has(w))
        })
      }
    }
    // Since round 13: the lead's event dated with a part of the day ("Kamis (15/10) malam") and a later
    // date one day off with a clock time in that part of the day ("pukul 21.15 WIB pada Rabu (14/10)").
    if (against.length === 0) {
      const part = clockPartBefore(field.text, d.start)
      if (part) against = lead.filter((o) => o.field === 'body' && distance(o, d) === 1 && partAfter(field.text, o.end) === part)
    }
    // Since round 15: the lead's weekday a week off, in a sentence naming the lead's event; the close of the
    // lead's range restated on another day.
    if (against.length === 0) {
      const week = weekSlips(field, d, lead.filter((o) => o.field === 'body')) ?? closingSlips(field, d, lead)
      if (week) against = [week]
    }
    if (against.length === 0) continue
    const nearest = against.reduce((best, o) => (distance(o, d) < distance(best, d) ? o : best))
    if (distance(nearest, d) > 45) continue
    const [wrong, right] = firstDay ? [nearest, d] : [d, nearest]
    findings.push({
      rule: 'date-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Tanggal tidak konsisten: dua kalimat merujuk ke kegiatan yang sama, tetapi yang satu menyebut "${wrong.excerpt}", sedangkan yang lain menyebut "${right.excerpt}". Samakan tanggalnya.`,
      field: 'body',
      start: wrong.start,
      end: wrong.end,
      excerpt: wrong.excerpt,
      suggestion: `${right.day} ${MONTH_NAMES[right.month - 1]}`,
    })
  }
  return findings
}

/**
 * A date in the title or lead that the body never gives, while the body dates the event
 * differently within six weeks ("Digelar 18 Februari" over a body saying "Kamis (19/2/2026)").
 */
export const dateConsistency: Rule = {
  id: 'date-consistency',
  category: 'accuracy',
  run: (article) => {
    const byField = new Map(article.fields.map((f) => [f.field, dates(f, article.lexicon)] as const))
    const body = byField.get('body') ?? []
    const findings: Finding[] = []
    const check = (head: DayMonth, others: DayMonth[]) => {
      if (head.listed) return
      if (others.length === 0 || others.some((o) => (o.month === head.month && o.day === head.day) || insideSpan(o, head))) return
      const distance = (o: DayMonth) => Math.abs((o.month - head.month) * 31 + o.day - head.day)
      const nearest = others.reduce((best, o) => (distance(o) < distance(best) ? o : best))
      // A body that only dates other months (a deadline, a past event) says nothing about this date.
      if (distance(nearest) > 45) return
      findings.push({
        rule: 'date-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Tanggal tidak konsisten: ${FIELD_NAMES[head.field]} menyebut "${head.excerpt}", sedangkan ${FIELD_NAMES[nearest.field]} menyebut "${nearest.excerpt}". Samakan tanggalnya.`,
        field: head.field,
        start: head.start,
        end: head.end,
        excerpt: head.excerpt,
        suggestion: `${nearest.day} ${MONTH_NAMES[nearest.month - 1]}`,
      })
    }
    for (const head of byField.get('title') ?? []) check(head, [...(byField.get('lead') ?? []), ...body])
    for (const head of byField.get('lead') ?? []) check(head, body)
    const bodyField = article.fields.find((f) => f.field === 'body')
    if (bodyField) findings.push(...restatedDates(bodyField, body, byField.get('lead') ?? []))
    // Since round 23 a headline weekday the opening dates otherwise (`titleWeekdays.ts`).
    findings.push(...titleWeekdays(article))
    // Since round 19 a date its own weekday contradicts ("Minggu (30/5/2026)" under "Minggu (31/5/2026)") is one slip,
    // reported by weekday-date with the weekday as evidence; a second finding on it would count it twice.
    const slips = weekdayDate.run(article)
    return findings.filter((f) => !slips.some((w) => w.field === f.field && w.start <= f.start && f.end <= w.end))
  },
}
