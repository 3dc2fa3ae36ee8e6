import type { PreparedField } from '../prepareArticle'
import { GROUP_NOUNS } from './generalisation'
import { type Figure, figures, qualifies } from './partFigures'

const GROUPS = new Set<string>(GROUP_NOUNS)
/** People named by sex, age or role, which a breakdown of people uses for its parts ("14 laki-laki dewasa, 6 anak-anak"). */
const PERSON_KINDS = new Set([
  'orang', 'jiwa', 'laki-laki', 'perempuan', 'pria', 'wanita', 'anak', 'balita', 'bayi', 'dewasa', 'lansia', 'ibu', 'bapak', 'kader', 'siswi', 'santri',
  'atlet', 'korban', 'pengungsi', 'tokoh', 'kepala',
])
/** A noun of people: a group noun, a kind of person, or an agent noun in pe(N)- ("pendidik", "penggerak"; not "-an" nouns). */
export const isPersonNoun = (noun: string) =>
  GROUPS.has(noun) || PERSON_KINDS.has(noun) || (/^pe(?:n|m|ng|ny|r|l)?\p{L}{3,}$/u.test(noun) && !/an$/u.test(noun))

const SUBJECT = /(?<![\p{L}])(\p{L}[\p{L}-]*)(?:\s+(\p{Ll}[\p{L}-]*))?(?:\s+yang(?:\s+\p{Ll}+){1,2})?\s*,?\s*$/u

/**
 * Since round 21 a breakdown of people by kind whose subject names people ("Warga yang mengungsi terdiri
 * atas 14 laki-laki dewasa, 13 perempuan dewasa, 6 anak-anak, dan 5 lansia", "Penerima penghargaan terdiri
 * atas 14 kader …, 11 pendidik …") breaks down the last count of people given earlier ("37 jiwa", "48
 * perempuan inspiratif"), larger than every part. Undefined when a part or the subject is no person.
 */
export function peopleWhole(field: PreparedField, parts: Figure[], breakdownAt: number, months: Map<string, number>): Figure | undefined {
  if (parts.length < 2 || parts.some((p) => p.money || !isPersonNoun(p.noun))) return undefined
  const sentence = field.sentences.find((s) => s.start <= breakdownAt && breakdownAt < s.end)
  // The subject: the two words before the breakdown word, past a relative clause ("Warga yang mengungsi", "menyebut korban").
  // or the sentence's first word ("Peserta berasal dari empat kelurahan, yaitu …").
  const before = sentence ? field.text.slice(sentence.start, breakdownAt) : ''
  const subject = SUBJECT.exec(before)
  const first = /^\s*(?:[Pp]ara\s+)?(\p{L}[\p{L}-]*)/u.exec(before)?.[1]
  if (!sentence || ![subject?.[1], subject?.[2], first].some((w) => w && isPersonNoun(w.toLowerCase()))) return undefined
  const largest = Math.max(...parts.map((p) => p.value))
  return figures(field, 0, sentence.start, months)
    .filter((f) => !f.money && isPersonNoun(f.noun) && f.value > largest && !qualifies(field, f))
    .pop()
}
