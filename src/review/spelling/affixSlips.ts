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

/** Verbs with -kan written over a root in -k with one k ("menunjukan", "diletakan", "menggerakan"). */
const VERB_KAN = /^(?:di|ter|me|mem|men|meng|meny|diper|memper)\p{Ll}{2,}[^k]kan$/u
/** Roots that end in -kan themselves: "memakan", "ditekan", "menikan" are a prefix on the root, no suffix. */
const KAN_ROOTS = /(?:makan|tekan|ikan|pekan)$/u

/**
 * Round 22: the verb a -kan word with the root's k not doubled means ("menunjukan" → "menunjukkan"), when the doubled
 * form is a word and the word without -kan is none ("menunju"): the dictionary's affix readings accept the slip.
 */
export function verbKanSlip(word: string, isWord: (word: string) => boolean, isBase: (word: string) => boolean = isWord): string | null {
  if (!VERB_KAN.test(word) || KAN_ROOTS.test(word)) return null
  const doubled = `${word.slice(0, -3)}kkan`
  return isWord(doubled) && !isBase(word.slice(0, -3)) ? doubled : null
}

/** Noun confixes pe(N)-/per-/ke- with -an over a root ending in -a: "penataan" (tata), "kenyataan" (nyata). */
const CONFIX_AAN = /^(?:pe|ke)\p{Ll}{3,}aan$/u
const NASAL_ROOTS: Record<string, string> = { pem: 'p', pen: 't', peng: 'k', peny: 's' }
/** The roots a confix noun's middle may be, under each prefix reading ("pemasar" → asar, pasar, masar …). */
function confixRoots(middle: string): string[] {
  const found: string[] = []
  for (const prefix of ['per', 'peng', 'peny', 'pem', 'pen', 'pe', 'ke']) {
    if (!middle.startsWith(prefix) || middle.length - prefix.length < 3) continue
    const rest = middle.slice(prefix.length)
    found.push(rest)
    if (NASAL_ROOTS[prefix] && /^[aeiou]/.test(rest)) found.push(NASAL_ROOTS[prefix] + rest)
  }
  return found
}

/**
 * Round 23: a confix noun with its -an written -aan over a root that does not end in -a ("pemberiaan" for "pemberian",
 * "pemasaraan" for "pemasaran"), which the affix readings accept: no reading of the middle with its a is a root, and
 * one without it is ("beri", "pasar"). "penataan" (tata) and "kenyataan" (nyata) stay.
 */
export function confixDoubledASlip(word: string, isRoot: (word: string) => boolean, savesWithA: (root: string) => boolean = isRoot): string | null {
  if (!CONFIX_AAN.test(word)) return null
  if (confixRoots(word.slice(0, -2)).some(savesWithA)) return null
  return confixRoots(word.slice(0, -3)).some(isRoot) ? `${word.slice(0, -3)}an` : null
}
