import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { registerBreakdown } from './completeBreakdowns'
import { type Figure, figures, lists } from './partFigures'

/** Words that rank a list or say it gives some of the parts: "terbanyak", "paling banyak", "antara lain", "di antaranya". */
const SOME = /(?<![\p{L}])(?:terbanyak|terbesar|tertinggi|paling\s+banyak|antara\s+lain|di\s+antaranya)(?![\p{L}])/iu
/** A sentence continuing a ranked list: "Berikutnya …", "Disusul …", "Selanjutnya …". */
const CONTINUES = /^\s*(?:berikutnya|disusul|selanjutnya|kemudian)(?![\p{L}])/iu
/** Another time or a running total: the list may count another set than the whole. */
const OTHER_SET = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|sejak|kumulatif|lainnya|tambahan|lagi)(?![\p{L}])/iu
const APPROXIMATE = /(?:sekitar|kurang\s+lebih|lebih\s+dari|hampir|sedikitnya|setidaknya|minimal|lebih)\s+$/iu

/**
 * Round 22: a ranked or partial list of counts (`terbanyak … 31 kasus. Berikutnya … 24 kasus, …, dan
 * ketenagakerjaan 9 kasus`; `antara lain …`) whose parts add up to more than the whole given before
 * (`96 konsultasi`): some of the parts cannot exceed all of them. The list may open in one sentence
 * and go on in the next; the whole counts the list's noun or is named in the list's first sentence,
 * and is the nearest such count before it, each part smaller; the excerpt runs over the list.
 */
export function rankedExcess(article: PreparedArticle): Finding[] {
  const body = article.fields.find((f) => f.field === 'body')
  const lead = article.fields.find((f) => f.field === 'lead')
  if (!body) return []
  const months = article.lexicon.months
  const findings: Finding[] = []
  for (const [index, sentence] of body.sentences.entries()) {
    const text = body.text.slice(sentence.start, sentence.end)
    if (!SOME.test(text) || OTHER_SET.test(text)) continue
    const own = figures(body, sentence.start, sentence.end, months).filter((f) => !f.money)
    const next = body.sentences[index + 1]
    const more = next && CONTINUES.test(body.text.slice(next.start, next.end)) ? figures(body, next.start, next.end, months).filter((f) => !f.money) : []
    if (more.length && OTHER_SET.test(body.text.slice(next.start, next.end))) continue
    const parts = partsOf(body, own, more)
    if (parts.length < 2) continue
    const sum = parts.reduce((s, p) => s + p.value, 0)
    const whole = wholeBefore(body, lead, parts, text, months)
    if (!whole || sum <= whole.value || sum > whole.value * 1.25) continue
    const start = parts[0].start
    const end = (parts.at(-1) as Figure).end
    const made: Finding = {
      rule: 'parts-total',
      category: 'accuracy',
      severity: 'warning',
      message: `Rincian melebihi jumlahnya: "${whole.excerpt}" (${whole.value.toLocaleString('id-ID')}), tetapi sebagian rinciannya saja (${parts.map((p) => `"${p.excerpt}"`).join(', ')}) sudah berjumlah ${sum.toLocaleString('id-ID')}. Periksa kembali angkanya.`,
      field: 'body',
      start,
      end,
      excerpt: body.text.slice(start, end),
    }
    registerBreakdown(made, whole, parts)
    findings.push(made)
  }
  return findings
}

/** The list: the sentence's own run of one noun, or its one count of that noun opening the next sentence's run. */
function partsOf(field: PreparedField, own: Figure[], more: Figure[]): Figure[] {
  const runs = lists(field, own)
  if (more.length === 0) return runs.length === 1 ? runs[0] : []
  const first = own.at(-1)
  const after = lists(field, more).find((r) => first && r[0].noun === first.noun)
  return first && after && runs.length === 0 ? [first, ...after] : []
}

function wholeBefore(field: PreparedField, lead: PreparedField | undefined, parts: Figure[], text: string, months: Map<string, number>): Figure | undefined {
  const noun = parts[0].noun
  const named = (f: Figure) => f.noun === noun || new RegExp(`(?<![\\p{L}])${f.noun}(?![\\p{L}])`, 'iu').test(text)
  const fits = (f: Figure, in_: PreparedField) => !f.money && f.noun !== '' && named(f) && parts.every((p) => p.value < f.value) && !APPROXIMATE.test(in_.text.slice(Math.max(0, f.start - 20), f.start))
  const before = figures(field, 0, parts[0].start, months).filter((f) => fits(f, field) && !parts.includes(f))
  const fromLead = lead ? figures(lead, 0, lead.text.length, months).filter((f) => fits(f, lead)) : []
  return before.at(-1) ?? fromLead.at(-1)
}
