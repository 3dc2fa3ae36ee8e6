import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

const message = (excerpt: string) =>
  `Ajakan langsung kepada pembaca ("${excerpt}") bukan gaya berita. Tulis sebagai informasi: siapa dapat melakukan apa, kapan, di mana, dan caranya; atau kutip ajakan itu dari narasumber.`

/**
 * A headline that opens with an obligation or a prohibition aimed at the reader and ends it with
 * an exclamation mark ("Wajib Nonton!", "Harus Coba!", "Jangan Sampai Telat!"): an order to the
 * reader, whatever the verb. "Wajib Pajak Diimbau …" (no exclamation) is a noun phrase.
 */
const TITLE_IMPERATIVE = /(?<=^|[.!?:]\s+)(?:wajib|harus|jangan)(?:\s+[\p{L}-]+){1,2}\s*!/giu

/** Second-person calls to action in the writer's voice (lexicons/callToAction.json). */
export const callToAction: Rule = {
  id: 'call-to-action',
  category: 'neutrality',
  run: (article) => {
    const findings = phraseFindings(article, { rule: 'call-to-action', category: 'neutrality', list: 'callToAction', message })
    const title = patternFindings(article, { rule: 'call-to-action', category: 'neutrality', pattern: TITLE_IMPERATIVE, message: (excerpt) => message(excerpt.replace(/\s*!$/, '')) })
      .filter((f) => f.field === 'title' && !findings.some((g) => g.field === 'title' && g.start < f.end && f.start < g.end))
      .map((f) => ({ ...f, end: f.end - (f.excerpt.length - f.excerpt.replace(/\s*!$/, '').length), excerpt: f.excerpt.replace(/\s*!$/, '') }))
    return [...findings, ...title]
  },
}
