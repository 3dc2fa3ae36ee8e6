import { editDistance } from '../editDistance'
import { oldSpellingKey } from '../oldSpellingKey'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { CAPTION } from './countMentions'

interface Occurrence {
  field: PreparedField
  token: number
  initial: boolean
}

interface NameForm {
  /** The word as first written. */
  form: string
  lower: string
  occurrences: Occurrence[]
  nonInitial: number
  /** Capitalised words written next to it (lower case), e.g. the given name. */
  neighbours: Set<string>
  /** Occurrences inside a place name after a geographic word ("Sungai Winongo", "Kampung Gajah Wong"). */
  places: number
}

/** Geographic words that open a place name: what follows is a river, a road, a village, not a person. */
const PLACE_WORDS = new Set([
  'sungai', 'kali', 'kampung', 'jalan', 'jl', 'gang', 'desa', 'dusun', 'padukuhan', 'kelurahan', 'kalurahan', 'kecamatan', 'kemantren',
  'kabupaten', 'provinsi', 'gunung', 'bukit', 'pantai', 'danau', 'waduk', 'bendungan', 'embung', 'telaga', 'pulau', 'teluk', 'selat', 'pasar',
  'taman', 'alun-alun', 'stasiun', 'terminal', 'bandara', 'pelabuhan', 'lapangan', 'stadion', 'kompleks', 'perumahan', 'rusunawa',
])

/** Forms of address before a person's name. */
const PERSON_ADDRESS = new Set(['pak', 'bu', 'bapak', 'ibu', 'mbah', 'kang', 'mas', 'mbak', 'sdr', 'saudara', 'saudari', 'dr', 'almarhum', 'almarhumah'])
/** A form read as a person's name: written with other name words, or after a form of address. */
const personLike = (f: NameForm, nameNeighbours: number) =>
  nameNeighbours > 0 || f.occurrences.some((o) => PERSON_ADDRESS.has(o.field.tokens[o.token - 1]?.lower ?? ''))

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u
const HAS_LOWER = /\p{Ll}/u
/** Titles written as words, not names: "Prof", "Dokter". */
const HONORIFICS = new Set(['prof', 'dokter', 'haji', 'hajah', 'kiai', 'habib', 'ustaz', 'ustad', 'bapak', 'ibu', 'saudara', 'saudari'])

const isNameWord = (word: string): boolean => NAME_WORD.test(word) && HAS_LOWER.test(word)

/** The name around a token: at most one name word on each side ("Haryadi Suyoti"). */
function nameSequence(field: PreparedField, token: number, isName: (field: PreparedField, token: number) => boolean): { start: number; end: number } {
  const { tokens, text } = field
  const joined = (a: number, b: number) => text.slice(tokens[a].end, tokens[b].start) === ' '
  let first = token
  if (first > 0 && !field.sentenceInitial[first] && joined(first - 1, first) && isName(field, first - 1)) first--
  let last = token
  if (last + 1 < tokens.length && !field.sentenceInitial[last + 1] && joined(last, last + 1) && isName(field, last + 1)) last++
  return { start: tokens[first].start, end: tokens[last].end }
}

/** The first word after a label opening its paragraph ("Foto: Kristianto (berdiri) …"). */
function afterLabel(field: PreparedField, token: number): boolean {
  const para = field.paragraphs[field.tokenParagraph[token]]
  return /^\p{L}+(?:\s\p{L}+)?:\s*$/u.test(field.text.slice(para.start, field.tokens[token].start))
}

