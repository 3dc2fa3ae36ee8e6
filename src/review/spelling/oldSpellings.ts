import type { SpellChecker } from '../types'

/**
 * Non-standard spellings by class (round 10). A word the dictionary lacks whose letters, rewritten
 * by one of the old or loan-word spelling patterns KBBI replaced, give a dictionary word is that
 * word's non-standard spelling: "sistim"/"ekosistim" → "sistem"/"ekosistem" (-im for -em),
 * "kwalitas" → "kualitas" (kw for ku), "positip" → "positif" (final -ip), "atmosfir" →
 * "atmosfer" (-ir for -er), "obyek" → "objek" (y for j), "tehnik" → "teknik" (h for k),
 * "djalan" → "jalan", "tjara" → "cara" (pre-1972 dj/tj), "adzan" → "azan" (dz), "photo"-style ph.
 * Since round 13 also an initial h KBBI dropped, also after a prefix ("hembus" → "embus",
 * "dihembuskan" → "diembuskan"; "menghirup" is a dictionary word and stays).
 */
const REWRITES: [RegExp, string, 'any' | 'lower'][] = [
  [/im(?=(?:nya|lah|pun|kan|an|i)?$)/, 'em', 'any'],
  [/ir(?=(?:nya|lah|pun)?$)/, 'er', 'any'],
  [/kw/, 'ku', 'any'],
  [/ip(?=(?:nya|lah|pun|kan|an|itas)?$)/, 'if', 'any'],
  [/yek/, 'jek', 'lower'],
  [/hn/, 'kn', 'any'],
  [/dj/, 'j', 'lower'],
  [/tj/, 'c', 'lower'],
  [/dz/, 'z', 'lower'],
  [/ph/, 'f', 'lower'],
  [/^(meng|peng|di|ter)?h(?=[aeiou])/, '$1', 'lower'],
]

/**
 * The standard spelling of `word` (lower case, 5+ letters) when it is an old or loan-word form of
 * a dictionary word. A word written with a capital (`capitalised`) may be a name: the consonant
 * spellings names keep (dj, tj, dz, ph, y) are then not rewritten.
 */
export function standardSpellingOf(word: string, checker: SpellChecker, capitalised = false): string | null {
  if (word.length < 5 || !/^\p{Ll}+$/u.test(word) || checker.isWord(word)) return null
  for (const [pattern, replacement, written] of REWRITES) {
    if ((capitalised && written === 'lower') || !pattern.test(word)) continue
    const candidate = word.replace(pattern, replacement)
    if (candidate !== word && checker.isWord(candidate)) return candidate
  }
  return null
}

const PREFIXES = ['', 'eko', 'sub', 'mikro', 'makro', 'antar', 'pasca', 'pra', 'non', 'di', 'ke', 'se', 'ber', 'ter', 'per']
const SUFFIXES = ['', 'nya', 'lah', 'pun', 'kan', 'an', 'i', 'ku', 'mu']

/**
 * A listed non-standard root inside an affixed or compound word (bound forms and clitics around
 * it): the written word with the root replaced ("ekosistim" → "ekosistem", "sistimnya" →
 * "sistemnya"), or null. The root must have 5+ letters and a one-word lower-case standard form.
 */
export function affixedVariant(word: string, preferredOf: (root: string) => string | undefined): string | null {
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue
    for (const suffix of SUFFIXES) {
      if ((!prefix && !suffix) || !word.endsWith(suffix)) continue
      const root = word.slice(prefix.length, word.length - suffix.length)
      if (root.length < 5) continue
      const preferred = preferredOf(root)
      if (preferred && /^\p{Ll}+$/u.test(preferred)) return `${prefix}${preferred}${suffix}`
    }
  }
  return null
}
