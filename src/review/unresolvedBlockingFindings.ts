import { findingKey } from './findingKey'
import type { Acknowledgement, Finding } from './types'

/**
 * The `error` findings that block approval: still present in the article (not fixed) and not
 * acknowledged with a non-empty reason. Used by the workflow's approval gate.
 */
export function unresolvedBlockingFindings(
  findings: readonly Finding[],
  acknowledgements: readonly Acknowledgement[] | null | undefined = [],
): Finding[] {
  const acknowledged = new Set(
    (acknowledgements ?? [])
      .filter((ack) => typeof ack.key === 'string' && typeof ack.reason === 'string' && ack.reason.trim() !== '')
      .map((ack) => ack.key as string),
  )
  return findings.filter((finding) => finding.severity === 'error' && !acknowledged.has(findingKey(finding)))
}
