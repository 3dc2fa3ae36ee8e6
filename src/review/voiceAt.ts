import type { PreparedField } from './prepareArticle'

/** Index of the token starting at or after `offset` (binary search), or tokens.length. */
export function tokenAt(field: PreparedField, offset: number): number {
  let lo = 0
  let hi = field.tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (field.tokens[mid].end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Whose words are at `offset`: the writer's, a quotation's, or reported speech (a sentence with
 * a speech verb or source marker such as "menurut").
 */
export function voiceAt(field: PreparedField, offset: number): 'writer' | 'quote' | 'reported' {
  const token = tokenAt(field, offset)
  if (token >= field.tokens.length) return 'writer'
  if (field.tokenQuote[token] >= 0) return 'quote'
  return field.sentences[field.tokenSentence[token]]?.attributed ? 'reported' : 'writer'
}

/** The sentence span around `offset`. */
export function sentenceAt(field: PreparedField, offset: number): { start: number; end: number; index: number } {
  const token = Math.min(tokenAt(field, offset), field.tokens.length - 1)
  const index = field.tokenSentence[token] ?? 0
  const sentence = field.sentences[index]
  return sentence ? { start: sentence.start, end: sentence.end, index } : { start: 0, end: field.text.length, index: 0 }
}
