const REPLACEMENTS: [RegExp, string][] = [
  [/oe/g, 'u'],
  [/dj/g, 'j'],
  [/tj/g, 'c'],
  [/sj/g, 'sy'],
  [/nj/g, 'ny'],
  [/ch/g, 'kh'],
  [/j/g, 'y'],
  [/(\p{L})\1/gu, '$1'],
]

/**
 * One key for the old (Van Ophuijsen / Soewandi) and new spellings of an Indonesian name:
 * "Soetrisno" and "Sutrisno", "Djoko" and "Joko", "Tjahjono" and "Cahyono", "Sjamsul" and
 * "Syamsul", "Achmad" and "Akhmad", "Hasanuddin" and "Hasanudin" share a key.
 */
export function oldSpellingKey(lower: string): string {
  let key = lower
  for (const [pattern, replacement] of REPLACEMENTS) key = key.replace(pattern, replacement)
  return key
}
