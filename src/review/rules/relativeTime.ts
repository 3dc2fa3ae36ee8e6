import { findDateMentions } from '../findDateMentions'
import { NUMBER_WORD } from '../numberWords'
import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { PreparedField, Span } from '../prepareArticle'
import type { Rule } from '../Rule'
import { sentenceAt, voiceAt } from '../voiceAt'

/** A count of days or weeks back or ahead ("tiga hari lalu", "dua pekan lagi"): as relative as "kemarin". */
const COUNTED = new RegExp(
  `(?<![\\p{L}\\d])(?:\\d{1,2}|${NUMBER_WORD}|beberapa)\\s+(?:hari|pekan|minggu)\\s+(?:yang\\s+)?(?:lalu|lagi|silam|mendatang)(?![\\p{L}])`,
  'giu',
)

/**
 * A count before "hari ini", "malam ini" …: "pelatihan dua hari ini" is this two-day event, a length, not today (round 19).
 * Only when the count is its own word before the unit ("dua", "3", "beberapa").
 */
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\d])(?:\\d{1,2}|${NUMBER_WORD}|beberapa)\\s+$`, 'iu')
const countedSpan = (field: PreparedField, first: number): boolean =>
  /\sini$/iu.test(field.text.slice(field.tokens[first].start, field.tokens[first + 1]?.end ?? 0)) &&
  COUNT_BEFORE.test(field.text.slice(Math.max(0, field.tokens[first].start - 30), field.tokens[first].start))

/**
 * Round 23: "museum malam ini" is "this night museum" when the article names the thing "museum malam" elsewhere without a
 * time word after it ("tiket museum malam", "Sekolah malam itu"): the "ini" belongs to the compound, not to the day.
 */
const TIME_OF_DAY = new Set(['malam', 'pagi', 'siang', 'sore'])
const NOT_COMPOUND = new Set(['ini', 'nanti', 'tadi', 'hari', 'harinya'])
function namedCompound(fields: readonly PreparedField[], field: PreparedField, first: number): boolean {
  const unit = field.tokens[first].lower
  const noun = field.tokens[first - 1]
  if (!noun || !TIME_OF_DAY.has(unit) || field.tokenSentence[first - 1] !== field.tokenSentence[first] || !/^\p{L}{3,}$/u.test(noun.text)) return false
  return fields.some((g) =>
    g.tokens.some((t, j) => (g !== field || j !== first - 1) && t.lower === noun.lower && g.tokens[j + 1]?.lower === unit && !NOT_COMPOUND.has(g.tokens[j + 2]?.lower ?? '')),
  )
}

/** Relative time words (kemarin, besok, pekan depan …) with no absolute date in the same sentence. */
export const relativeTime: Rule = {
  id: 'relative-time',
  category: 'accuracy',
  run: (article) => {
    const mentions = new Map<PreparedField, Span[]>()
    /**
     * A date dates the relative word unless the two are the two ends of one range ("dibuka sejak
     * Kamis (1/10) hingga hari ini"): the date opens it, the relative word closes it.
     */
    const otherEnd = (field: PreparedField, span: Span, offset: number) =>
      span.end <= offset &&
      /(?<![\p{L}])(?:sejak|mulai|dari)\s+(?:\p{L}+,?\s+)?\(?$/iu.test(field.text.slice(Math.max(0, span.start - 25), span.start)) &&
      /(?<![\p{L}])(?:hingga|sampai|ditutup|berakhir|berakhir\s+pada)\s+$/iu.test(field.text.slice(Math.max(0, offset - 20), offset))
    const dated = (field: PreparedField, offset: number, self?: { start: number; end: number }, monthly = false) => {
      let spans = mentions.get(field)
      if (!spans) {
        spans = findDateMentions(field.text, article.lexicon)
        mentions.set(field, spans)
      }
      const index = sentenceAt(field, offset).index
      const sentence = field.sentences[index]
      // Up to the next sentence: a date after the last word ("kemarin, Senin (30/5).") belongs to
      // this sentence; one in the next sentence ("… besok. Hingga Jumat (16/10), …") does not.
      const next = field.sentences[index + 1]?.start ?? field.text.length
      // Since round 16 the relative phrase itself is no date ("Minggu depan, …": the weekday is read as "next week").
      // Since round 22 a month without a day ("hingga akhir Februari 2026") dates no day or week ("Patroli dimulai kemarin").
      return spans.some(
        (span) =>
          span.start < next &&
          span.end > sentence.start &&
          !otherEnd(field, span, offset) &&
          !(self && span.start >= self.start && span.end <= self.end) &&
          (monthly || !MONTH_ONLY.test(field.text.slice(span.start, span.end))),
      )
    }
    const counted = patternFindings(article, {
      rule: 'relative-time',
      category: 'accuracy',
      pattern: COUNTED,
      skip: (field, match) => dated(field, match.index ?? 0),
      message: (excerpt) => `Keterangan waktu relatif "${excerpt}" tanpa tanggal. Berita daring dibaca pada hari lain: sebutkan tanggalnya, misalnya "Senin (30/5)".`,
    })
    const phrases = phraseFindings(article, {
      rule: 'relative-time',
      category: 'accuracy',
      list: 'relativeTime',
      reportedSeverity: 'entry',
      skip: (field, match) =>
        countedSpan(field, match.first) ||
        namedCompound(article.fields, field, match.first) ||
        dated(field, field.tokens[match.first].start, { start: field.tokens[match.first].start, end: field.tokens[match.last - 1].end }, MONTH.test(field.text.slice(field.tokens[match.first].start, field.tokens[match.last - 1].end))) || counted.some((f) => f.field === field.field && f.start <= field.tokens[match.first].start && field.tokens[match.first].start < f.end),
      message: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" tanpa tanggal. Berita daring dibaca pada hari lain: tambahkan hari dan tanggal, misalnya "Senin (30/5)".`,
      quotedMessage: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" ada dalam ucapan narasumber. Pertimbangkan menambahkan tanggal di luar kutipan agar pembaca tahu harinya.`,
    })
    return [...counted, ...phrases.map((f) => (f.severity === 'info' && MONTH.test(f.excerpt) && writerVoice(article, f) ? { ...f, severity: 'warning' as const } : f))]
  },
}

/**
 * Round 22: a month named from the publication date in the writer's own words ("lomba tingkat DIY yang digelar bulan
 * depan") dates an event as loosely as "pekan depan": a warning. In a source's words it stays a hint.
 */
const MONTH = /^bulan\s+(?:depan|lalu)$/iu
/** A month and year with no day ("Februari 2026"): the date mentions' coarsest form. */
const MONTH_ONLY = /^\p{L}+\s+\d{4}$/u
const writerVoice = (article: Parameters<Rule['run']>[0], f: { field: string; start: number }) => {
  const field = article.fields.find((x) => x.field === f.field)
  return field !== undefined && voiceAt(field, f.start) === 'writer'
}
