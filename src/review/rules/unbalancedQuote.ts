import type { Rule } from '../Rule'
import type { Finding } from '../types'

/** An opening quotation mark never closed in its paragraph, or a closing one never opened. */
export const unbalancedQuote: Rule = {
  id: 'unbalanced-quote',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      for (const problem of field.quoteProblems) {
        // Show the mark with the words around it so the writer can find it.
        const para = field.paragraphs.find((p) => p.start <= problem.start && problem.start < p.end)
        const start = problem.kind === 'unclosed' ? problem.start : Math.max(para?.start ?? 0, problem.start - 30)
        let end = problem.kind === 'unclosed' ? Math.min(para?.end ?? field.text.length, problem.end + 30) : problem.end
        // Do not cut a word in half.
        while (problem.kind === 'unclosed' && end < (para?.end ?? field.text.length) && /[\p{L}\p{N}]/u.test(field.text[end])) end++
        findings.push({
          rule: 'unbalanced-quote',
          category: 'accuracy',
          severity: 'warning',
          message:
            problem.kind === 'unclosed'
              ? 'Tanda petik pembuka tidak ditutup di paragraf ini. Tambahkan tanda petik penutup di akhir kutipan.'
              : 'Tanda petik penutup tanpa pembuka. Tambahkan tanda petik pembuka di awal kutipan atau hapus tanda ini.',
          field: field.field,
          start,
          end,
          excerpt: field.text.slice(start, end),
        })
      }
    }
    return findings
  },
}
