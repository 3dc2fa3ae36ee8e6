import type { PreparedField } from '../prepareArticle'
import { type Mention, same } from './countMentions'

/**
 * Round 16: counts of any noun earlier in the sentence whose last ones add up to the count — the total of the list
 * before it ("10 emas, 6 perak, serta 9 perunggu, sehingga totalnya 25 medali"), a set of its own.
 */
export /** Counts of any noun earlier in the sentence whose last ones add up to the count (the total of the list before it). */
function closesOwnBreakdown(field: PreparedField, body: Mention[], m: Mention): boolean {
  const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
  if (!sentence) return false
  const before = body.filter((o) => o.start >= sentence.start && o.end <= m.start)
  let sum = 0
  for (let i = before.length - 1; i >= 0; i--) {
    sum += before[i].value
    if (i < before.length - 1 && same(sum, m.value)) return true
  }
  return false
}

/** The verb right before a count and up to four words before it, within the sentence: "Lomba (tahun ini) diikuti 16 …". */
function frame(field: PreparedField, m: Mention): { verb: string; subject: string[] } | undefined {
  const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
  if (!sentence) return undefined
  const words = field.text.slice(sentence.start, m.start).split(/[,;]/).pop()?.toLowerCase().match(/\p{L}+/gu) ?? []
  const verb = words.at(-1)
  if (!verb || !/^(?:di|me|ber)\p{L}{3,}$/u.test(verb)) return undefined
  return { verb, subject: words.slice(-6, -1).filter((w) => w.length >= 4) }
}

/**
 * Round 16: two counts of one noun after the same verb with a shared subject word in their clauses ("Lomba diikuti 14
 * gerobak" … "menyebut lomba kali ini diikuti 17 gerobak"): the same count of the same event.
 */
export function sameFrame(field: PreparedField, a: Mention, b: Mention): boolean {
  const x = frame(field, a)
  const y = frame(field, b)
  return x !== undefined && y !== undefined && x.verb === y.verb && x.subject.some((w) => y.subject.includes(w))
}
