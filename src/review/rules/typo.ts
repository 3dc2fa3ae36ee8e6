import type { PreparedField } from '../prepareArticle'
import type { Token } from '../tokenize'
import { standardFormOf } from '../spelling/standardForm'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { editDistance } from '../editDistance'
import { isStrayFinalH, verbKanSlip } from '../spelling/affixSlips'
import { CAPTION } from './countMentions'
import { calendarSlips } from './calendarSlips'

const WORD = /^\p{L}+$/u
const MIN_LENGTH = 5
/**
 * Below this length an unknown word is as likely a regional, colloquial or foreign word as a
 * slip, and its one-edit neighbours are many: such a word is reported only when the suggestion
 * adds a letter (the commonest slip) outside quotes (speakers' own words) and outside
 * enumerations (lists of dishes, arts, tools are where regional terms cluster), or swaps two
 * neighbouring letters back (a slip of the fingers anywhere).
 */
const SHORT_WORD = 7
/** A word written this often in one article is deliberate (a term, a regional word), not a slip. */
const REPEATED = 2
/** Above this share of unknown words the text is not Indonesian (an English release): no typo check. */
const FOREIGN_SHARE = 0.25

function registryWords(names: readonly { name: string; variants?: string[] }[]): Set<string> {
  const words = new Set<string>()
  for (const entry of names) for (const w of entry.name.toLowerCase().match(/\p{L}+/gu) ?? []) words.add(w)
  return words
}

/**
 * Misspelt ordinary words, checked against the Indonesian dictionary passed in
 * (AnalyzeOptions.spellChecker). Only lower-case words (or a capitalised first word of a sentence
 * that is not also used as a name) absent from the dictionary and one edit away from a known word
 * are reported, with that word as the suggestion. Names, acronyms, words with digits or hyphens
 * and registry entries are skipped. Severity info: it never blocks approval.
 */
