/** At most this many words of a query are searched for. */
const MAX_TERMS = 8

/**
 * The words of a visitor's query (letters and digits only, lower case, at most 8, 40 characters
 * each). Everything else — quotes, operators, wildcards — is dropped, so no input can change
 * the meaning of the query an engine builds from them.
 */
export const queryTerms = (query: string): string[] => {
  const words = query.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
  return [...new Set(words.map((word) => word.slice(0, 40)))].slice(0, MAX_TERMS)
}

/**
 * FTS5 MATCH expression: every word must occur (AND); words of three or more characters also
 * match as a prefix ("banjir" finds "banjirnya"), which stands in for Indonesian suffixes.
 */
export const ftsMatchExpression = (terms: string[]): string =>
  terms.map((term) => `"${term.replaceAll('"', '')}"${term.length >= 3 ? '*' : ''}`).join(' AND ')
