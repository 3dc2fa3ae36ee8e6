import type { PreparedField } from '../prepareArticle'
import { sentenceAt } from '../voiceAt'

/**
 * Round 21: a praise word after a counted or listed noun in a sentence about an award names the
 * category of the honourees ("penghargaan kepada 48 perempuan inspiratif", "12 Guru Teladan Terima
 * Anugerah", "para pemuda inspiratif penerima apresiasi"): the award's label, not the writer's
 * judgement. Without an award word ("dihadiri 300 warga dermawan") the praise stays the writer's.
 */
const COUNTED_NOUN_BEFORE =
  /(?<![\p{L}\d])(?:\d[\d.,]*|para|sejumlah|beberapa|puluhan|ratusan|belasan|(?:se|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)(?:\s*(?:puluh|belas|ratus))?(?:\s+(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|satu))?|sepuluh|sebelas)\s+\p{L}+(?:-\p{L}+)?(?:\s+\p{L}+)?\s+$/iu
const AWARD = /(?<![\p{L}])(?:penghargaan|anugerah|apresiasi|award|awards|trofi|piala|piagam|nominasi|nominator|kategori|dinobatkan|predikat|penerima|diganjar|diberi\s+gelar|menganugerahi|dianugerahi)(?![\p{L}])/iu

/**
 * Round 23: the praise word a word or two after the award's own word names its category ("Penghargaan Guru Inspiratif
 * Terbaik", "predikat kampung inspiratif", "nominasi kader inspiratif"); not after a preposition, a demonstrative or a
 * degree word ("penghargaan kepada sosok inspiratif", "Penghargaan ini sangat inspiratif"), which is the writer's.
 */
const AWARD_NAME_BEFORE =
  /(?<![\p{L}])(?:penghargaan|anugerah|predikat|gelar|nominasi|kategori|award|trofi|piala)(?:\s+(?!(?:bagi|untuk|kepada|atas|dari|itu|ini|tersebut|yang|sangat|begitu|amat|sungguh|benar-benar|dan|adalah|merupakan|sebagai|sebuah|sosok)(?![\p{L}]))[\p{L}-]+){1,2}\s+$/iu

/** True when the phrase at [start, …) labels counted honourees in a sentence about an award, or names an award. */
export function labelsHonourees(field: PreparedField, start: number): boolean {
  const sentence = sentenceAt(field, start)
  const before = field.text.slice(Math.max(sentence.start, start - 60), start)
  if (AWARD_NAME_BEFORE.test(before)) return true
  if (!COUNTED_NOUN_BEFORE.test(before)) return false
  // The award may be named by the sentence before (a question and its answer, a lead and its list).
  const previous = field.sentences[sentence.index - 1]
  return AWARD.test(field.text.slice(previous?.start ?? sentence.start, sentence.end))
}
