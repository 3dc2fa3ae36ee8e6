import { digitSlip } from '../digitSlip'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

const PERCENT = /(?<![\p{L}\p{N},.])(?<num>\d{1,3}(?:,\d+)?)\s?(?:persen(?![\p{L}])|%)/gu
/** A percentage right after these words is a change, a target or a comparison, not a share. */
const NOT_A_SHARE =
  /(?:naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|target|ditargetkan|menargetkan|(?<!terdiri\s{1,3}|berasal\s{1,3})dari|menjadi|mencapai|hingga|sampai|lebih dari|kurang dari|di atas|di bawah|inflasi|suku bunga|bunga|diskon|potongan|pajak|realisasi|capaian|cakupan|sebesar)\s*$/i

/** A benchmark named with its qualifier ("target nasional 95 persen", "standar WHO 80 persen"): not a share. */
const BENCHMARK = /(?<![\p{L}])(?:target|sasaran|standar|ambang(?:\s+batas)?|batas|baku\s+mutu)(?:\s+[\p{L}-]+){1,2}\s*$/iu

/** Rates, each of its own whole: occupancy, attendance, coverage … ("tingkat hunian hotel berbintang 78 persen"). */
const RATE = /(?<![\p{L}])(?:tingkat|okupansi|hunian|keterisian|kehadiran|partisipasi|kepatuhan|kelulusan|keterserapan|penyerapan|serapan|cakupan|capaian|realisasi|kepuasan|ketersediaan|pertumbuhan|kenaikan|penurunan|prevalensi|angka)(?![\p{L}])/iu
/** Two wholes set side by side: "…, sedangkan hotel nonbintang 64 persen". */
const CONTRAST = /(?<![\p{L}])(?:sedangkan|sementara|adapun|berbanding|dibandingkan|dibanding|masing-masing)(?![\p{L}])/iu
/**
 * One whole divided (round 11): "dibagi ke dalam tiga jalur", "porsi", "komposisi" in the sentence
 * or the one before. Its shares are parts of one whole even when "sedangkan" sets the last apart.
 */
const DIVISION = /(?<![\p{L}])(?:dibagi|terbagi|pembagian|porsi|proporsi|komposisi|alokasi|dialokasikan|kuota)(?![\p{L}])/iu
/** After a share: a category word of the breakdown follows ("55 persen organik"), or the clause ends ("hotel nonbintang 64 persen."). */
const CLAUSE_END = /^\s*(?:[,.;:)!?]|$|(?:dan|serta|atau|sedangkan|sementara|adapun|pada|di|untuk|selama|sepanjang|hingga|sampai|per)(?![\p{L}]))/iu

/** Words that end the phrase before a breakdown: its first label follows them. */
const LABEL_BOUNDARY = /^(?:atas|dari|yakni|yaitu|meliputi|adalah|ialah|sebanyak|yang|berupa|terdiri)$/iu
/** The start of the label words (up to four) before the first share, back to a clause boundary or a breakdown word. */
function labelStart(text: string, from: number, share: number): number {
  const clause = text.slice(from, share)
  const cut = Math.max(clause.lastIndexOf(','), clause.lastIndexOf(':'), clause.lastIndexOf(';'))
  let start = share
  const words = [...clause.slice(cut + 1).matchAll(/[\p{L}-]+/gu)].reverse()
  for (const [i, w] of words.entries()) {
    if (i >= 4 || LABEL_BOUNDARY.test(w[0])) break
    start = from + cut + 1 + w.index
  }
  return start
}

/**
 * Shares of one breakdown that add up to more than 100 % ("55 persen organik, 30 persen plastik
 * dan 25 persen lainnya"): two or more shares in one sentence, none of them a change or target.
 * Percentages that each close their clause after the group they describe, in a sentence of rates
 * or of two wholes set side by side ("okupansi hotel berbintang 78 persen, sedangkan hotel
 * nonbintang 64 persen"), are rates of different wholes, not shares of one.
 */
