import { editDistance } from '../editDistance'
import type { PreparedArticle, PreparedField } from '../prepareArticle'

/**
 * The name forms of an article and the tests on them (split out of nameConsistency.ts in round
 * 13): which capitalised words are names, where they stand (a place, a person), and which two
 * spellings are close enough to be one name.
 */

export interface Occurrence {
  field: PreparedField
  token: number
  initial: boolean
}

export interface NameForm {
  /** The word as first written. */
  form: string
  lower: string
  occurrences: Occurrence[]
  nonInitial: number
  /** Capitalised words written next to it (lower case), e.g. the given name. */
  neighbours: Set<string>
  /** Occurrences inside a place name after a geographic word ("Sungai Winongo", "Kampung Gajah Wong"). */
  places: number
  /** The geographic words right before it ("kelurahan" of "Kelurahan Prenggan"). */
  placeWords: Set<string>
}

/** Geographic words that open a place name: what follows is a river, a road, a village, not a person. */
export const PLACE_WORDS = new Set([
  'sungai', 'kali', 'kampung', 'jalan', 'jl', 'gang', 'desa', 'dusun', 'padukuhan', 'kelurahan', 'kalurahan', 'kecamatan', 'kemantren',
  'kabupaten', 'provinsi', 'gunung', 'bukit', 'pantai', 'danau', 'waduk', 'bendungan', 'embung', 'telaga', 'pulau', 'teluk', 'selat', 'pasar',
  'taman', 'alun-alun', 'stasiun', 'terminal', 'bandara', 'pelabuhan', 'lapangan', 'stadion', 'kompleks', 'perumahan', 'rusunawa',
])

/** Forms of address before a person's name. */
const PERSON_ADDRESS = new Set(['pak', 'bu', 'bapak', 'ibu', 'mbah', 'kang', 'mas', 'mbak', 'sdr', 'saudara', 'saudari', 'dr', 'almarhum', 'almarhumah'])
/** An age in brackets after a name: "Sumarto (52)" (round 15). */
const AGE_AFTER = /^\s*\(\s*\d{1,3}\s*(?:tahun)?\s*\)/u
/** A form read as a person's name: written with other name words, after a form of address, or (since round 15) with an age. */
export const personLike = (f: NameForm, nameNeighbours: number) =>
  nameNeighbours > 0 ||
  f.occurrences.some((o) => PERSON_ADDRESS.has(o.field.tokens[o.token - 1]?.lower ?? '') || AGE_AFTER.test(o.field.text.slice(o.field.tokens[o.token].end, o.field.tokens[o.token].end + 12)))

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u
const HAS_LOWER = /\p{Ll}/u
/** Titles written as words, not names: "Prof", "Dokter". */
const HONORIFICS = new Set(['prof', 'dokter', 'haji', 'hajah', 'kiai', 'habib', 'ustaz', 'ustad', 'bapak', 'ibu', 'saudara', 'saudari'])

const isNameWord = (word: string): boolean => NAME_WORD.test(word) && HAS_LOWER.test(word)

/** The name around a token: at most one name word on each side ("Haryadi Suyoti"). */
export function nameSequence(field: PreparedField, token: number, isName: (field: PreparedField, token: number) => boolean): { start: number; end: number } {
  const { tokens, text } = field
  const joined = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start) === ' '
  let first = token
  if (first > 0 && !field.sentenceInitial[first] && joined(first - 1, first) && isName(field, first - 1)) first--
  let last = token
  if (last + 1 < tokens.length && !field.sentenceInitial[last + 1] && joined(last, last + 1) && isName(field, last + 1)) last++
  return { start: tokens[first].start, end: tokens[last].end }
}

/** The first word after a label opening its paragraph ("Foto: Kristianto (berdiri) …"). */
export function afterLabel(field: PreparedField, token: number): boolean {
  const para = field.paragraphs[field.tokenParagraph[token]]
  return /^\p{L}+(?:\s\p{L}+)?:\s*$/u.test(field.text.slice(para.start, field.tokens[token].start))
}

