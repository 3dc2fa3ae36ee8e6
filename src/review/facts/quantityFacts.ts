import type { PreparedArticle, PreparedField } from '../prepareArticle'
import { parseNumber } from '../parseNumber'
import { type Figure, figures, lists } from '../rules/partFigures'
import { CLASSIFIERS } from '../rules/countMentions'

/**
 * The fact model (round 24): every quantity of the lead and body read once, per sentence, with what it
 * is about and the role it plays, so that checks compare facts instead of matching one construction.
 *
 * - `total`: framed as a whole ("total Rp60 juta", "seluruhnya 120 peserta", "jumlahnya …").
 * - `part`: one item of a list of two or more quantities of one kind in one sentence.
 * - `rest`: the item that closes a list ("dan sisanya, 62 unit", "serta sektor lain 180 lowongan").
 * - `perUnit`: an amount or count for each unit ("masing-masing Rp5 juta", "Rp500 ribu per orang").
 * - `plain`: anything else (a first mention, which a later sentence may refer to as a whole).
 */
export type Role = 'total' | 'part' | 'rest' | 'perUnit' | 'plain'

export interface Fact extends Figure {
  role: Role
  /** What the quantity is of: a word for a sum before an amount ("anggaran", "hadiah"), the noun after a count or measure. */
  head: string
  /** Framed as a bound or an estimate ("sekitar", "lebih dari", "sedikitnya"). */
  approximate: boolean
  /** Index of its sentence in `FactSentence[]`. */
  sentence: number
}

export interface FactSentence {
  field: PreparedField
  start: number
  end: number
  paragraph: number
  text: string
  facts: Fact[]
  /** Nouns this sentence points back to with a demonstrative ("anggaran tersebut", "dana itu", "bibit ini"). */
  refs: string[]
  /** Announces a breakdown ("terbagi untuk", "rinciannya", "terdiri atas", "sebagai berikut"). */
  cue: boolean
}

/** Words for a sum of money: the thing an amount is of, read before it in its sentence. */
export const MONEY_HEADS = new Set(['anggaran', 'dana', 'biaya', 'hadiah', 'bantuan', 'hibah', 'nilai', 'pagu', 'belanja', 'pendapatan', 'santunan', 'insentif', 'honor', 'investasi', 'kerugian', 'sumbangan', 'donasi', 'uang', 'modal', 'retribusi', 'pajak', 'tunggakan', 'subsidi', 'realisasi', 'alokasi'])
/** Units of measure, which the counts reader leaves out: their facts count the noun after them ("25 ton beras"). */
const MEASURE = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)\s+(ton|kg|kilogram|liter|meter|kilometer|km|hektare|ha)(?:\s+(?!(?:dan|serta|atau|untuk|dari|yang|dengan|per|setiap|tiap)(?![\p{L}]))(\p{Ll}{3,}))?(?![\p{L}])/gu
const TOTAL_BEFORE = /(?<![\p{L}])(?:total(?:nya)?|seluruh(?:nya)?|keseluruhan(?:nya)?|jumlah(?:nya)?)(?:\s+\p{Ll}+){0,3}\s+(?:sebesar\s+|senilai\s+|mencapai\s+|sebanyak\s+|ada(?:lah)?\s+)?$/iu
const PER_UNIT_BEFORE = /(?<![\p{L}])(?:masing-masing|setiap|tiap|per|besaran(?:nya)?)(?:\s+\p{L}+)?\s+(?:sebesar\s+|senilai\s+|sebanyak\s+)?$/iu
const PER_UNIT_AFTER = /^\s*(?:per(?![\p{L}])|\/)\s*\p{L}|^\s+(?:untuk|bagi)\s+(?:setiap|tiap|masing-masing)(?![\p{L}])/u
/** The rest closing a list: "sisanya", "selebihnya", or a label of the others ("sektor lain", "jenis lainnya"). */
const REST_BEFORE = /(?<![\p{L}])(?:sisanya|selebihnya|(?:\p{Ll}+\s+)?lain(?:nya)?)[,\s]+(?:sebanyak\s+|ada\s+|yakni\s+|dengan\s+|berjumlah\s+)?$/iu
const APPROXIMATE = /(?<![\p{L}])(?:sekitar|kurang\s+lebih|lebih\s+dari|kurang\s+dari|hampir|sedikitnya|setidaknya|minimal|maksimal|paling\s+sedikit|di\s+atas|di\s+bawah|hingga|sampai|mencapai|±)\s*$/iu
const DEMONSTRATIVE = /(?<![\p{L}])((?:\p{L}{3,}\s+){1,3})(?:tersebut|itu|ini)(?![\p{L}])/gu
const CUE =
  /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|terbagi|dibagi|rincian(?:nya)?|dirinci|merinci|sebagai\s+berikut|meliputi|digunakan\s+untuk|dialokasikan\s+(?:untuk|bagi|ke)|diperuntukkan)(?![\p{L}])/iu

