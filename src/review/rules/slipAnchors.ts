import { digitSlip, writtenFigure } from '../digitSlip'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Finding } from '../types'
import { breakdownOf, registerBreakdown } from './completeBreakdowns'
import type { Figure } from './partFigures'

/** The figure as `part` writes it once changed to `value` ("1,9" at 1,9 ton → "1,2" for 1,2 ton), or none. */
function rewritten(part: Figure, value: number): string | undefined {
  const written = writtenFigure(part.excerpt)
  const read = parseNumber(written)
  if (!written || !read || value <= 0) return undefined
  const decimals = /,(\d+)$/.exec(written)?.[1].length ?? 0
  const scaled = (value * read) / part.value
  if (Math.abs(scaled * 10 ** decimals - Math.round(scaled * 10 ** decimals)) > 1e-6) return undefined
  return scaled.toFixed(decimals).replace('.', ',')
}

/**
 * Round 22: a breakdown that does not add up, where a part changed by a digit slip (`digitSlip`)
 * would make it add up ("48 tim, terdiri atas 30 tim putra dan 16 tim putri": 18 would), is most
 * likely mistyped in that part, so the finding spans the total and that part (the part's clause, or up to a total
 * stated after its parts); the message still names the total.
 */
export function anchorAtSlippedPart(field: PreparedField | undefined, f: Finding): Finding {
  const behind = breakdownOf(f)
  if (!field || !behind) return f
  const { total, parts } = behind
  const gap = total.value - parts.reduce((s, p) => s + p.value, 0)
  const own = parts.filter((p) => p.end > p.start && field.text.slice(p.start, p.end) === p.excerpt && p.start !== total.start)
  const slipped = own.filter((p) => {
    const meant = rewritten(p, p.value + gap)
    return meant !== undefined && digitSlip(writtenFigure(p.excerpt), meant)
  })
  if (slipped.length === 0 || own.length !== parts.length) return f
  // The span runs from the total to the end of the clause holding the last slipped part, when the total's sentence holds it;
  // for a total after its parts ("2.000 dosis dan … 300 dosis, sehingga total … 2.500 dosis"), from the first slipped part to the total.
  const first = Math.min(...slipped.map((p) => p.start))
  const last = Math.max(...slipped.map((p) => p.end))
  const sentence = field.sentences.find((x) => x.start <= total.start && total.end <= x.end)
  if (!sentence || total.start !== f.start || last > sentence.end || first < sentence.start || (total.end > first && total.start < last)) return f
  const after = total.start >= last
  const start = after ? first : total.start
  const clause = field.text.slice(last, sentence.end).replace(/[\s.!?]+$/u, '')
  const end = after ? total.end : last + (/[,;]/u.exec(clause)?.index ?? clause.length)
  const hint = slipped.length === 1 ? `Kemungkinan salah ketik pada "${slipped[0].excerpt}": bila seharusnya ${rewritten(slipped[0], slipped[0].value + gap)}, jumlahnya sesuai.` : 'Kemungkinan salah ketik pada salah satu rinciannya.'
  const moved: Finding = { ...f, start, end, excerpt: field.text.slice(start, end), message: `${f.message} ${hint}` }
  registerBreakdown(moved, total, parts)
  return moved
}