export const typo: Rule = {
  id: 'typo',
  category: 'accuracy',
  run: (article) => {
    const checker = article.spellChecker
    if (!checker) return []
    const skip = registryWords(article.registry)
    for (const a of article.lexicon.acronyms) skip.add(a.toLowerCase())
    // Words written capitalised mid-sentence are names wherever they appear.
    const names = new Set<string>()
    for (const field of article.fields) {
      field.tokens.forEach((t, i) => {
        if (!field.sentenceInitial[i] && /^\p{Lu}/u.test(t.text)) names.add(t.lower)
      })
    }
    const candidates: { field: PreparedField; token: number; suggestion?: string }[] = []
    let checked = 0
    let unknown = 0
    for (const field of article.fields) {
      const titleCase = field.field === 'title'
      // A photo caption names the people shown at its sentence starts ("Foto: … ke pembeli. Warsini …"): capitalised words there are names (round 12).
      const captions = field.paragraphs.filter((p) => CAPTION.test(field.text.slice(p.start, p.end)))
      field.tokens.forEach((t, i) => {
        if (t.text.length < MIN_LENGTH || !WORD.test(t.text)) return
        const capitalised = t.text !== t.lower
        if (capitalised && (titleCase || !field.sentenceInitial[i] || names.has(t.lower) || t.text.slice(1) !== t.lower.slice(1))) return
        if (capitalised && captions.some((p) => p.start <= t.start && t.start < p.end)) return
        // A sentence start followed by a capitalised word opens a name ("Perumdam Tirta Sari …", round 13).
        const next = field.tokens[i + 1]
        if (capitalised && next && field.tokenSentence[i + 1] === field.tokenSentence[i] && /^\p{Lu}/u.test(next.text) && /^\s+$/.test(field.text.slice(t.end, next.start))) return
        if (skip.has(t.lower) || article.lexicon.nameStopwords.has(t.lower)) return
        checked++
        if (checker.isWord(t.lower)) {
          // Round 22: a verb's -kan after a root in -k with the k not doubled ("menunjukan"), which the affix readings accept.
          const kan = verbKanSlip(t.lower, (w) => checker.isWord(w))
          if (kan) candidates.push({ field, token: i, suggestion: kan })
          return
        }
        // A non-standard spelling of a known word is preferred-spelling's ("ekosistim", "kwalitet").
        if (standardFormOf(t.lower, article.lexicon, checker)) return
        // Round 16: a first syllable's schwa left out, as spoken ("brantas" for "berantas"): a variant, no slip.
        if (withoutSchwa(t.lower, checker) || finalStopVariant(t.lower, checker)) return
        unknown++
        candidates.push({ field, token: i })
      })
    }
    if (checked >= 8 && unknown / checked > FOREIGN_SHARE) return []
    const findings: Finding[] = calendarSlips(article.fields, checker)
    const count = new Map<string, number>()
    for (const field of article.fields) for (const t of field.tokens) count.set(t.lower, (count.get(t.lower) ?? 0) + 1)
    for (const { field, token, suggestion: given } of candidates) {
      const t = field.tokens[token]
      if ((count.get(t.lower) ?? 0) >= REPEATED) continue
      const suggestion = given ?? checker.suggest(t.lower)
      if (!suggestion || suggestion === t.lower || editDistance(t.lower, suggestion) > 2 || !isSlipShape(t.lower, suggestion)) continue
      // Two neighbours swapped is a slip of the fingers wherever it stands; a letter left out only outside quotes and lists.
      const slip = swapsNeighbours(t.lower, suggestion) || (addsOneLetter(t.lower, suggestion) && field.tokenQuote[token] < 0 && !inEnumeration(field, token))
      // Round 24: a short word's final -n for -ng is a variant or a word of its own, as -g for -ng is ("kemben", the garment; "kembeng").
      if (t.text.length < SHORT_WORD && (!slip || suggestion === `${t.lower}g`)) continue
      const shown = t.text === t.lower ? suggestion : suggestion[0].toUpperCase() + suggestion.slice(1)
      findings.push({
        rule: 'typo',
        category: 'accuracy',
        severity: 'info',
        message: `Kemungkinan salah ketik: "${t.text}" tidak ada dalam kamus. Mungkin maksudnya "${shown}"?`,
        field: field.field,
        start: t.start,
        end: t.end,
        excerpt: t.text,
        suggestion: shown,
      })
    }
    // Round 16: a common word misspelt inside a name that the article writes right elsewhere, before the same word
    // ("Paguyubn Seni" beside "Paguyuban Seni"); the name-consistency rule leaves such words here.
    const before = new Map<string, Token[]>()
    const lowerWords = new Set<string>()
    for (const g of article.fields) {
      g.tokens.forEach((u, j) => {
        if (u.text === u.lower) lowerWords.add(u.lower)
        const next = g.tokens[j + 1]?.lower
        if (next && /^\p{Lu}/u.test(u.text)) before.set(next, [...(before.get(next) ?? []), u])
      })
    }
    for (const field of article.fields) {
      field.tokens.forEach((t, i) => {
        const after = field.tokens[i + 1]?.lower
        if (!after || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || skip.has(t.lower)) return
        // Cheap tests first: another capitalised word one edit away before the same word, written in lower case too.
        const right = (before.get(after) ?? []).find((u) => u.lower !== t.lower && u.lower[0] === t.lower[0] && lowerWords.has(u.lower) && editDistance(t.lower, u.lower) === 1)
        if (!right || checker.isWord(t.lower) || !checker.isWord(right.lower) || findings.some((f) => f.field === field.field && f.start === t.start)) return
        if (!right) return
        findings.push({
          rule: 'typo',
          category: 'accuracy',
          severity: 'info',
          message: `Kemungkinan salah ketik: "${t.text}" tidak ada dalam kamus. Mungkin maksudnya "${right.text}"?`,
          field: field.field,
          start: t.start,
          end: t.end,
          excerpt: t.text,
          suggestion: right.text,
        })
      })
    }
    return findings
  },
}

const VOWEL = /[aeiou]/
/** QWERTY rows: a stray letter struck with its neighbour on the keyboard is a slip of the fingers. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
/** Letters next to each other on a QWERTY keyboard, in a row or diagonally between rows. */
function nextKeys(a: string, b: string | undefined): boolean {
  if (!b || a === b) return false
  const at = (c: string) => ROWS.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c)]] : []))[0]
  const p = at(a)
  const q = at(b)
  if (!p || !q) return false
  const [rowA, colA] = p
  const [rowB, colB] = q
  if (rowA === rowB) return Math.abs(colA - colB) === 1
  // Each lower row is set off half a key to the right: "s" touches "w"/"e" above and "z"/"x" below.
  if (Math.abs(rowA - rowB) !== 1) return false
  const [upper, lower] = rowA < rowB ? [colA, colB] : [colB, colA]
  return lower === upper || lower === upper - 1
}
/** An extra letter not doubled is a slip only in long words (in short ones it is often another word: "okupansi"/"okupasi"). */
const MIN_STRAY_KEY_LENGTH = 9
/**
 * In a word of 10+ letters any one extra letter inside the word is a slip: other words that long
 * rarely differ by one inner letter ("fasilitias"); a last letter makes another word ("radioterapis").
 */
