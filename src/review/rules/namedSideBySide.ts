import type { NameForm, Occurrence } from './nameForms'

/** What joins two people listed together: "Sri Lestari (52) dan Sri Lestiani (47)", "…, Budiman, dan Budiwan". */
const LIST_JOINT = /^(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s*\(\d{1,3}\))?\s*(?:,\s*(?:dan\s+|serta\s+)?|\s+(?:dan|serta|bersama|beserta|maupun)\s+)(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}$/u

/**
 * Two spellings written side by side in one list name two people (round 14): nobody lists one
 * person twice ("kader Sri Lestari (52) dan Sri Lestiani (47)"). Only the words between them
 * count — an age, a comma or "dan", and the other's given names; since round 17 also the first one's
 * other name words ("Galih Santosa Putra dan Gilih Santosa Putra", twins).
 */
export function namedSideBySide(a: NameForm, b: NameForm): boolean {
  const listed = (x: Occurrence, y: Occurrence) => {
    if (x.field !== y.field) return false
    const { tokens, text } = x.field
    if (x.token >= y.token || y.token - x.token > 6) return false
    return LIST_JOINT.test(text.slice(tokens[x.token].end, tokens[y.token].start))
  }
  return a.occurrences.some((x) => b.occurrences.some((y) => listed(x, y) || listed(y, x)))
}

/**
 * A Javanese man's and woman's name of one stem, -o against -i (round 14): "Sumarno" and
 * "Sumarni", "Suparmo" and "Suparmi" are two people, not one name misspelt — unless a shared
 * name word ties them ("Sri Sumarni" / "Sri Sumarno").
 */
export function genderedPair(a: NameForm, b: NameForm, shared: boolean): boolean {
  if (shared || a.lower.length < 6 || a.lower.length !== b.lower.length || a.lower.slice(0, -1) !== b.lower.slice(0, -1)) return false
  const ends = new Set([a.lower.at(-1), b.lower.at(-1)])
  return ends.has('o') && ends.has('i')
}
