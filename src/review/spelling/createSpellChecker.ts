import { editDistance } from '../editDistance'
import type { SpellChecker } from '../types'
import { confixDoubledASlip, confixKanSlip, verbKanSlip } from './affixSlips'
import { editSearches, MIN_TWO_EDIT_LENGTH } from './editSearches'
import { isLoanWord } from './loanWords'
import { isReduplicatedOrBeForm } from './reduplication'

const PREFIXES = ['di', 'ke', 'se', 'ber', 'be', 'ter', 'me', 'mem', 'men', 'meng', 'meny', 'pe', 'pem', 'pen', 'peng', 'peny', 'per', 'memper', 'diper', 'keber', 'keter']
/**
 * Nasal prefixes that replace the root's first consonant (meN-/peN-: "menulis" ← tulis,
 * "pemukul" ← pukul, "mengirim" ← kirim, "menyapu" ← sapu), and the colloquial and regional
 * bare nasal ("nulis", "mukul", "ngirim", "nyapu") heard in quotes and Javanese-flavoured copy.
 */
const NASAL_PREFIXES: readonly [string, string][] = [
  ['mem', 'p'], ['pem', 'p'], ['men', 't'], ['pen', 't'], ['meng', 'k'], ['peng', 'k'], ['meny', 's'], ['peny', 's'],
  ['m', 'p'], ['n', 't'], ['ng', 'k'], ['ng', ''], ['ny', 's'],
]
/**
 * Javanese and other regional orthography absent from standard Indonesian: "th"/"dh"
 * (kethoprak, gendhing, wedhang), and a word-initial prenasalised cluster (mbok, ndalem, njeron).
 */
const REGIONAL = /th|dh|^(?:mb|nd|nj)/
export interface SpellCheckerOptions {
  /**
   * A second language's word test (the English hunspell dictionary): its words, and Indonesian
   * spellings of its loanwords, are deliberate, not slips ("marathon", "mentor", "komposisi").
   */
  foreign?: ((word: string) => boolean) | null
  /**
   * A root dictionary with a stemmer (the Sastrawi stemmer's KBBI roots, npm `sastrawijs`): a word
   * that is a root, or whose stem is a root of 6+ letters, is a valid word even when hunspell-id
   * lacks it ("individu", "keindividuan"). Short stems are not evidence: a slip often stems to one
   * ("pelaksaan" → "laksa", "kegaitan" → "gait").
   */
  roots?: RootDictionary | null
}

export interface RootDictionary {
  /** The word is a root of the dictionary. */
  find(word: string): boolean
  /** The word's root after removing Indonesian affixes (the word itself when none is found). */
  stem(word: string): string
}

/** Shortest English stem accepted behind an Indonesian prefix ("berpaving", "pemavingan"). */
const MIN_LOAN_STEM = 5
/**
 * The nasal of peN-/meN- that a root's first letter takes and keeps (KBBI morphophonemics):
 * mem-/pem- before b, f, v; men-/pen- before d, c, j, z; meng-/peng- before g, h, kh and vowels.
 * A root of 4+ letters in such a frame ("pendataan", "penghijauan") is a derivation, not a slip.
 */
function nasalFits(prefix: string, stem: string): boolean {
  if (stem.length < 4) return false
  if (prefix === 'mem' || prefix === 'pem') return /^[bfv]/.test(stem)
  if (prefix === 'men' || prefix === 'pen') return /^[dcjz]/.test(stem)
  if (prefix === 'meng' || prefix === 'peng') return /^(?:[gh]|kh|[aeiou])/.test(stem)
  return false
}
/**
 * The onsets each nasal allomorph of meN-/peN- stands before when the root keeps its first letter (KBBI
 * morphophonemics; p, t, s and k kept in loans: "memproduksi", "mentransfer", "mengkritik"). A reading
 * against them ("pen-" + "umpan" for "penumpan") is no derivation (round 24); a dropped consonant is `nasalReading`'s.
 */
const NASAL_ONSETS: Record<string, RegExp> = {
  mem: /^[bfvp]/, pem: /^[bfvp]/, men: /^[dcjzts]/, pen: /^[dcjzts]/, meng: /^[aeiougkh]/, peng: /^[aeiougkh]/, meny: /^[aeiou]/, peny: /^[aeiou]/,
}
/** Shortest stem accepted as evidence of a valid affixed word. */
const MIN_ROOT_STEM = 6
/**
 * Endings of the technical (Greek/Latin) register: measurement, science, doctrine, process and
 * medical terms ("antropometri", "epidemiologi", "konvergensi", "melitus") that neither dictionary
 * lists in full. Such a word is reported only when its suggestion is itself a dictionary root with
 * the same ending ("administarsi" → "administrasi"), not an affixed or differently ended word
 * ("melitus" → me- + "litsus", "antropometri" → "antropometeri").
 */
