/** A date as the rules compare it: a day and a month, the span it may open, where it stands. */
interface SpanDate {
  day: number
  month: number
  start: number
  end: number
  /** The last day (month * 31 + day) of a span this date opens. */
  until?: number
}

/**
 * What joins the two ends of a span of days written as two dates: "Senin (12/1/2026) hingga Sabtu
 * (17/1/2026)", "Senin, 1 Juni 2026, sampai dengan Jumat, 5 Juni 2026", "3 Agustus – 7 Agustus", "mulai 2 Maret s.d. Jumat, 6 Maret".
 */
const SPAN_JOIN = /^\s*(?:\d{4})?\s*\)?\s*,?\s*(?:[–—-]|hingga|sampai(?:\s+dengan)?|s\.\s?d\.?|s\/d)\s*(?:\p{L}+\s*,?\s*)?\(?\s*$/iu

const ordinal = (d: { day: number; month: number }) => d.month * 31 + d.day

/**
 * Since round 21 two dates joined as a span mark the first as opening it, so that a day between
 * them (a caption's "Selasa (13/1)" under "Senin (12/1) hingga Sabtu (17/1)") reads as a day of the event.
 */
export function withSpans<T extends SpanDate>(text: string, dates: T[]): T[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [a, b] = [dates[i], dates[i + 1]]
    if (a.until === undefined && ordinal(a) < ordinal(b) && ordinal(b) - ordinal(a) <= 62 && SPAN_JOIN.test(text.slice(a.end, b.start))) a.until = ordinal(b)
  }
  return dates
}

/** A date strictly inside the span another opens. */
export const insideSpan = (opening: SpanDate, d: { day: number; month: number }) =>
  opening.until !== undefined && ordinal(opening) < ordinal(d) && ordinal(d) < opening.until

/** A bare day coordinated before a dated one: "22 dan 23 Oktober", "20, 21, dan 22/8", "5 serta 6 Juni". */
const COORDINATED_DAY = /(?<![\p{N}.,])(\d{1,2})\s*(?:,\s*(?:dan\s+|serta\s+)?|\s(?:dan|serta)\s+)$/u

/**
 * Since round 21 the days written before a dated day and coordinated with it are dates of the same
 * month ("pada Kamis dan Jumat, 22 dan 23 Oktober 2026"): the offsets and days, nearest last.
 */
export function coordinatedDays(text: string, at: number, day: number): { day: number; start: number }[] {
  const days: { day: number; start: number }[] = []
  let end = at
  let last = day
  for (let m = COORDINATED_DAY.exec(text.slice(Math.max(0, end - 12), end)); m; m = COORDINATED_DAY.exec(text.slice(Math.max(0, end - 12), end))) {
    const d = Number(m[1])
    if (d < 1 || d >= last) break
    end -= m[0].length
    days.unshift({ day: d, start: end })
    last = d
  }
  return days
}