const MIN_ANY_EXTRA_LENGTH = 10
/**
 * The difference between the word and its suggestion has the shape of a typing slip, not of
 * another word or a regional/foreign spelling: the first letter is kept (slips rarely hit it;
 * "ingkung"/"lingkung" are two words); a letter too many is a doubled key ("permohonnan"), not
 * an arbitrary extra letter ("okupansi"/"okupasi", "komposter"/"komposer" are other words) unless,
 * in a word of 9+ letters, it is a keyboard neighbour of the letter beside it ("pelayananm"); a
 * wrong letter is not one vowel for another (o/u, e/a are regional spellings). Letters left out,
 * neighbours swapped and (in long words) two letters left out keep their suggestion.
 */
const HAS_PREFIX = /^(?:ber|be|me|mem|men|meng|di|ter|pe|per|pem|pen|peng|se|ke)$/
export function isSlipShape(word: string, suggestion: string): boolean {
  if (word[0] !== suggestion[0]) return false
  if (suggestion.length === word.length - 1) {
    let i = 0
    while (i < suggestion.length && word[i] === suggestion[i]) i++
    // An h before the root's vowel after a prefix is the h KBBI dropped (me-hembus-kan / mengembuskan), a variant, not a slip (round 13).
    if (word[i] === 'h' && VOWEL.test(word[i + 1] ?? '') && HAS_PREFIX.test(word.slice(0, i))) return false
    return (
      isStrayFinalH(word, suggestion) ||
      word[i] === word[i - 1] ||
      word[i] === word[i + 1] ||
      (word.length >= MIN_STRAY_KEY_LENGTH && (nextKeys(word[i], word[i - 1]) || nextKeys(word[i], word[i + 1]))) ||
      (word.length >= MIN_ANY_EXTRA_LENGTH && i > 0 && i < word.length - 1)
    )
  }
  if (suggestion.length === word.length) {
    const diff = [...word].flatMap((c, i) => (c === suggestion[i] ? [] : [i]))
    // Since round 15 a consonant for another is a slip only with a key next to it ("kerajinal"/"kerajinan": n and l are far apart).
    if (diff.length === 1) return !(VOWEL.test(word[diff[0]]) && VOWEL.test(suggestion[diff[0]])) && (VOWEL.test(word[diff[0]]) || VOWEL.test(suggestion[diff[0]]) || nextKeys(word[diff[0]], suggestion[diff[0]]))
  }
  return true
}

/** `longer` is `word` with one letter put in. */
function addsOneLetter(word: string, longer: string): boolean {
  if (longer.length !== word.length + 1) return false
  let i = 0
  while (i < word.length && word[i] === longer[i]) i++
  return word.slice(i) === longer.slice(i + 1)
}

/** `other` is `word` with two neighbouring letters swapped ("sosail" → "sosial"): a slip of the fingers, not a regional form. */
function swapsNeighbours(word: string, other: string): boolean {
  if (word.length !== other.length) return false
  const diff = [...word].flatMap((c, i) => (c === other[i] ? [] : [i]))
  return diff.length === 2 && diff[1] === diff[0] + 1 && word[diff[0]] === other[diff[1]] && word[diff[1]] === other[diff[0]]
}

/** The token is an item of a comma-separated list ("…, lupa, cenil, dan …"). */
function inEnumeration(field: PreparedField, token: number): boolean {
  const t = field.tokens[token]
  const before = field.text.slice(Math.max(0, t.start - 2), t.start)
  const after = field.text.slice(t.end, t.end + 1)
  return before.includes(',') || after === ','
}

/** A word opening with a consonant and l/r that is a dictionary word (or its root before -an/-nya/-kan) with "e" between them. */
function withoutSchwa(word: string, checker: { isWord: (w: string) => boolean }): boolean {
  if (!/^[bcdfgjkpstv][lr]\p{Ll}{3,}$/u.test(word)) return false
  const full = `${word[0]}e${word.slice(1)}`
  return checker.isWord(full) || [/an$/u, /nya$/u, /kan$/u].some((suffix) => suffix.test(full) && checker.isWord(full.replace(suffix, '')))
}

/** A final g written for the dictionary's k, or k for g ("ajeg" / "ajek"), as spoken: a variant spelling, no slip. */
function finalStopVariant(word: string, checker: { isWord: (w: string) => boolean }): boolean {
  const m = /^(\p{Ll}{3,})([gk])$/u.exec(word)
  // Since round 20 a final -ng with its n left out is a slip, not a variant, in a long word ("pengunjug", "tanggug");
  // a short one is a regional form as often ("bedug" beside "bedung").
  if (m?.[2] === 'g' && word.length >= 7 && /[aiueo]$/u.test(m[1]) && checker.isWord(`${m[1]}ng`)) return false
  return m !== null && checker.isWord(m[1] + (m[2] === 'g' ? 'k' : 'g'))
}
