import type { PreparedArticle } from '../prepareArticle'
import type { Finding } from '../types'
import { sentenceAt, voiceAt } from '../voiceAt'
import { groupFinding } from './groupTraits'
import { EVIDENCE } from './unattributedCertainty'

/**
 * A restrictive clause, a possibility or a duty opening the predicate, after the group's place if any ("bahwa warga
 * bisa mengolah sampah", "bahwa anak-anak Yogyakarta mampu bersaing"): what the group can do, no state of all.
 */
const MODAL = /^(?:\s+\p{Lu}\p{L}*){0,2}\s+(?:yang|bisa|dapat|mampu|sanggup|boleh|perlu|harus|wajib|sebaiknya|hendaknya)(?![\p{L}])/u

let cached: { groups: readonly string[]; pattern: RegExp; head: RegExp } | undefined
/**
 * Round 22: what a deed is said to prove or show about a whole group ("Gerakan ini membuktikan bahwa masyarakat
 * Yogyakarta sudah sadar lingkungan", "… menjadi bukti bahwa seluruh warga kota hidup rukun"): a lesson about every
 * member, whatever its predicate. The group opens the clause after "bahwa"; a thing of the group ("bahwa bakat musik anak
 * muda …") or a share ("bahwa 80 persen warga …") is no such claim, nor is a finding of a test, data or a study.
 * The excerpt runs from the group up to five words on, within the clause.
 */
export function provenGroupFindings(article: PreparedArticle, groups: readonly string[]): Finding[] {
  if (cached?.groups !== groups) {
    const group = `(?:(?:semua|seluruh|segenap|para)\\s+)?(?:${groups.map((g) => g.replace(/ /g, '\\s+')).join('|')})`
    cached = {
      groups,
      pattern: new RegExp(`(?<![\\p{L}])(?:membuktikan|menunjukkan|bukti(?:\\s+nyata)?)\\s+bahwa\\s+(?<claim>${group}(?:\\s+[\\p{L}\\d-]+){1,5})`, 'giu'),
      head: new RegExp(`^${group}`, 'iu'),
    }
  }
  const findings: Finding[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(cached.pattern)) {
      const claim = m.groups?.claim ?? ''
      const start = m.index + m[0].length - claim.length
      const head = cached.head.exec(claim)?.[0] ?? ''
      if (voiceAt(field, start) !== 'writer' || MODAL.test(claim.slice(head.length))) continue
      if (EVIDENCE.test(field.text.slice(sentenceAt(field, m.index).start, m.index))) continue
      findings.push(groupFinding(field, start, start + claim.length))
    }
  }
  return findings
}
