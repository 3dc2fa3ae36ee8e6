import { findDateMentions } from '../findDateMentions'
import { phraseFindings } from '../phraseFindings'
import type { PreparedField, Span } from '../prepareArticle'
import type { Rule } from '../Rule'

/** Relative time words (kemarin, besok, pekan depan …) with no absolute date in the same sentence. */
export const relativeTime: Rule = {
  id: 'relative-time',
  category: 'accuracy',
  run: (article) => {
    const mentions = new Map<PreparedField, Span[]>()
    return phraseFindings(article, {
      rule: 'relative-time',
      category: 'accuracy',
      list: 'relativeTime',
      reportedSeverity: 'entry',
      skip: (field, match) => {
        let spans = mentions.get(field)
        if (!spans) {
          spans = findDateMentions(field.text, article.lexicon)
          mentions.set(field, spans)
        }
        const index = field.tokenSentence[match.first]
        const sentence = field.sentences[index]
        // Up to the next sentence: a date after the last word ("kemarin, Senin (30/5).") belongs to
        // this sentence; one in the next sentence ("… besok. Hingga Jumat (16/10), …") does not.
        const next = field.sentences[index + 1]?.start ?? field.text.length
        return spans.some((span) => span.start < next && span.end > sentence.start)
      },
      message: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" tanpa tanggal. Berita daring dibaca pada hari lain: tambahkan hari dan tanggal, misalnya "Senin (30/5)".`,
      quotedMessage: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" ada dalam ucapan narasumber. Pertimbangkan menambahkan tanggal di luar kutipan agar pembaca tahu harinya.`,
    })
  },
}
