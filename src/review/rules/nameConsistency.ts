import { editDistance } from '../editDistance'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

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
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u
const HAS_LOWER = /\p{Ll}/u

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
      if (lexicon.nameStopwords.has(lower) || lexicon.weekdays.has(lower) || lexicon.months.has(lower)) continue
      let entry = forms.get(lower)
      if (!entry) {
        entry = { form: word, lower, occurrences: [], nonInitial: 0, neighbours: new Set() }
        forms.set(lower, entry)
      }
      const initial = titleCase || field.sentenceInitial[i] === 1
      entry.occurrences.push({ field, token: i, initial })
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

function finding(occurrence: Occurrence, message: string, isName: (field: PreparedField, token: number) => boolean): Finding {
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
  }
}

/**
 * The same name spelled two ways in one article ("Haryadi Suyuti" / "Haryadi Suyoti"), and near
 * misses of the office's official names (lexicon officialNames).
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
            finding(form.occurrences[0], `"${form.form}" mirip nama resmi "${near.name}". Periksa ejaannya dan gunakan ejaan resmi "${near.word}".`, isName),
          )
        }
      }
    }

    // Two spellings within the article.
    // A word seen only at sentence starts may be an ordinary word ("Selama"); it needs a shared
    // neighbour ("Haryadi Suyoti" / "Haryadi Suyuti") to count.
    const candidates = forms
    const others = new Map<NameForm, NameForm[]>()
    for (let i = 0; i < candidates.length; i++) {
      for (let j = i + 1; j < candidates.length; j++) {
        const a = candidates[i]
        const b = candidates[j]
        if (a.lower[0] !== b.lower[0] || Math.abs(a.lower.length - b.lower.length) > 2) continue
        const shared = [...a.neighbours].some((n) => b.neighbours.has(n))
        if (!similar(a, b, shared)) continue
        if (!shared && (a.nonInitial === 0 || b.nonInitial === 0)) continue
        others.set(a, [...(others.get(a) ?? []), b])
        others.set(b, [...(others.get(b) ?? []), a])
      }
    }
    for (const [form, alternatives] of others) {
      if (reported.has(form.lower)) continue
      const list = alternatives.map((a) => `"${a.form}"`).join(', ')
      findings.push(
        finding(
          form.occurrences[0],
          `Nama "${form.form}" juga ditulis ${list} dalam berita ini. Samakan ejaannya sesuai sumber resmi; abaikan bila memang orang atau tempat yang berbeda.`,
          isName,
        ),
      )
    }
    return findings
  },
}