/** A sentence opened by the whole its shares divide: "Dari total 41 ton, …", "Dari seluruh sampah, …". */
const WHOLE_OPENING = /^(?:dari\s+(?:total|jumlah|keseluruhan|seluruh|semua)|dari\s+\d[\d.,]*\s+\p{L}+\s*,)/iu
/**
 * Since round 19 the first label of a list may carry "sebesar"/"mencapai" ("kecemasan sebesar 41 persen, depresi
 * 27 persen, …"): a share, unless its clause names a change, rate or target ("naik sebesar", "realisasi … sebesar").
 */
const CHANGE_OR_RATE = /(?<![\p{L}])(?:naik|turun|meningkat|menurun|tumbuh|bertambah|berkurang|kenaikan|penurunan|pertumbuhan|target|sasaran|realisasi|capaian|cakupan|inflasi|bunga|diskon|potongan|pajak|tingkat|angka|rata-rata)(?![\p{L}])/iu
function listedShare(sentenceBefore: string): boolean {
  if (!/(?:sebesar|mencapai)\s*$/iu.test(sentenceBefore)) return false
  const clause = sentenceBefore.slice(Math.max(sentenceBefore.lastIndexOf(','), sentenceBefore.lastIndexOf(';')) + 1)
  return !CHANGE_OR_RATE.test(clause)
}
/** A ranking word: the share after it opens a list of all the shares, largest first. */
const RANKED = /(?<![\p{L}])(?:paling\s+banyak|terbanyak|tertinggi|terbesar)(?![\p{L}])/iu
/** The one share of a sentence that ranks it first, as the opener of the next sentence's list. */
function rankedOpener<T extends { framed: boolean; end: number }>(field: PreparedField, index: number, listed: T[] | undefined): T | undefined {
  const sentence = field.sentences[index]
  if (!listed || listed.length !== 1 || listed[0].framed) return undefined
  const text = field.text.slice(sentence.start, listed[0].end)
  return RANKED.test(text) && /^\s*\.?\s*$/u.test(field.text.slice(listed[0].end, sentence.end)) ? listed[0] : undefined
}
const sentenceStartOf = (field: PreparedField, offset: number): number => field.sentences.find((s) => s.start <= offset && offset < s.end)?.start ?? 0