/** A sentence-initial word followed by a speech verb of the attribution list ("Soetomo menjelaskan"). */
export function beforeSpeechVerb(article: PreparedArticle, occurrence: Occurrence): boolean {
  const { field, token } = occurrence
  const next = field.tokens[token + 1]
  if (!occurrence.initial || field.field === 'title' || !next || field.text.slice(field.tokens[token].end, next.start) !== ' ') return false
  return article.lexicon.attribution.get(next.lower)?.some((c) => c.words.length === 1 && c.entry.kind === 'speech' && /^(?:me|ber)/u.test(next.lower)) ?? false
}

function isTitleCase(field: PreparedField): boolean {
  const long = field.tokens.filter((t) => t.text.length >= 4 && /^\p{L}/u.test(t.text))
  if (long.length < 2) return false
  return long.filter((t) => /^\p{Lu}/u.test(t.text)).length / long.length >= 0.6
}

export function collectForms(article: PreparedArticle): NameForm[] {
  const { lexicon } = article
  const forms = new Map<string, NameForm>()
  for (const field of article.fields) {
    const { tokens, text } = field
    // A Title Case headline says nothing about which words are names.
    const titleCase = field.field === 'title' && isTitleCase(field)
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].text.replace(/['’]s$/u, '')
      // Since round 17 a three-letter given name before two more name words ("Ana Maria Kristiani") is kept: it is
      // compared only with a full name written the same way (`sameFullName` in nameConsistency.ts).
      const fullNameHead = word.length === 3 && [tokens[i + 1], tokens[i + 2]].every((t) => t && /^\p{Lu}\p{Ll}+$/u.test(t.text))
      if ((word.length < 4 && !fullNameHead) || !isNameWord(word)) continue
      const lower = word.toLowerCase()
      if (HONORIFICS.has(lower) || lexicon.nameStopwords.has(lower) || lexicon.weekdays.has(lower) || lexicon.months.has(lower)) continue
      let entry = forms.get(lower)
      if (!entry) {
        entry = { form: word, lower, occurrences: [], nonInitial: 0, neighbours: new Set(), places: 0, placeWords: new Set() }
        forms.set(lower, entry)
      }
      const initial = titleCase || field.sentenceInitial[i] === 1
      entry.occurrences.push({ field, token: i, initial })
      // "Sungai Winongo", "Sungai Gajah Wong", "Jalan Ipda Tut Harsono": a geographic word, then up to
      // three name words, the last of them this one.
      const joinedBefore = (j: number) => j >= 0 && /^\s+$/u.test(text.slice(tokens[j].end, tokens[j + 1].start))
      for (let j = i - 1; j >= Math.max(0, i - 4) && joinedBefore(j); j--) {
        if (PLACE_WORDS.has(tokens[j].lower)) {
          entry.places++
          if (j === i - 1) entry.placeWords.add(tokens[j].lower)
          break
        }
        if (!/^\p{Lu}/u.test(tokens[j].text)) break
      }
      if (!initial) entry.nonInitial++
      for (const j of [i - 1, i + 1]) {
        const other = tokens[j]
        if (!other || !isNameWord(other.text)) continue
        const between = j < i ? text.slice(other.end, tokens[i].start) : text.slice(tokens[i].end, other.start)
        if (between === ' ' && !lexicon.nameStopwords.has(other.lower)) entry.neighbours.add(other.lower)
      }
    }
  }
  return [...forms.values()]
}

/** A name followed directly by a lower-case word (its verb), as a later reference is: "Prasetyanto meminta …". */
export function laterReference(occurrence: Occurrence): boolean {
  const { field, token } = occurrence
  const next = field.tokens[token + 1]
  return next !== undefined && /^\s+$/u.test(field.text.slice(field.tokens[token].end, next.start)) && /^\p{Ll}/u.test(next.text)
}

/** One or two letters apart, long enough, same initial: likely the same name misspelled. */
export function similar(a: NameForm, b: NameForm, sharedNeighbour: boolean): boolean {
  if (a.lower[0] !== b.lower[0]) return false
  const shorter = Math.min(a.lower.length, b.lower.length)
  const distance = editDistance(a.lower, b.lower, 2)
  // Four letters only beside a shared name word (round 13: "Dewo Joyo" / "Dewo Jayo").
  if (shorter === 4) return distance === 1 && sharedNeighbour
  if (shorter < 5) return false
  if (distance === 1) return shorter >= 6 || sharedNeighbour
  if (distance === 2) return sharedNeighbour && shorter >= 6
  return false
}
