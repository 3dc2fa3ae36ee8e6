/**
 * A noun of a root ending in -k with a confix (per-…-an, pe(N)-…-an, ke-…-an): "pertunjukan" (tunjuk),
 * "pendidikan" (didik), "pembentukan" (bentuk). Its spelling ends in "-kan" like an imperative
 * ("tunjukkan", "perhatikan"), so a dictionary tells them apart: the noun's root in -k is a word
 * ("tunjuk", "didik"); an imperative's stem without the prefix is a word itself ("perhatikan" → "hati").
 * Without a dictionary nothing is called a noun; when both readings have a word for root ("kebijakan":
 * "bija", "bijak") the imperative is kept, so some nouns are still missed.
 */
const NOUN_PREFIX = /^(?:peng|peny|per|pen|pem|pe|ke)(?=\p{Ll}{3,}kan$)/u

export function isKanNoun(word: string, isWord: ((word: string) => boolean) | null): boolean {
  if (!isWord || !word.endsWith('kan')) return false
  const prefix = NOUN_PREFIX.exec(word)?.[0]
  if (!prefix) return false
  // The imperative reading's root ("perhatikan" → "hati", "kenalkan" → "kenal") wins when it is a word.
  const verbStem = word.slice(0, -3)
  if (isWord(verbStem.slice(prefix.length)) || isWord(verbStem.replace(/^(?:per|ke)/u, ''))) return false
  const root = word.slice(prefix.length, -2)
  // "peny-" and "peng-" drop the root's first letter ("penyidikan" ← sidik); "pen-"/"pem-" may drop t/p.
  const candidates = [root, 's' + root, 'k' + root, 't' + root, 'p' + root]
  return candidates.some((r) => r.length >= 3 && isWord(r))
}
