/**
 * Whether a word in capitals reads as an acronym rather than an ordinary word shouted: Indonesian
 * words are built from (C)(C)V(C) syllables, so a word that cannot be split that way (DPUPKP,
 * DPMPTSP: no such onset "dp"; BAPPERIDA: doubled consonant other than "ngg"; no vowel) is a set of
 * initials. Pronounceable acronyms (SIPANDU, DISKOMINFO) still need the acronyms list or the
 * registry; ordinary words (GRATIS, PENTING, PERHATIAN) never pass.
 */
const VOWEL = /[aeiou]/
const ONSETS = new Set(['pr', 'tr', 'kr', 'gr', 'br', 'dr', 'fr', 'pl', 'kl', 'bl', 'gl', 'fl', 'sl', 'sp', 'st', 'sk', 'sm', 'sn', 'sw', 'kw', 'ny', 'ng', 'sy', 'kh', 'tw', 'dw', 'ps'])
const CODAS = new Set(['ng', 'nk', 'ks', 'ns', 'rs', 'rt', 'rd', 'rk', 'st', 'nt', 'ls', 'lt', 'ps'])

export function looksLikeAcronym(word: string): boolean {
  const w = word.toLowerCase()
  if (!/^\p{L}+$/u.test(w) || !VOWEL.test(w)) return true
  if (/([b-df-hj-np-tv-z])\1/.test(w.replace(/ngg/g, 'ng'))) return true
  const runs = w.split(/[aeiou]+/)
  const onset = runs[0]
  const coda = runs[runs.length - 1]
  if (onset.length > 2 && !['str', 'skr', 'spr'].includes(onset)) return true
  if (onset.length === 2 && !ONSETS.has(onset)) return true
  if (coda.length > 2 || (coda.length === 2 && !CODAS.has(coda))) return true
  // Inside a word: a coda plus an onset, at most four consonants ("instruksi", "eksklusif").
  return runs.slice(1, -1).some((r) => r.length > 4)
}
