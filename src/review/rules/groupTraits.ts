import type { PreparedArticle } from '../prepareArticle'
import type { Finding } from '../types'
import { voiceAt } from '../voiceAt'
import { groupSpeaksForItself } from './groupOwnVoice'

/** The generalisation rule's message (also used by generalisation.ts). */
export const generalisationMessage = (excerpt: string): string =>
  `"${excerpt}" menggeneralisasi sikap atau pendapat seluruh kelompok tanpa data. Sebutkan sumbernya (survei, jumlah, narasumber) atau tulis pendapat warga yang benar-benar diwawancarai.`

type Field = PreparedArticle['fields'][number]

/** A warning on the text from a group's first word to the end of what is asserted of it. */
export const groupFinding = (field: Field, from: number, end: number): Finding => {
  const excerpt = field.text.slice(from, end)
  return { rule: 'generalisation', category: 'neutrality', severity: 'warning', message: generalisationMessage(excerpt), field: field.field, start: from, end, excerpt }
}

/** An asserting word and a habit or trait: "cenderung malas", "kian enggan"; since round 16 a refusal asserted ("memang ogah", "memang tak pernah mau"). */
const HABIT = /(?<![\p{L}])(?:memang|sudah|kian|cenderung|dikenal|terkenal)(?:\s+(?:paling|sangat|makin|semakin|lebih|sudah|selalu))?\s+(?:gemar|doyan|malas|enggan|lupa|hobi|terbiasa|suka|ogah|(?:tidak|tak)\s+(?:pernah\s+)?mau)(?![\p{L}])/giu

/**
 * A trait or habit asserted of a bare group opening its clause (round 15): "Remaja di kota ini
 * cenderung malas …", "Pelajar di kota ini kian enggan …".
 * An asserting word is required ("Warga gemar bersepeda" may be a trend reported). Found from the
 * habit phrase back to the group (a pattern opening with the group, tried at every position, is slow).
 */
let cached: { groups: readonly string[]; pattern: RegExp } | undefined
export function traitFindings(article: PreparedArticle, groups: readonly string[]): Finding[] {
  if (cached?.groups !== groups) {
    const pattern = new RegExp(
      `(?:^|[.!?:;,]\\s*|\\n\\s*)((?:${groups.join('|')})(?:\\s+(?:di\\s+)?(?:kota|kampung|kelurahan|desa|wilayah|daerah|negeri)\\s+(?:ini|itu)|\\s+di\\s+sini)?(?:\\s+\\p{Lu}\\p{L}+){0,2})\\s+$`,
      'iu',
    )
    cached = { groups, pattern }
  }
  const findings: Finding[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(HABIT)) {
      const sliceStart = Math.max(0, m.index - 60)
      const before = field.text.slice(sliceStart, m.index)
      const g = cached.pattern.exec(before)
      // "^" of the slice is a clause start only at the start of the text.
      if (!g || (g.index === 0 && sliceStart > 0 && !/^[.!?:;,\n]/u.test(g[0]))) continue
      const from = sliceStart + before.lastIndexOf(g[1])
      if (voiceAt(field, from) !== 'writer') continue
      findings.push(groupFinding(field, from, m.index + m[0].length))
    }
  }
  return findings
}

/** Longing verbs (round 16), found first and read back to a whole group: kept out of the main pattern, which they slow. */
// Since round 17 also a habit of liking, "Kini semua warga kampung gemar membaca" (found from the verb, as longing is: in the
// main pattern it made the rule three times slower).
// Since round 21 wishes and love of a whole group, the same class: "Semua warga Kota X kini ingin …",
// "Seluruh pelajar cinta …", "segenap pedagang rindu …", "menginginkan", "mencintai", "mengharapkan".
const LONGING = /(?<![\p{L}])(?:merindukan|menantikan|mendambakan|mengidamkan|gemar|ingin|menginginkan|rindu|cinta|mencintai|mengharapkan)(?![\p{L}])/giu
/** A purpose or condition closing just before the group. */
const PURPOSE_BEFORE = /(?<![\p{L}])(?:agar|supaya|untuk|demi|guna|jika|bila|apabila|kalau|harapannya|diharapkan|berharap|ingin|mengajak|mengimbau)(?:\s+[\p{L}-]+){0,2}\s*$/iu
let longingCache: { groups: readonly string[]; pattern: RegExp } | undefined

/** A whole group said to long for something in the writer's voice: "Seluruh pedagang menantikan …" (round 16). */
export function longingFindings(article: PreparedArticle, groups: readonly string[]): Finding[] {
  if (longingCache?.groups !== groups) {
    longingCache = { groups, pattern: new RegExp(`(?<![\\p{L}])((?:semua|seluruh|segenap|setiap|para)\\s+(?:${groups.join('|')})(?:\\s+(?!yang(?![\\p{L}]))[\\p{L}-]+){0,3})\\s+$`, 'iu') }
  }
  const findings: Finding[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(LONGING)) {
      const sliceStart = Math.max(0, m.index - 60)
      const g = longingCache.pattern.exec(field.text.slice(sliceStart, m.index))
      if (!g) continue
      const from = sliceStart + g.index + g[0].indexOf(g[1])
      const voice = voiceAt(field, from)
      if (voice === 'quote' || (voice === 'reported' && !groupSpeaksForItself(field, from))) continue
      // "agar seluruh siswa ingin membaca": a purpose, not a claim (round 21).
      if (PURPOSE_BEFORE.test(field.text.slice(Math.max(0, from - 60), from))) continue
      findings.push(groupFinding(field, from, m.index + m[0].length))
    }
  }
  return findings
}
