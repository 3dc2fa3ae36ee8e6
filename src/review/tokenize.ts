export interface Token {
  /** Word as written. */
  text: string
  /** Lower-cased word, used for matching. */
  lower: string
  start: number
  end: number
}

// Letters and digits, joined by inner hyphens or apostrophes: "benar-benar", "Jum'at", "se-Indonesia".
const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu

/** Splits a text into words with their offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const start = match.index
    tokens.push({ text: match[0], lower: match[0].toLowerCase(), start, end: start + match[0].length })
  }
  return tokens
}
