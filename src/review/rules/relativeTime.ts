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
        const sentence = field.sentences[field.tokenSentence[match.first]]
        return spans.some((span) => span.start < sentence.end + 12 && span.end > sentence.start)
      },
      message: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" tanpa tanggal. Berita daring dibaca pada hari lain: tambahkan hari dan tanggal, misalnya "Senin (30/5)".`,
      quotedMessage: (excerpt) =>
        `Keterangan waktu relatif "${excerpt}" ada dalam ucapan narasumber. Pertimbangkan menambahkan tanggal di luar kutipan agar pembaca tahu harinya.`,
    })
  },
}
