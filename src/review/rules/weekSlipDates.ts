import type { PreparedField } from '../prepareArticle'

/** A day and month found in a field (dateConsistency.ts). */
export interface DayOfMonth {
  day: number
  month: number
  start: number
  end: number
  /** The last day (month * 31 + day) of a span this date opens (`dateSpans.ts`). */
  until?: number
}

const WEEKDAY_BEFORE = /(?<![\p{L}])(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s*[–-]\s*(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu))?\s*[,(]?\s*(?:\d{1,2}\s*[–-]\s*)?$/u
/**
 * Another time or a series in the later sentence: a rehearsal, a registration, the next round, every week; since round
 * 19 the day something takes effect ("berlaku … mulai Senin (15/6)"), a step after the launch a week before; since round 22
 * a similar event scheduled ("Kerja bakti serupa dijadwalkan … Minggu (27/9)").
 */
const OTHER_TIME =
  /(?<![\p{L}])(?:sebelumnya|lalu|depan|mendatang|berikutnya|selanjutnya|persiapan|gladi|geladi|pendaftaran|rapat|tahap|gelombang|putaran|babak|kedua|ketiga|sejak|hingga|sampai|setiap|tiap|rutin|pekan|minggu\s+ini|mulai|berlaku|diberlakukan|efektif|serupa|dijadwalkan|direncanakan)(?![\p{L}])/iu
/** Words too common to tie two sentences to one event. */
const COMMON = new Set([
  'sebanyak', 'kelurahan', 'kecamatan', 'kemantren', 'pemerintah', 'masyarakat', 'kegiatan', 'yogyakarta', 'kabupaten', 'provinsi', 'mengikuti',
  'bersama', 'dengan', 'kepada', 'setelah', 'sebelum', 'tersebut', 'petugas', 'peserta', 'selama', 'sekitar', 'menjadi', 'merupakan', 'mengatakan',
  'menurut', 'sambutannya', 'dalam', 'sejumlah', 'berlangsung', 'digelar', 'dilaksanakan', 'diselenggarakan', 'menggelar', 'pemkot',
])
const CALENDAR = /^(?:senin|selasa|rabu|kamis|jumat|sabtu|minggu|januari|februari|maret|april|juni|juli|agustus|september|oktober|november|desember)$/u
const words = (text: string) => new Set((text.toLowerCase().match(/\p{L}{6,}/gu) ?? []).filter((w) => !COMMON.has(w) && !CALENDAR.test(w)))
const dayNumber = (d: DayOfMonth) => Date.UTC(2025, d.month - 1, d.day) / 86_400_000

/**
 * A later date written with its weekday exactly a week from a lead date also written with its
 * weekday, in a sentence naming a word of the lead date's sentence ("Lomba layang-layang …
 * Minggu (15/11)" … "Saat membuka lomba layang-layang pada Minggu (8/11)"): last week's date copied (round 15).
 * Not in a sentence of another time or of a series (`setiap`, `tahap`, `pekan depan`).
 */
export function weekSlips<T extends DayOfMonth>(field: PreparedField, later: T, lead: T[]): T | undefined {
  const text = field.text
  if (!WEEKDAY_BEFORE.test(text.slice(Math.max(0, later.start - 24), later.start))) return undefined
  const sentenceOf = (offset: number) => field.sentences.find((s) => s.start <= offset && offset < s.end)
  const own = sentenceOf(later.start)
  if (!own) return undefined
  const ownText = text.slice(own.start, own.end)
  if (OTHER_TIME.test(ownText)) return undefined
  const ownWords = words(ownText)
  return lead.find((o) => {
    if (Math.abs(dayNumber(o) - dayNumber(later)) !== 7) return false
    if (!WEEKDAY_BEFORE.test(text.slice(Math.max(0, o.start - 24), o.start))) return false
    const sentence = sentenceOf(o.start)
    return sentence !== undefined && [...words(text.slice(sentence.start, sentence.end))].some((w) => ownWords.has(w))
  })
}

/** Words closing an event before its date: "ditutup Senin, 10 Agustus", "hari terakhir kegiatan, 10 Agustus". */
const CLOSING = /(?<![\p{L}])(?:ditutup|berakhir|penutupan|hari\s+terakhir)(?![\p{L}])[^.!?\d]{0,60}$/iu
/** A date written as the close of a span: "hingga Minggu (11/10)", "sampai dengan 9 Agustus", "berakhir pada Jumat, 7 Agustus". */
const UNTIL_BEFORE = /(?<![\p{L}])(?:hingga|sampai(?:\s+dengan)?|berakhir(?:\s+pada)?)\s+(?:\p{Lu}\p{Ll}+\s*,?\s*)?\(?$/u
/** Deadlines of other things: a registration or a report closes on its own day. */
export const OTHER_CLOSE = /(?<![\p{L}])(?:pendaftaran|pengumpulan|pengajuan|pengiriman|laporan|batas|paling\s+lambat)(?![\p{L}])/iu

/**
 * The close of the lead's date range restated on another day (round 15): "pada 7-9 Agustus" …
 * "ditutup … pada 10 Agustus" — a date after closing words in its clause, up to a week after the
 * range's last day; not a registration or report deadline.
 */
export function closingSlips<T extends DayOfMonth>(field: PreparedField, later: T, lead: T[]): T | undefined {
  const before = field.text.slice(Math.max(0, later.start - 80), later.start)
  if (!CLOSING.test(before) || OTHER_CLOSE.test(before)) return undefined
  // A range gives two dates from one excerpt end: its last day is the later of the two sharing that end. Since round 21
  // also the last day of a span written as two dates, or a lead date written as a close ("berlangsung hingga Minggu (11/10)").
  const closes = (o: T) =>
    lead.some((p) => p !== o && ((p.end === o.end && dayNumber(p) < dayNumber(o)) || p.until === o.month * 31 + o.day)) ||
    UNTIL_BEFORE.test(field.text.slice(Math.max(0, o.start - 30), o.start))
  const ends = lead.filter(closes)
  return ends.find((o) => dayNumber(later) > dayNumber(o) && dayNumber(later) - dayNumber(o) <= 7)
}
