import attribution from '../lexicons/attribution.json'
import type { PreparedField } from '../prepareArticle'
import { sentenceAt } from '../voiceAt'

/**
 * Round 21: a sentence the parser reads as reported speech only because the whole group itself
 * "hopes", "admits" or "judges" ("Semua pedagang Beringharjo mendukung rencana itu dan berharap …",
 * "Seluruh warga mengaku puas") gives no speaker: the writer says it of everyone. Only when the group
 * opens its sentence and no other speech word (a named speaker's "kata", "menurut", "menjelaskan" …)
 * is in it.
 */
const GROUP_VERBS = new Set(['berharap', 'mengaku', 'akunya', 'menilai', 'mengakui', 'meminta'])
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
const OTHER_SPEECH = new RegExp(
  `(?<![\\p{L}])(?:${attribution.entries
    .filter((e) => !('kind' in e) || e.kind === 'speech' || e.kind === 'source')
    .map((e) => e.phrase)
    .filter((p) => !GROUP_VERBS.has(p))
    .map(escape)
    .join('|')}|kata|ucap|tutur|jelas|tegas|tambah|terang)(?:nya)?(?![\\p{L}])`,
  'iu',
)
/** What may stand before the group at the sentence start: a time or a connective ("Kini", "Karena itu"). */
const OPENING = /^(?:(?:kini|sekarang|saat\s+ini|kemudian|karena\s+itu|oleh\s+karena\s+itu|akhirnya|bahkan|tentu\s+saja|praktis)\s*,?\s*)?$/iu

/** True when a match in a "reported" sentence is said by the writer of a whole group opening the sentence. */
export function groupSpeaksForItself(field: PreparedField, start: number): boolean {
  const sentence = sentenceAt(field, start)
  if (!OPENING.test(field.text.slice(sentence.start, start).trim())) return false
  return !OTHER_SPEECH.test(field.text.slice(sentence.start, sentence.end))
}