/** A sentence-initial word followed by a speech verb of the attribution list ("Soetomo menjelaskan"). */
function beforeSpeechVerb(article: PreparedArticle, occurrence: Occurrence): boolean {
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

function collectForms(article: PreparedArticle): NameForm[] {
  const { lexicon } = article
  const forms = new Map<string, NameForm>()
  for (const field of article.fields) {
    const { tokens, text } = field
    // A Title Case headline says nothing about which words are names.
    const titleCase = field.field === 'title' && isTitleCase(field)
    for (let i = 0; i < tokens.length; i++) {
      const word = tokens[i].text.replace(/['’]s$/u, '')
      if (word.length < 4 || !isNameWord(word)) continue
      const lower = word.toLowerCase()
      if (HONORIFICS.has(lower) || lexicon.nameStopwords.has(lower) || lexicon.weekdays.has(lower) || lexicon.months.has(lower)) continue
      let entry = forms.get(lower)
      if (!entry) {
        entry = { form: word, lower, occurrences: [], nonInitial: 0, neighbours: new Set(), places: 0 }
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

/** One or two letters apart, long enough, same initial: likely the same name misspelled. */
function similar(a: NameForm, b: NameForm, sharedNeighbour: boolean): boolean {
  if (a.lower[0] !== b.lower[0]) return false
  const shorter = Math.min(a.lower.length, b.lower.length)
  if (shorter < 5) return false
  const distance = editDistance(a.lower, b.lower, 2)
  if (distance === 1) return shorter >= 6 || sharedNeighbour
  if (distance === 2) return sharedNeighbour && shorter >= 6
  return false
}

function finding(occurrence: Occurrence, message: string, isName: (field: PreparedField, token: number) => boolean, suggestion?: string): Finding {
  const { field } = occurrence
  const span = nameSequence(field, occurrence.token, isName)
  return {
    rule: 'name-consistency',
    category: 'accuracy',
    severity: 'warning',
    message,
    field: field.field,
    start: span.start,
    end: span.end,
    excerpt: field.text.slice(span.start, span.end),
    ...(suggestion ? { suggestion } : {}),
  }
}

const onlyInTitle = (form: NameForm) => form.occurrences.every((o) => o.field.field === 'title')
const onlyInCaptions = (form: NameForm) =>
  form.occurrences.every((o) => {
    const start = o.field.tokens[o.token].start
    const paragraph = o.field.paragraphs.find((p) => p.start <= start && start < p.end)
    return o.field.field === 'body' && paragraph !== undefined && CAPTION.test(o.field.text.slice(paragraph.start, paragraph.end))
  })
const firstOffset = (form: NameForm) => {
  const o = form.occurrences[0]
  return (o.field.field === 'title' ? 0 : o.field.field === 'lead' ? 1e7 : 2e7) + o.field.tokens[o.token].start
}

/**
 * How often a form is written as the name it is compared with (round 11): occurrences beside a
 * capitalised word that is, in any spelling, a neighbour of the other form. "Budoyo" of "Kudho
 * Mudho Budoyo" does not count for "Cipto Budoyo" against "Tjipto Boedojo". When the two are not
 * tied that way both ways, every occurrence counts.
 */
function tiedTo(form: NameForm, other: NameForm): Occurrence[] {
  const keys = new Set([...other.neighbours].map(oldSpellingKey))
  return form.occurrences.filter((o) =>
    [o.token - 1, o.token + 1].some((j) => {
      const t = o.field.tokens[j]
      return t !== undefined && /^\p{Lu}/u.test(t.text) && keys.has(oldSpellingKey(t.lower))
    }),
  )
}
function inName(form: NameForm, other: NameForm): number {
  const own = tiedTo(form, other).length
  return own > 0 && tiedTo(other, form).length > 0 ? own : form.occurrences.length
}

/**
 * The same name spelled two ways in one article ("Haryadi Suyuti" / "Haryadi Suyoti"), including
 * old and new spellings ("Soetrisno" / "Sutrisno", see oldSpellingKey) and a Title Case headline
 * against the body; and near misses of the office's official names (lexicon officialNames).
 * Of two spellings, the one only in the headline is reported, else the rarer, else the later one,
 * with the other as the suggestion.
 */
export const nameConsistency: Rule = {
  id: 'name-consistency',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    const forms = collectForms(article)
    const reported = new Set<string>()
    // Words written as names somewhere outside a sentence start (so not "Resmikan" in a headline).
    const names = new Set(forms.filter((f) => f.nonInitial > 0).map((f) => f.lower))
    const isName = (field: PreparedField, token: number) => names.has(field.tokens[token].lower)
    // The same, outside the headline.
    const bodyNames = new Set(forms.filter((f) => f.occurrences.some((o) => !o.initial && o.field.field !== 'title')).map((f) => f.lower))

    // Words of the body written in lower case are ordinary words, not names.
    const lowerWords = new Set<string>()
    for (const field of article.fields) {
      if (field.field === 'title') continue
      for (const t of field.tokens) if (t.text === t.lower) lowerWords.add(t.lower)
    }
    const checker = article.spellChecker
    // A headline word that is not an ordinary word may be a name even in a Title Case headline.
    const headlineName = (form: NameForm) =>
      onlyInTitle(form) && !lowerWords.has(form.lower) && !(checker?.isWord(form.lower) ?? false)
    // Likewise a word seen only at sentence starts ("Foto: Kristianto (berdiri) …" in a caption)
    // is a name when it is no ordinary word: never written in lower case, not in the dictionary.
    // Without a dictionary, only right after a caption label ("Foto:", "Keterangan foto:").
    // Without a dictionary, also a sentence start followed by a speech verb ("Soetomo menjelaskan …",
    // "Ardani mengatakan …"): the subject of a speech verb in a news report is a person.
    const initialName = (form: NameForm) =>
      !lowerWords.has(form.lower) &&
      (checker ? !checker.isWord(form.lower) : form.occurrences.some((o) => afterLabel(o.field, o.token) || beforeSpeechVerb(article, o)))

    // Near misses of official names.
    const official = article.lexicon.officialNameWords
    if (official.length) {
      const officialLower = new Set(official.map((o) => o.word.toLowerCase()))
      for (const form of forms) {
        if (officialLower.has(form.lower)) {
          reported.add(form.lower) // correct spelling: never reported
          continue
        }
        const near = official.find((o) => {
          const lower = o.word.toLowerCase()
          if (lower[0] !== form.lower[0] || Math.min(lower.length, form.lower.length) < 5) return false
          const distance = editDistance(lower, form.lower, 2)
          return distance === 1 || (distance === 2 && Math.min(lower.length, form.lower.length) >= 8)
        })
        if (near) {
          reported.add(form.lower)
          findings.push(
            finding(form.occurrences[0], `"${form.form}" mirip nama resmi "${near.name}". Periksa ejaannya dan gunakan ejaan resmi "${near.word}".`, isName, near.word),
          )
        }
      }
    }

    // Two spellings within the article: pick the one to report in each pair.
    const wrong = new Map<NameForm, { right: NameForm; old: boolean }>()
    const keys = forms.map((f) => oldSpellingKey(f.lower))
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const a = forms[i]
        const b = forms[j]
        const old = keys[i] === keys[j]
        // Cheap tests first: most pairs of names are far apart.
        if (!old && (a.lower[0] !== b.lower[0] || Math.abs(a.lower.length - b.lower.length) > 2)) continue
        if (!old && (Math.min(a.lower.length, b.lower.length) < 5 || editDistance(a.lower, b.lower, 2) > 2)) continue
        const shared = [...a.neighbours].some((n) => b.neighbours.has(n))
        const aName = a.nonInitial > 0 || headlineName(a) || initialName(a)
        const bName = b.nonInitial > 0 || headlineName(b) || initialName(b)
        if (!old && !similar(a, b, shared)) continue
        // Two ordinary words ("Keraton" in "Keraton Yogyakarta" and the district "Kraton", both
        // dictionary forms) are words written inside names, not one name misspelt, unless the two share
        // a neighbouring name word.
        if (!old && !shared && checker && checker.isWord(a.lower) && checker.isWord(b.lower)) continue
        // A word seen only at sentence starts may be an ordinary word ("Selama"); it needs a shared
        // neighbour ("Haryadi Suyoti" / "Haryadi Suyuti") to count.
        if (!shared && (!aName || !bName)) continue
        // Two fully named people ("Budi Harsono", "Agus Hartono"): each written with its own other
        // name words, none shared, are two persons, not one name misspelt.
        const nameNeighbours = (f: NameForm) => [...f.neighbours].filter((n) => names.has(n)).length
        if (!old && !shared && nameNeighbours(a) > 0 && nameNeighbours(b) > 0) continue
        // A place name ("Sungai Winongo") and a person's name ("Winarno") are different kinds of name.
        // Since round 10 only when the other form reads as a person (other name words beside it, or
        // "Pak"/"Bu" before it): a bare "di Karangwuru" under "Kampung Karangwaru" is the place misspelt.
        const placeOnly = (f: NameForm) => f.places === f.occurrences.length
        // Since round 11 a word of a Title Case headline ("… Gambiran Raih Juara") and a geographic word
        // ("Kampung Gambiran") are no person's name beside it.
        const bodyNameNeighbours = (f: NameForm) => [...f.neighbours].filter((n) => bodyNames.has(n) && !PLACE_WORDS.has(n)).length
        if (placeOnly(a) !== placeOnly(b) && personLike(placeOnly(a) ? b : a, bodyNameNeighbours(placeOnly(a) ? b : a))) continue
        let pick: [NameForm, NameForm]
        if (onlyInTitle(a) !== onlyInTitle(b)) pick = onlyInTitle(a) ? [a, b] : [b, a]
        else if (inName(a, b) !== inName(b, a)) pick = inName(a, b) < inName(b, a) ? [a, b] : [b, a]
        // Since round 10, as often: a form only in photo captions yields to the body's (a caption is written from the story).
        else if (onlyInCaptions(a) !== onlyInCaptions(b)) pick = onlyInCaptions(a) ? [a, b] : [b, a]
        else pick = firstOffset(a) > firstOffset(b) ? [a, b] : [b, a]
        if (!wrong.has(pick[0])) wrong.set(pick[0], { right: pick[1], old })
      }
    }
    const joint: Finding[] = []
    for (const [form, { right, old }] of wrong) {
      if (reported.has(form.lower)) continue
      const where = onlyInTitle(form) ? 'di judul' : 'dalam berita ini'
      const next = finding(
        tiedTo(form, right)[0] ?? form.occurrences[0],
        old
          ? `Nama "${form.form}" ${where} memakai ejaan lain dari "${right.form}" (ejaan lama/baru). Gunakan satu ejaan sesuai penulisan resmi nama orang itu.`
          : `Nama "${form.form}" ${where} ditulis "${right.form}" di bagian lain. Samakan ejaannya sesuai sumber resmi; abaikan bila memang orang atau tempat yang berbeda.`,
        isName,
        right.form,
      )
      // Two words of one name written the other way ("Cipto Budoyo" / "Tjipto Boedojo") are one finding when the
      // right words are only ever written together (round 11); "Achmad" also written alone is a word of its own.
      const together = tiedTo(right, form).length === right.occurrences.length
      if (together && joint.some((g) => g.field === next.field && g.start < next.end && next.start < g.end)) continue
      if (together) joint.push(next)
      findings.push(next)
    }
    return findings
  },
}