const TECHNICAL_ENDING = /(?:metri|logi|grafi|isme|si|sis|itas|us)$/
const MIN_TECHNICAL_LENGTH = 7
const SUFFIXES = ['nya', 'lah', 'kah', 'pun', 'kan', 'an', 'i']
const CLITICS = ['nya', 'lah', 'kah', 'pun']
const MIN_CLITIC_HOST = 6
/** Bound forms (KBBI/EYD "bentuk terikat") written together with the word they modify. */
const BOUND_FORMS = [
  'antar', 'pasca', 'pra', 'non', 'sub', 'swa', 'tuna', 'anti', 'semi', 'ultra', 'ko', 'multi', 'inter', 'intra', 'ekstra', 'supra',
  'trans', 'mikro', 'makro', 'mini', 'maha', 'dwi', 'tri', 'catur', 'panca', 'eka', 'purna', 'pramu', 'tele', 'bio', 'eko', 'neo',
  'kontra', 'infra', 'pseudo', 'poli', 'mono', 'hiper', 'hipo',
]
/** The word after a bound form must be this long: a short rest ("de" + "was") is more likely a slip. */
const MIN_BOUND_REST = 5
const CACHE_LIMIT = 20_000
/** Longer words are never searched for a suggestion: no Indonesian word is this long, and the searches grow with the square of the length. */
const MAX_SEARCHED_LENGTH = 30
/** Thrown inside a lookup when its view's budget of dictionary tests is spent (see `budgeted`). */
const SPENT = Symbol('dictionary test budget spent')
/** Stems this short make an affixed reading doubtful when a longer dictionary word is close. */
const SHORT_STEM = 5

/**
 * Wraps a word test (a hunspell dictionary read by nspell, or any set of words) as the review
 * assistant's SpellChecker. A word counts as known when the dictionary has it, or when it is a
 * known word with Indonesian affixes the dictionary lacks ("dikonsumsi", "sepekan"). Suggestions
 * are known words one edit away, a missing letter first (the commonest slip), then swapped,
 * extra and wrong letters; then affixed known words one edit away ("kependudkan" →
 * "kependudukan"); then, for words of 7+ letters, dictionary words with two letters missing
 * ("pelaksaan" → "pelaksanaan"). Results are cached per word (bounded).
 */
