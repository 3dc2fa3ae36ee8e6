import type { PreparedArticle } from './prepareArticle'

// Function words are the cheapest language signal: every sentence has some, and the two lists do not overlap.
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'is', 'was', 'were', 'are', 'for', 'with', 'on', 'at', 'by', 'from', 'that', 'will', 'has', 'have', 'said', 'a', 'an'])
const INDONESIAN = new Set(['yang', 'dan', 'di', 'ke', 'dari', 'untuk', 'dengan', 'pada', 'ini', 'itu', 'tidak', 'akan', 'dalam', 'juga', 'oleh', 'kata', 'ujar', 'sebanyak', 'sekitar'])

/** True when the article is written in English (a release kept in English): its number style is English. */
export function looksEnglish(article: PreparedArticle): boolean {
  let english = 0
  let indonesian = 0
  for (const field of article.fields) {
    for (const t of field.tokens) {
      if (ENGLISH.has(t.lower)) english++
      else if (INDONESIAN.has(t.lower)) indonesian++
    }
  }
  return english > indonesian
}
