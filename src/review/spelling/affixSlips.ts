/**
 * Wrong affixation of a real root (round 19): the root and the affixes are right, their joint is not.
 *
 * - A noun confix written with the verb suffix -kan after a root in -k: pe(N)-…-an, per-…-an and
 *   ke-…-an take -an, and the root's k is not doubled ("perusakkan" for "perusakan", "kebijakkan" for
 *   "kebijakan"). A root in -k with -kan is a verb only when the base is itself a root ("ketukkan",
 *   "pendekkan", "kelompokkan"), so those stay.
 * - A stray h after an affixed verb whose root ends in a vowel ("dibacah" for "dibaca", "terjagah"
 *   for "terjaga"), the hypercorrection that writes "silahkan" and "himbau".
 */
const NOUN_CONFIX_KAN = /^(?:pe|pem|pen|peng|peny|per|ke)\p{Ll}{2,}kkan$/u
/** Prefixes of verbs (the passive and intransitive forms where the stray h shows). */
const VERB_PREFIX = /^(?:di|ter|ber|me|mem|men|meng|meny|diper|memper)\p{Ll}/u
const MIN_STRAY_H_BASE = 6

/** The -an noun a confix-with-kan word means, or null ("perusakkan" → "perusakan"). */
export function confixKanSlip(word: string, isRoot: (word: string) => boolean): string | null {
  if (!NOUN_CONFIX_KAN.test(word)) return null
  const base = word.slice(0, -3)
  return isRoot(base) ? null : `${base}an`
}

/** The extra letter of `word` over `suggestion` is a final h after a verb's vowel-final root. */
export function isStrayFinalH(word: string, suggestion: string): boolean {
  return word === `${suggestion}h` && /[aeiou]$/.test(suggestion) && suggestion.length >= MIN_STRAY_H_BASE && VERB_PREFIX.test(suggestion)
}
