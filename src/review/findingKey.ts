import type { Finding } from './types'

/**
 * A stable key for a finding: rule, field and the excerpt normalised (case, spacing, quote
 * marks), not offsets, so an acknowledgement survives edits elsewhere in the article.
 */
export function findingKey(finding: Pick<Finding, 'rule' | 'field' | 'excerpt'>): string {
  const excerpt = finding.excerpt
    .normalize('NFC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
  return `${finding.rule}|${finding.field}|${excerpt}`
}