export function createSpellChecker(has: (word: string) => boolean, extraWords: Iterable<string> = [], options: SpellCheckerOptions = {}): SpellChecker {
  const extra = new Set([...extraWords].map((w) => w.toLowerCase()))
  // Dictionary tests left to the running lookup of a budgeted view (Infinity outside one).
  let allowance = Infinity
  const known = (word: string) => {
    if (--allowance < 0) throw SPENT
    return extra.has(word) || has(word)
  }
  const cache = new Map<string, string | null | true>()
  const foreignTest = options.foreign
  const roots = options.roots ?? null

  /** The root dictionary has the word, or its stem of 6+ letters. */
  const rootWord = (word: string): boolean => {
    if (!roots) return false
    if (roots.find(word)) return true
    const stem = roots.stem(word)
    return stem !== word && stem.length >= MIN_ROOT_STEM && roots.find(stem)
  }
  /**
   * A technical-register word without a close root word of the same ending: no slip
   * ("antropometri" → "antropometeri", "melitus" → "melitsus").
   */
  const technicalTerm = (word: string, suggestion: string): boolean => {
    if (!roots || word.length < MIN_TECHNICAL_LENGTH) return false
    const ending = TECHNICAL_ENDING.exec(word)?.[0]
    if (!ending) return false
    if (!suggestion.endsWith(ending)) return true
    // Since round 21 also a long root (7+ letters) of the same ending under a prefix: "berkordinasi" is "ber-" +
    // "koordinasi" misspelt (a short one is no evidence: "melitus" → "me-" + "litsus").
    const stem = roots.stem(suggestion)
    const prefixedRoot = stem !== suggestion && stem.length >= MIN_TECHNICAL_LENGTH && suggestion.endsWith(stem) && roots.find(stem)
    return !(roots.find(suggestion) || prefixedRoot)
  }

  /** An English word, or the Indonesian spelling of an English loanword (`loanWords.ts`). */
  const foreign = (word: string): boolean => foreignTest != null && isLoanWord(word, foreignTest)

  /** A known root behind a nasal prefix that replaced its first consonant ("menabuh", "nabuh" ← tabuh). */
  const nasalReading = (word: string): boolean => {
    for (const [prefix, first] of NASAL_PREFIXES) {
      if (!word.startsWith(prefix)) continue
      const rest = word.slice(prefix.length)
      if (rest.length < 3 || !/^[aeiou]/.test(rest)) continue
      for (const suffix of ['', ...SUFFIXES]) {
        if (suffix && !rest.endsWith(suffix)) continue
        const root = first + rest.slice(0, rest.length - suffix.length)
        if (root.length >= 4 && known(root)) return true
        // A loan root the Indonesian dictionary lacks ("pemavingan" ← paving): the English word, 5+ letters.
        if (root.length >= MIN_LOAN_STEM && foreignTest?.(root)) return true
      }
    }
    return false
  }

  /**
   * How the word reads as a known stem with Indonesian affixes: 0 not at all, 1 well, 2 only as a
   * short stem (≤ 5 letters) inside a prefix and a suffix ("pelaksaan" = pe-…-an of "laksa",
   * "kegaitan" = ke- + "gaitan" = ke-…-an of "gait"), a reading that may hide a slip.
   */
  const affixReading = (word: string): 0 | 1 | 2 => {
    let reading: 0 | 1 | 2 = 0
    // A clitic after a suffix ("rinci-an-nya"): the word without the clitic read as affixed (round 15).
    const clitic = CLITICS.find((c) => word.endsWith(c) && word.length - c.length >= MIN_CLITIC_HOST)
    if (clitic && affixReading(word.slice(0, -clitic.length)) === 1) return 1
    for (const prefix of ['', ...PREFIXES]) {
      if (prefix && !word.startsWith(prefix)) continue
      for (const suffix of ['', ...SUFFIXES]) {
        if (!prefix && !suffix) continue
        if (suffix && !word.endsWith(suffix)) continue
        const rest = word.slice(prefix.length, word.length - suffix.length)
        if (NASAL_ONSETS[prefix] && !NASAL_ONSETS[prefix].test(rest)) continue
        // ber-/ter-/per- before a root in r- drop one r: "terealisasi" ← realisasi, "diperebutkan" ← rebut.
        for (const stem of prefix.endsWith('r') && /^[aeiou]/.test(rest) ? [rest, 'r' + rest] : [rest]) {
          if (stem.length < 3) continue
          if (!known(stem)) {
            // A prefix before a loan noun the Indonesian dictionary lacks ("ber-" + "paving"): the English word, 5+ letters, no suffix.
            if (prefix && !suffix && stem.length >= MIN_LOAN_STEM && foreignTest?.(stem)) return 1
            continue
          }
          // peN-/meN- with the nasal the root's first letter takes ("pen-" + "data" + "-an", "peng-" + "hijau"),
          // and per-…-an around a vowel-initial root ("per-" + "anak" + "-an") or, since round 19, around any
          // root of the root dictionary ("per-" + "kamus" + "-an"): a regular derivation, not a slip hidden in a short stem.
          if (nasalFits(prefix, stem) || (prefix === 'per' && suffix === 'an' && stem.length >= 4 && (/^[aeiou]/.test(stem) || rootWord(stem)))) return 1
          // A stem that is itself a dictionary root ("ber-" + "bahan") is a whole word, not a short root with a suffix ("bah-an").
          const wholeRoot = !suffix && roots !== null && roots.find(stem)
          if (prefix && !wholeRoot && (suffix ? stem.length <= SHORT_STEM : shortRootWithSuffix(stem))) reading = 2
          else return 1
        }
      }
    }
    return reading
  }
  /** The stem is itself a short known root with a suffix ("gaitan" = gait + -an). */
  const shortRootWithSuffix = (stem: string): boolean =>
    SUFFIXES.some((suffix) => stem.endsWith(suffix) && stem.length - suffix.length >= 3 && stem.length - suffix.length <= SHORT_STEM && known(stem.slice(0, stem.length - suffix.length)))
  const affixed = (word: string): boolean => affixReading(word) > 0

  /**
   * A bound form written together with a known word, as the spelling rules require ("ko-" +
   * "asistensi", "pasca-" + "bencana", "antar-" + "kelurahan", "non-" + "tunai", "pra-" + "sejahtera").
   */
  const boundForm = (word: string): boolean =>
    BOUND_FORMS.some((b) => {
      if (!word.startsWith(b)) return false
      const rest = word.slice(b.length)
      return rest.length >= MIN_BOUND_REST && (known(rest) || affixed(rest) || rootWord(rest))
    }) && !oneMissing(word)
  const { oneMissing, missingLetters, oneEdit, swappedLetters, twoMissing } = editSearches(known)

  // Dictionary words first; then words the dictionary has only without their affixes
  // ("kependudkan" → "kependudukan", ke-…-an of "penduduk"), but not by one letter for another:
  // a wrong letter that only makes a derivation is a regional or craft word, not a slip (round 12);
  // then two missing letters.
  // Since round 14 the passive of a verb the dictionary has in the active: "dijajakan" beside "menjajakan" and
  // "jajakan" (di- + a dictionary word in -kan/-i whose meN- form is a dictionary word too).
  const passiveOfKnown = (word: string): boolean => {
    if (!/^di\p{Ll}{4,}(?:kan|i)$/u.test(word)) return false
    const rest = word.slice(2)
    return known(rest) && ['me', 'mem', 'men', 'meng', 'meny'].some((p) => known(p + rest) || (p === 'meny' && rest[0] === 's' && known(p + rest.slice(1))) || (p !== 'me' && known(p + rest.slice(1))))
  }

  const closest = (word: string): string | null => oneEdit(word, known) ?? oneEdit(word, (w) => w.length >= 6 && affixed(w), false) ?? twoMissing(word)

  const lookup = (word: string): string | null | true => {
    let result = cache.get(word)
    if (result === undefined && word.length > MAX_SEARCHED_LENGTH) return known(word) || null
    if (result === undefined) {
      // A noun confix with -kan after a root in -k ("perusakkan"): a slip the affix readings would accept (round 19).
      // Since round 23 also -aan over a root not in -a ("pemberiaan"); since round 24 a root in -a saves it only if suffixed ("biasa", not "pasara").
      const confixSlip =
        (known(word) ? null : confixKanSlip(word, (base) => (roots ? roots.find(base) : known(base))) ?? verbKanSlip(word, known, () => false)) ??
        (roots ? confixDoubledASlip(word, (r) => roots.find(r), (r) => roots.find(r) && (known(word) || known(`${r}an`) || known(`${r}kan`))) : null)
      if (confixSlip && lookup(confixSlip) === true) result = confixSlip
      else if (known(word) || foreign(word) || REGIONAL.test(word) || nasalReading(word) || rootWord(word) || boundForm(word) || isReduplicatedOrBeForm(word, known) || passiveOfKnown(word)) result = true
      else {
        // An affixed reading of a short stem may hide a slip ("pelaksaan" = pe-…-an of "laksa"):
        // a long dictionary word with letters missing wins over it.
        const reading = affixReading(word)
        if (reading === 0) result = closest(word)
        // Since round 24 a 7-letter word too, by one letter only ("kemanan" is "keamanan", not "ke-" + "man" + "-an").
        else result = (reading === 2 && word.length >= MIN_TWO_EDIT_LENGTH && (swappedLetters(word) ?? missingLetters(word, word.length > MIN_TWO_EDIT_LENGTH))) || true
        // Only a close, different word is a suggestion; a cluster written with or without its
        // pepet ("kresek"/"keresek", "prangko"/"perangko") is a spelling variant, not a slip.
        if (typeof result === 'string') {
          if (isPepetVariant(word, result) || technicalTerm(word, result)) result = true
          else if (result === word || editDistance(word, result) > 2) result = null
        }
      }
      if (cache.size >= CACHE_LIMIT) cache.clear()
      cache.set(word, result)
    }
    return result
  }

  const view = (find: (word: string) => string | null | true): SpellChecker => ({
    isWord: (word) => find(word) === true,
    suggest: (word) => {
      const result = find(word)
      return result === true ? null : result
    },
  })
  return {
    ...view(lookup),
    budgeted: (tests) => {
      let left = tests
      return view((word) => {
        const outer = allowance
        allowance = left
        try {
          return lookup(word)
        } catch (error) {
          // Spent: unknown, no suggestion, not cached (a later lookup with budget left decides).
          if (error === SPENT) return null
          throw error
        } finally {
          left = Math.max(0, allowance)
          allowance = outer
        }
      })
    },
  }
}

/**
 * `other` is `word` with its initial consonant cluster written with the pepet: an "e" put in
 * (kr → ker, pl → pel: "kresek"/"keresek") or moved in front of the r/l ("bregada"/"bergada") —
 * regional and older spellings of one word, not slips.
 */
export function isPepetVariant(word: string, other: string): boolean {
  if (!/^[bcdfgkpst][rl]/.test(word)) return false
  if (other === word[0] + 'e' + word.slice(1)) return true
  return word[2] === 'e' && other === word[0] + 'e' + word[1] + word.slice(3)
}
