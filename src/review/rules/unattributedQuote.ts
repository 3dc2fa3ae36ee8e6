import type { Rule } from '../Rule'
import type { Finding } from '../types'

const MAX_EXCERPT = 80
const MAX_SENTENCE = 200

/** The line before a quote is a question outside quotation marks ("Berapa harga satu blangkon?"). */
const QUESTION_BEFORE = /(?:^|\n)[^"“”\n]*\?\s*$/u

/**
 * A direct quote with no speaker and speech verb in or next to its paragraph. Since round 17 not the
 * answers of a question-and-answer interview: quotes each right after a question line, two or more in
 * the field; the interviewee is named once, as the format has it.
 */
export const unattributedQuote: Rule = {
  id: 'unattributed-quote',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      const answers = field.quotes.filter((q) => QUESTION_BEFORE.test(field.text.slice(Math.max(0, q.start - 200), q.start)))
      for (const quote of field.quotes) {
        if (!quote.direct || quote.attributed || (answers.length >= 2 && answers.includes(quote))) continue
        // The excerpt is the opening of the quote, so its key survives edits to the rest of it; since round 14 it
        // runs at least to the end of the quote's first sentence (up to 200 characters), so it names a whole claim.
        const firstStop = /[.!?…](?=\s|["”]|$)/u.exec(field.text.slice(quote.innerStart, quote.end))
        const sentenceEnd = firstStop ? quote.innerStart + firstStop.index + 1 : quote.end
        const end = Math.min(quote.end, Math.max(quote.start + MAX_EXCERPT, Math.min(sentenceEnd, quote.start + MAX_SENTENCE)))
        const excerpt = field.text.slice(quote.start, end)
        findings.push({
          rule: 'unattributed-quote',
          category: 'accuracy',
          severity: 'warning',
          message:
            'Kutipan langsung tanpa atribusi: tidak ada narasumber dan kata kerja ucapan (kata, ujar, jelas, menurut …) di paragraf ini atau paragraf sebelahnya. Sebutkan siapa yang mengatakannya, mis. "…," kata Kepala Dinas Kesehatan Budi Santoso.',
          field: field.field,
          start: quote.start,
          end,
          excerpt,
        })
      }
    }
    return findings
  },
}
