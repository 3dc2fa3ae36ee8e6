import type { PreparedArticle } from '../prepareArticle'
import type { Finding } from '../types'

const WEEKDAY = /(?<![\p{L}])(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)(?:\s+(Pagi|Siang|Sore|Malam|Dini\s+Hari))?(?![\p{L}])/gu
/** A weekday with its date: "Kamis (10/12/2026)", "Minggu, 11 Oktober 2026". */
const DATED = /(?<![\p{L}])(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s*,?\s*\(?\s*\d{1,2}(?:\s*\/\s*\d{1,2}|\s+\p{Lu}\p{Ll}+)/gu
/** A habit ("Setiap Kamis") dates no event. */
const HABIT = /(?<![\p{L}])(?:setiap|tiap)\s+$/iu

/**
 * Since round 23 a weekday in the headline, with no date, that the opening paragraph (the lead, else the body's first
 * paragraph) dates otherwise: "Angin Kencang Rabu Sore Tumbangkan Pohon" over "… pada Kamis (10/12/2026) sore". Only
 * when the headline names one weekday, lead and body never name it (a programme, `Jumat Bersih`, a later day), and the
 * opening dates a weekday; "Minggu" counts only with a time of day (else it is a week), a habit (`Setiap Kamis`) none.
 */
export function titleWeekdays(article: PreparedArticle): Finding[] {
  const title = article.fields.find((f) => f.field === 'title')
  const lead = article.fields.find((f) => f.field === 'lead' && f.text.trim())
  const body = article.fields.find((f) => f.field === 'body')
  if (!title || !body) return []
  const named = [...title.text.matchAll(WEEKDAY)].filter((m) => (m[1] !== 'Minggu' || m[2]) && !HABIT.test(title.text.slice(0, m.index)))
  if (named.length !== 1 || [...title.text.matchAll(WEEKDAY)].length !== 1) return []
  const [m] = named
  const rest = `${lead?.text ?? ''}\n${body.text}`
  if (new RegExp(`(?<![\\p{L}])${m[1]}(?![\\p{L}])`, 'iu').test(rest)) return []
  const opening = lead ? lead.text : body.text.slice(0, body.paragraphs.find((p) => !/^\s*(?:Foto|Gambar)\b/u.test(body.text.slice(p.start, p.end)))?.end ?? 0)
  const dated = [...opening.matchAll(DATED)]
  if (dated.length === 0) return []
  return [
    {
      rule: 'date-consistency',
      category: 'accuracy',
      severity: 'warning',
      message: `Hari tidak konsisten: judul menyebut "${m[0]}", sedangkan ${lead ? 'teras berita' : 'isi berita'} menyebut "${dated[0][0].replace(/\s*\($/u, '')}". Samakan harinya.`,
      field: 'title',
      start: m.index,
      end: m.index + m[0].length,
      excerpt: m[0],
      suggestion: dated[0][1],
    },
  ]
}
