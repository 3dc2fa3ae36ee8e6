import type { Token } from './tokenize'

/**
 * What a quotation mark or a speech verb is doing, by class (round 10): a quoted name is not a
 * quotation, and a speech verb used for something else, or in the passive with no one named,
 * names no speaker.
 */

/** Nouns that introduce a name in quotation marks: awards, titles, themes, slogans, programmes. */
const NAMING = /(?<![\p{L}])(?:penghargaan|anugerah|predikat|kategori|gelar|julukan|trofi|piala|award|lomba|kompetisi|festival|program|gerakan|kampanye|tema|bertema|bertajuk|berjudul|judul|slogan|tagline|moto|motto|semboyan|jargon|tajuk|sebutan|nama|bernama|istilah|label|lagu|buku|film|novel|pameran|acara|kegiatan)(?:\s+[\p{L}-]+){0,2}\s*$/iu
/**
 * Words written in lower case inside a title ("Kota Layak Anak Kategori Nindya", "Bersih dari Sampah"). Since round 22
 * the other prepositions and conjunctions EYD writes in lower case in titles ("Kampung sebagai Wajah Kota", "Jogja
 * menuju Kota Nol Sampah").
 */
const TITLE_FUNCTION_WORDS = new Set([
  'dan', 'di', 'ke', 'dari', 'yang', 'untuk', 'atau', 'dengan', 'bagi', 'pada', 'dalam', 'serta', 'sebagai', 'menuju', 'tanpa', 'tentang',
  'atas', 'oleh', 'melalui', 'lewat', 'bersama', 'hingga', 'sampai', 'antara', 'terhadap', 'kepada', 'demi', 'ala', 'tetapi', 'namun',
  'of', 'the', 'and', 'for', 'in', 'to', 'as', 'with',
])

/**
 * A quoted name rather than a quotation: written in Title Case (every word but function words
 * capitalised, "Kota Layak Anak Kategori Nindya") or introduced by a naming noun ("meraih
 * penghargaan "…"", "bertema "…""), and not a sentence (no closing punctuation inside).
 */
export function isQuotedName(inner: string, before: string): boolean {
  if (/[.!?…,]$/.test(inner)) return false
  const words = inner.split(/\s+/).filter(Boolean)
  if (!words.length) return false
  if (NAMING.test(before)) return true
  const content = words.filter((w) => !TITLE_FUNCTION_WORDS.has(w.toLowerCase()))
  return words.length >= 2 && content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w))
}

/** Things handed over: "menyampaikan bantuan", "Bantuan … disampaikan kepada …" are deliveries, not speech. */
const DELIVERED = /^(?:bantuan|santunan|hadiah|paket|donasi|bingkisan|sumbangan|zakat|sembako|piagam|sertifikat|trofi|piala|dana|hibah|uang|kursi|alat|bibit|kado|parsel|tali)$/u
/** A status declared of a person or thing: "dinyatakan lulus", "dinyatakan sembuh", not speech. */
const STATUS = /^(?:lulus|lolos|sembuh|sehat|positif|negatif|layak|tidak|tak|belum|meninggal|hilang|menang|kalah|juara|selesai|aman|resmi|bersalah|gugur|memenuhi|sah|berhasil|gagal|bebas|terbaik|tuntas)$/u

/** Speech roots that are adjectives too: "serunya", "tegasnya" is also "the fun of", "the firmness of". */
const ADJECTIVE_TAGS = new Set(['serunya', 'jelasnya', 'terangnya', 'tegasnya'])
/**
 * Round 22: such a "-nya" form is a speech tag only in lower case after a comma or a closing quotation mark
 * ("…," serunya.); capitalised or after a plain space it is the adjective naming a quality ("Inilah Serunya Festival
 * Jazz", "Serunya lomba itu …", "makin jelasnya aturan").
 */
const adjectiveNoun = (tokens: readonly Token[], index: number): boolean =>
  /^\p{Lu}/u.test(tokens[index].text) || index === 0 || tokens[index].start - tokens[index - 1].end <= 1

/** Copulas whose subject may be an act: "Mengajak anak … adalah langkah cerdas". */
const COPULAS = new Set(['adalah', 'merupakan', 'ialah'])
/**
 * Round 24: an active speech verb opening its sentence, capitalised, as the subject of a copula a few words on
 * ("Mengajak lansia berolahraga adalah …", "Menyampaikan keluhan … merupakan …") names an act, not a speaker.
 * "Menurut" is a source, never an act.
 */
function actAsSubject(tokens: readonly Token[], index: number, phrase: string): boolean {
  if (!/^me/.test(phrase) || phrase === 'menurut' || !/^\p{Lu}/u.test(tokens[index].text)) return false
  for (let i = index + 1; i < Math.min(tokens.length, index + 12); i++) {
    if (COPULAS.has(tokens[i].lower)) return true
    if (/^\p{Lu}/u.test(tokens[i].text) && tokens[i].start - tokens[i - 1].end > 1) return false
  }
  return false
}

/**
 * Whether the speech verb at `index` (lower case `phrase`) is used for something other than
 * speech: a delivery of goods ("menyampaikan bantuan", "bantuan itu disampaikan") or a declared
 * status ("dinyatakan lulus").
 */
export function notSpeech(tokens: readonly Token[], index: number, phrase: string): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  if (actAsSubject(tokens, index, phrase)) return true
  if (ADJECTIVE_TAGS.has(phrase)) return adjectiveNoun(tokens, index)
  if (phrase === 'dinyatakan') return STATUS.test(next)
  if (phrase === 'menyampaikan') return DELIVERED.test(next)
  if (phrase === 'disampaikan') return tokens.slice(Math.max(0, index - 4), index).some((t) => DELIVERED.test(t.lower))
  return false
}

/**
 * A passive speech verb with no agent after it: "…," demikian disampaikan dalam siaran pers; not
 * "disampaikan Kepala Dinas", "disampaikan oleh …", "disampaikannya".
 */
export function agentlessPassive(tokens: readonly Token[], text: string, index: number, phrase: string): boolean {
  if (!/^di/.test(phrase) || /nya$/.test(tokens[index].lower)) return false
  const next = tokens[index + 1]
  if (!next || /[.!?;]/.test(text.slice(tokens[index].end, next.start))) return true
  return /^\p{Ll}/u.test(next.text) && next.lower !== 'oleh'
}

/** Speech verbs that add to what the same speaker said before ("Rina menambahkan, …"). */
const CONTINUING_VERBS = new Set(['menambahkan', 'imbuh', 'pungkas'])
const PRONOUNS = new Set(['ia', 'dia', 'beliau'])

/**
 * Whether a sentence opening a paragraph goes on with the speaker already named: a verb of adding
 * ("Rina menambahkan …") or a pronoun as the subject of its speech verb ("Ia mengatakan …").
 */
export function continuesSpeaker(tokens: readonly Token[], sentenceFirst: number, verb: number, phrase: string): boolean {
  if (CONTINUING_VERBS.has(phrase)) return true
  return PRONOUNS.has(tokens[sentenceFirst]?.lower ?? '') && verb - sentenceFirst <= 2
}
