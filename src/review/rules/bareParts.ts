import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { ListedBreakdown } from './listedParts'
import { matchSentences } from './measureParts'
import { type Figure, figures, lists, PARTIAL } from './partFigures'

/**
 * A bare figure closing a list item, its noun left out: "berjumlah empat,", "Kemantren Jetis 35,", "dan SD Negeri Sapen
 * dua," — a comma, a stop or the end after it, no word.
 */
const BARE = new RegExp(`(?<![\\p{L}\\p{N}.,/-])(?:(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?![.,]?\\d)|(${NUMBER_WORD}))(?=\\s*(?:[,.;]|$))(?![.,]\\d)`, 'giu')
/** A digit after a label or an acronym names a school, a neighbourhood or a stage ("SMP Negeri 5", "RW 03"), it counts nothing. */
const NAME_BEFORE = /(?:(?<![\p{L}])(?:Negeri|Pos|Blok|No\.?|Nomor|Kelas|Lantai|Jalur|Zona|Gang|Tahap|Babak|Pasal|Ruang)|\p{Lu}{2,}|\p{Lu}\p{Ll}*\p{Lu}\p{L}*)\s+$/u
/** Amounts for each unit: no parts of a whole. */
const UNIT = /(?<![\p{L}])(?:masing-masing|per|setiap|tiap|rata-rata)(?![\p{L}])/iu

/** The bare figures of a list closing right before `to`, the noun named before the first. */
function bareList(field: PreparedField, from: number, to: number, total: Figure, months: Map<string, number>): Figure[] | undefined {
  const text = field.text.slice(from, to)
  if (UNIT.test(text) || PARTIAL.test(text)) return undefined
  const bare: Figure[] = []
  for (const m of text.matchAll(BARE)) {
    if (m[1] && (/^(?:19|20)\d\d$/.test(m[1]) || NAME_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index)))) continue
    const value = m[1] ? parseNumber(m[1]) : parseNumberWords(m[2])
    if (Number.isFinite(value)) bare.push({ value, money: false, noun: total.noun, start: from + m.index, end: from + m.index + m[0].length, excerpt: m[0] })
  }
  const list = lists(field, bare).pop()
  if (!list || list.length < 2 || list.at(-1) !== bare.at(-1) || figures(field, list[list.length - 1].end, to, months).length > 0) return undefined
  const named = new RegExp(`(?<![\\p{L}])${total.noun}(?![\\p{L}])`, 'iu').test(field.text.slice(from, list[0].start))
  return named ? list : undefined
}

/**
 * Since round 23 a total after parts written as bare figures after their labels, the noun named once before them by
 * the subject ("Ruang kelas yang diperbaiki di SD Negeri Gedongkiwo berjumlah empat, SD Negeri Suryowijayan tiga, …
 * dengan total 15 ruang kelas"; "Peserta dari Kemantren Jetis sebanyak 40, Kemantren Tegalrejo 35, …"). The total is
 * the first count within six words after a total word; the list closes right before that word, in its sentence or
 * else in the sentence before; not per unit, some parts or a target; the sum within two thirds to one and a half.
 */
export function bareListsAfterTotal(field: PreparedField, totalWord: RegExp, compared: RegExp, months: Map<string, number>): ListedBreakdown[] {
  const found: ListedBreakdown[] = []
  for (const { m, sentence, previous } of matchSentences(field, totalWord)) {
    const total = figures(field, m.index + m[0].length, Math.min(sentence.end, m.index + m[0].length + 60), months)[0]
    if (!total || total.money || /\d/.test(field.text.slice(m.index, total.start)) || compared.test(field.text.slice(m.index, total.start))) continue
    const parts = bareList(field, sentence.start, m.index, total, months) ?? (previous ? bareList(field, previous.start, m.index, total, months) : undefined)
    if (!parts || parts.some((p) => p.value >= total.value)) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    if (sum === total.value || sum < (total.value * 2) / 3 || sum > total.value * 1.5) continue
    if (!found.some((b) => b.total.start === total.start)) found.push({ total, parts, sum })
  }
  return found
}