export const percentageSum: Rule = {
  id: 'percentage-sum',
  category: 'accuracy',
  run: (article) => {
    const findings: Finding[] = []
    for (const field of article.fields) {
      const bySentence = new Map<number, { value: number; written: string; start: number; end: number; closes: boolean; approximate: boolean; framed: boolean }[]>()
      for (const m of field.text.matchAll(PERCENT)) {
        const before = field.text.slice(Math.max(0, m.index - 30), m.index)
        // Since round 14, in a sentence opened by its whole ("Dari total 41 ton, plastik mencapai 46 persen, …") a share
        // after "mencapai"/"sebesar" is still a share.
        const ofWhole = WHOLE_OPENING.test(field.text.slice(sentenceStartOf(field, m.index), m.index)) && /(?:mencapai|sebesar)\s*$/iu.test(before)
        const framed = !ofWhole && listedShare(field.text.slice(sentenceStartOf(field, m.index), m.index))
        if ((NOT_A_SHARE.test(before) && !ofWhole && !framed) || BENCHMARK.test(before)) continue
        // Since round 13 an approximate share ("sekitar 60 persen organik, 35 persen …") is a share; rounding allows 2 points over 100.
        const approximate = /(?:sekitar|kira-kira|kurang\s+lebih|±)\s*$/iu.test(before)
        const token = field.tokens.findIndex((t) => t.start >= m.index)
        if (token < 0) continue
        const sentence = field.tokenSentence[token]
        const list = bySentence.get(sentence) ?? []
        list.push({ value: parseNumber(m.groups?.num ?? '0'), written: m.groups?.num ?? '', start: m.index, end: m.index + m[0].length, closes: CLAUSE_END.test(field.text.slice(m.index + m[0].length, m.index + m[0].length + 20)), approximate, framed })
        bySentence.set(sentence, list)
      }
      for (const [index, listed] of bySentence) {
        // A share framed by "sebesar" counts only inside a list of at least two plain shares (round 19).
        const own = listed.filter((p) => !p.framed).length >= 2 ? listed : listed.filter((p) => !p.framed)
        // Since round 22 a ranked list opening in the sentence before ("paling banyak terjangkit, yakni 46 persen. Kelompok
        // usia 15–44 tahun 38 persen, …"): that sentence's one share is the list's first.
        const opener = index > 0 ? rankedOpener(field, index - 1, bySentence.get(index - 1)) : undefined
        const shares = opener && own.length >= 2 ? [opener, ...own] : own
        if (shares.length < 2) continue
        const sentence = opener && own.length >= 2 ? { ...field.sentences[index], start: field.sentences[index - 1].start } : field.sentences[index]
        const text = field.text.slice(sentence.start, sentence.end)
        const previous = index > 0 && sentence.start === field.sentences[index].start ? field.text.slice(field.sentences[index - 1].start, field.sentences[index - 1].end) : ''
        if (shares.every((p) => p.closes) && (RATE.test(text) || CONTRAST.test(text)) && !DIVISION.test(`${previous} ${text}`)) continue
        const sum = shares.reduce((s, p) => s + p.value, 0)
        if (sum <= (shares.some((p) => p.approximate) ? 102 : 100.5)) continue
        // Since round 10: when each share closes its clause, its label comes first ("plastik 46 persen,
        // kertas 38 persen …"); the excerpt starts at the first label.
        const start = shares.every((p) => p.closes) ? labelStart(field.text, sentence.start, shares[0].start) : shares[0].start
        // Labels after the shares ("…, dan 20 persen logam"): the last share's label is part of the excerpt (round 13).
        // Since round 17 the whole label when it ends its clause within six words ("dan 21 persen tergolong hipertensi."), as
        // editors mark the last share with what it counts.
        const rest = field.text.slice(shares[shares.length - 1].end)
        const label = shares.every((p) => p.closes)
          ? null
          : (/^\s+(?!(?:dan|serta|atau|dari|ke|untuk|di|pada|yang)(?![\p{L}]))\p{Ll}[\p{L}-]*(?:\s+[\p{L}\d-]+){0,5}?(?=\s*[,.;:!?]|\s*$)/u.exec(rest) ??
            /^\s+(?!(?:dan|serta|atau|dari|ke|untuk|di|pada|yang)(?![\p{L}]))\p{Ll}[\p{L}-]*/u.exec(rest))
        // Since round 22 a last share that a digit slip would bring to 100 ("dan 15 persen untuk perawatan", 10 would) is
        // the likely mistake: the excerpt runs to the end of its clause, whatever word opens its label.
        const last = shares[shares.length - 1]
        const meant = Math.round((last.value - (sum - 100)) * 10) / 10
        const slipped = meant > 0 && digitSlip(last.written, String(meant).replace('.', ','))
        const clause = slipped ? (/^[^,.;:!?\n]{0,80}?(?=\s*[,.;:!?\n]|\s*$)/u.exec(rest)?.[0] ?? '') : ''
        const end = last.end + Math.max(clause.length, label ? label[0].length : 0)
        const total = Math.round(sum * 10) / 10
        findings.push({
          rule: 'percentage-sum',
          category: 'accuracy',
          severity: 'warning',
          message: `Persentase dalam satu rincian berjumlah ${String(total).replace('.', ',')} persen, lebih dari 100 persen. Periksa kembali angkanya atau jelaskan bila kategorinya saling tumpang tindih.`,
          field: field.field,
          start,
          end,
          excerpt: field.text.slice(start, end),
        })
      }
    }
    return findings
  },
}