/** The word for a sum nearest before an amount in its sentence, with no other amount between. */
function moneyHead(before: string): string {
  const words = before.toLowerCase().match(/\p{L}+/gu) ?? []
  for (let i = words.length - 1; i >= Math.max(0, words.length - 8); i--) {
    const w = words[i].replace(/nya$/u, '')
    if (MONEY_HEADS.has(w)) return w
  }
  return ''
}

/** Roles from the words around one quantity. */
function roleOf(text: string, f: Figure, inList: boolean): Role {
  const before = text.slice(Math.max(0, f.start - 40), f.start)
  const after = text.slice(f.end, f.end + 30)
  if (PER_UNIT_BEFORE.test(before) || PER_UNIT_AFTER.test(after)) return 'perUnit'
  if (inList && (REST_BEFORE.test(before) || /^\s+(?:lainnya|sisanya)(?![\p{L}])/u.test(after))) return 'rest'
  if (inList) return 'part'
  if (TOTAL_BEFORE.test(before)) return 'total'
  return 'plain'
}

/** Measures of one sentence ("7 ton", "25 ton beras"), counted by their unit. */
function measures(text: string, from: number, to: number): Figure[] {
  const found: Figure[] = []
  for (const m of text.slice(from, to).matchAll(MEASURE)) {
    found.push({ value: parseNumber(m[1]), money: false, noun: m[2], start: from + m.index, end: from + m.index + m[0].length, excerpt: m[0] })
  }
  return found
}

/**
 * Runs of amounts, or of counts of any nouns, in a sentence joined as list items (a comma or "dan"/"serta" between, no
 * sentence end); a run of counts of several nouns ("1.105 berita kegiatan, 213 pengumuman") is one list of mixed parts.
 */
function runs(text: string, amounts: Figure[]): Figure[][] {
  const runs: Figure[][] = []
  let run: Figure[] = []
  for (const a of amounts) {
    const prev = run.at(-1)
    const between = prev ? text.slice(prev.end, a.start) : ''
    // Counts of other nouns joined by a verb ("17 pohon tumbang …, menimpa 4 rumah") are a whole and its effects, no list.
    const verb = prev !== undefined && prev.noun !== a.noun && /(?<![\p{L}])(?:me|di)\p{Ll}{4,}(?![\p{L}])/u.test(between)
    if (prev && !verb && between.length <= 80 && /^(?:[^.!?;]|\.(?=\d))*$/u.test(between) && /,|(?<![\p{L}])(?:dan|serta)(?![\p{L}])/u.test(between)) run.push(a)
    else {
      if (run.length >= 2) runs.push(run)
      run = [a]
    }
  }
  if (run.length >= 2) runs.push(run)
  return runs
}

/** The facts of the lead and body, sentence by sentence, in reading order. */
export function articleFacts(article: PreparedArticle): FactSentence[] {
  const out: FactSentence[] = []
  const months = article.lexicon.months
  for (const field of article.fields) {
    if (field.field === 'title') continue
    for (const s of field.sentences) {
      const text = field.text.slice(s.start, s.end)
      const counted = figures(field, s.start, s.end, months, true).filter((f) => f.money || CLASSIFIERS.has(f.noun) || !article.lexicon.numberNounStopwords.has(f.noun))
      const found = [...counted, ...measures(field.text, s.start, s.end)].sort((a, b) => a.start - b.start)
      const money = found.filter((f) => f.money)
      const counts = found.filter((f) => !f.money)
      const listed = new Set([...runs(field.text, money), ...runs(field.text, counts), ...lists(field, counts)].flat())
      const index = out.length
      const facts = found.map((f): Fact => {
        const before = field.text.slice(s.start, f.start)
        const head = f.money ? moneyHead(before) : (/^\S+\s+\S+\s+(\p{Ll}{3,})$/u.exec(f.excerpt)?.[1] ?? f.noun)
        return { ...f, role: roleOf(field.text, f, listed.has(f)), head, approximate: APPROXIMATE.test(field.text.slice(Math.max(0, f.start - 20), f.start)), sentence: index }
      })
      const refs = [...text.matchAll(DEMONSTRATIVE)].flatMap((m) => m[1].toLowerCase().split(/\s+/).filter(Boolean))
      out.push({ field, start: s.start, end: s.end, paragraph: field.tokenParagraph[s.firstToken], text, facts, refs, cue: CUE.test(text) })
    }
  }
  return out
}
