import { editDistance } from '../editDistance'
import { oldSpellingKey } from '../oldSpellingKey'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { CAPTION } from './countMentions'
import { genderedPair, namedSideBySide } from './namedSideBySide'
import {
  type NameForm,
  type Occurrence,
  PLACE_WORDS,
  afterLabel,
  beforeSpeechVerb,
  collectForms,
  laterReference,
  nameSequence,
  personLike,
  similar,
} from './nameForms'

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
/** An occurrence with no capitalised word beside it ("kata Nyoman."): a short reference to the person already named. */
const bare = (o: Occurrence) =>
  [o.token - 1, o.token + 1].every((j) => {
    const t = o.field.tokens[j]
    return t === undefined || o.field.tokenSentence[j] !== o.field.tokenSentence[o.token] || !/^\p{Lu}/u.test(t.text)
  })
function inName(form: NameForm, other: NameForm): number {
  const own = tiedTo(form, other).length
  // Since round 17 the short references count for the form they spell ("I Njoman Suarta" … "kata Nyoman" …
  // "Nyoman Suarta": Nyoman twice), so the minority spelling is the one reported.
  return own > 0 && tiedTo(other, form).length > 0 ? own + form.occurrences.filter(bare).length : form.occurrences.length
}

/**
 * The two capitalised words after an occurrence ("Maria Kristiani" of "Anna Maria Kristiani"), or null.
 * Two short given names one letter apart followed by the same two name words are one person's name
 * spelled two ways (round 17: "Octo Noor Arafat" / "Okto Noor Arafat"); one shared word is not enough
 * ("Dewi Sari" / "Dewi Sara" are two people).
 */
function tails(form: NameForm): Set<string> {
  const out = new Set<string>()
  for (const o of form.occurrences) {
    const [x, y] = [o.field.tokens[o.token + 1], o.field.tokens[o.token + 2]]
    if (!x || !y || o.field.tokenSentence[o.token + 2] !== o.field.tokenSentence[o.token]) continue
    if (!/^\p{Lu}\p{Ll}/u.test(x.text) || !/^\p{Lu}\p{Ll}/u.test(y.text)) continue
    if (!/^ $/.test(o.field.text.slice(o.field.tokens[o.token].end, x.start)) || !/^ $/.test(o.field.text.slice(x.end, y.start))) continue
    out.add(`${x.lower} ${y.lower}`)
  }
  return out
}
const sameFullName = (a: NameForm, b: NameForm) => {
  const ta = tails(a)
  return ta.size > 0 && [...tails(b)].some((t) => ta.has(t))
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
    // Since round 13 a long surname written alone with a different ending ("Bambang Prasetyawan" … "Prasetyanto"):
    // nine or more letters, the first eight shared. The alone form (no other name word beside it) is a later
    // reference to the person already named, written once and followed by its verb (not a new person introduced
    // with an age or a role: "Setyaningsih (45), warga …"). Computed per form, not per pair (speed).
    const prefixes = forms.map((f) => (f.lower.length >= 9 ? f.lower.slice(0, 8) : null))
    const alone = forms.map((f) => ![...f.neighbours].some((n) => names.has(n)))
    const reference = (x: number, full: number) =>
      alone[x] && !alone[full] && forms[x].occurrences.length === 1 && firstOffset(forms[x]) > firstOffset(forms[full]) && laterReference(forms[x].occurrences[0])
    for (let i = 0; i < forms.length; i++) {
      for (let j = i + 1; j < forms.length; j++) {
        const a = forms[i]
        const b = forms[j]
        const old = keys[i] === keys[j]
        // Cheap tests first: most pairs of names are far apart.
        const respelt = !old && prefixes[i] !== null && prefixes[i] === prefixes[j] && (reference(i, j) || reference(j, i))
        if (!old && !respelt && (a.lower[0] !== b.lower[0] || Math.abs(a.lower.length - b.lower.length) > 2)) continue
        // Since round 13 a four-letter word of a place name one letter off counts when the two share a neighbouring name
        // word ("Kampung Dewo Joyo" / "Dewo Jayo"); people ("Dewi Sari", "Dewi Sara") and shorter words are too often two names.
        const short =
          Math.min(a.lower.length, b.lower.length) === 4 && (a.places > 0 || b.places > 0) && editDistance(a.lower, b.lower, 1) === 1 && [...a.neighbours].some((n) => b.neighbours.has(n))
        const fullName = !old && !respelt && !short && Math.min(a.lower.length, b.lower.length) >= 3 && Math.min(a.lower.length, b.lower.length) < 5 && editDistance(a.lower, b.lower, 1) === 1 && sameFullName(a, b)
        if (!old && !respelt && !fullName && ((Math.min(a.lower.length, b.lower.length) < 5 && !short) || editDistance(a.lower, b.lower, 2) > 2)) continue
        // Since round 14 the same geographic word right before two forms one letter apart ("Kelurahan Prengan" /
        // "Kelurahan Prenggan") ties them like a shared name word, even when the dictionary reads one as a word.
        const samePlace = [...a.placeWords].some((w) => b.placeWords.has(w)) && editDistance(a.lower, b.lower, 1) === 1
        const shared = samePlace || [...a.neighbours].some((n) => b.neighbours.has(n))
        const aName = a.nonInitial > 0 || headlineName(a) || initialName(a)
        const bName = b.nonInitial > 0 || headlineName(b) || initialName(b)
        if (!old && !respelt && !fullName && !similar(a, b, shared)) continue
        // Two ordinary words ("Keraton" in "Keraton Yogyakarta" and the district "Kraton", both
        // dictionary forms) are words written inside names, not one name misspelt, unless the two share
        // a neighbouring name word.
        if (!old && !shared && checker && checker.isWord(a.lower) && checker.isWord(b.lower)) continue
        // A word seen only at sentence starts may be an ordinary word ("Selama"); it needs a shared
        // neighbour ("Haryadi Suyoti" / "Haryadi Suyuti") to count.
        if (!shared && (!aName || !bName)) continue
        // Two fully named people ("Budi Harsono", "Agus Hartono"): each written with its own other
        // name words, none shared, are two persons, not one name misspelt.
        // Since round 14 short name words count too ("Aloysius Tri Hartanto": "Tri" is no form of its own).
        const nameNeighbours = (f: NameForm) => [...f.neighbours].filter((n) => names.has(n) || n.length < 4).length
        if (!old && !shared && nameNeighbours(a) > 0 && nameNeighbours(b) > 0) continue
        // Since round 14 two spellings listed side by side ("Sri Lestari (52) dan Sri Lestiani (47)") are two people.
        if (!old && (namedSideBySide(a, b) || genderedPair(a, b, shared))) continue
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
      // Round 16: a common word misspelt inside a name ("Paguyubn Seni" beside "Paguyuban Seni") is a typo, the typo rule's.
      if (!old && checker && checker.isWord(right.lower) && !checker.isWord(form.lower) && writtenLowerCase(article, right.lower)) continue
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

/** The word is written in lower case somewhere in the article: an ordinary word, not only a name. */
const writtenLowerCase = (article: Parameters<Rule['run']>[0], lower: string) => article.fields.some((f) => f.tokens.some((t) => t.text === lower))
