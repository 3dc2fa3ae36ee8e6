import type { CompiledLexicon } from './compileLexicon'
import type { Span } from './prepareArticle'

const patternCache = new WeakMap<CompiledLexicon, RegExp>()

/**
 * Spans of absolute date expressions: a weekday name, "30/5", "30 Mei", "Mei 2022", "tanggal 30",
 * ISO dates. Used to decide whether a relative time word has a date nearby.
 */
export function findDateMentions(text: string, lexicon: CompiledLexicon): Span[] {
  let pattern = patternCache.get(lexicon)
  if (!pattern) {
    const month = `(?:${lexicon.monthPattern})`
    pattern = new RegExp(
      [
        `(?<![\\p{L}])(?:${lexicon.weekdayPattern})(?![\\p{L}])`,
        `\\b\\d{1,2}\\s*/\\s*\\d{1,2}(?:\\s*/\\s*\\d{2,4})?\\b`,
        `\\b\\d{1,2}\\s+${month}(?![\\p{L}])`,
        `(?<![\\p{L}])${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
        `(?<![\\p{L}])${month}\\s+\\d{4}\\b`,
        `\\btanggal\\s+\\d{1,2}\\b`,
        `\\b\\d{4}-\\d{2}-\\d{2}\\b`,
      ].join('|'),
      'gu',
    )
    patternCache.set(lexicon, pattern)
  }
  const spans: Span[] = []
  for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length })
  return spans
}
