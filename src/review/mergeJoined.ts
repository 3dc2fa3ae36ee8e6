import type { PreparedArticle } from './prepareArticle'
import type { Finding } from './types'

/**
 * Findings of one rule that make one claim together become one finding from the first to the last
 * (round 14): "megah dan memukau", "sangat membantu sekali". `joined` tells, from the text between
 * two neighbouring findings and the later one, whether they belong together.
 */
export function mergeJoined(
  article: PreparedArticle,
  findings: Finding[],
  joined: (between: string, later: Finding) => boolean,
  message: (excerpt: string) => string,
): Finding[] {
  const out: Finding[] = []
  for (const f of findings) {
    const prev = out.at(-1)
    const text = article.fields.find((g) => g.field === f.field)?.text ?? ''
    if (prev && prev.field === f.field && prev.end <= f.start && joined(text.slice(prev.end, f.start), f)) {
      const excerpt = text.slice(prev.start, f.end)
      out[out.length - 1] = { ...prev, end: f.end, excerpt, message: message(excerpt) }
    } else out.push(f)
  }
  return out
}
