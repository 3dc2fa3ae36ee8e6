import type { Rule } from '../Rule'
import type { Finding } from '../types'

/** Exclamation marks in the writer's voice (inside a quotation only info). */
export const exclamation: Rule = {
  id: 'exclamation',
  category: 'neutrality',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      const { text, tokens } = field
      let t = 0
      for (const m of text.matchAll(/!+/g)) {
        while (t < tokens.length && tokens[t].end <= m.index) t++
        // Up to two words before the mark, within the sentence, so the excerpt can be found.
        let first = t
        for (let k = t - 1; k >= 0 && k >= t - 2; k--) {
          if (field.tokenSentence[k] !== field.tokenSentence[t - 1]) break
          first = k
        }
        const start = first < t ? tokens[first].start : m.index
        const end = m.index + m[0].length
        const inQuote = field.quotes.some((q) => q.innerStart <= m.index && m.index < q.end)
        findings.push({
          rule: 'exclamation',
          category: 'neutrality',
          severity: inQuote ? 'info' : 'warning',
          message: inQuote
            ? 'Tanda seru di dalam kutipan. Boleh dipertahankan bila memang ucapan narasumber.'
            : 'Tanda seru dalam suara penulis membuat berita terdengar emosional atau promosi. Ganti dengan titik.',
          field: field.field,
          start,
          end,
          excerpt: text.slice(start, end),
        })
      }
    }
    return findings
  },
}
