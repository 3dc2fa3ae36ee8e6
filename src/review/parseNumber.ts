const MULTIPLIERS: Record<string, number> = {
  rb: 1e3,
  ribu: 1e3,
  juta: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
}

const INDONESIAN_MAGNITUDES = new Set(['rb', 'ribu', 'juta', 'miliar', 'milyar', 'triliun'])

/**
 * Value of a figure as written in Indonesian ("1.500", "2,5", "1,5 juta") or English ("1,500",
 * "2.5 million"). A lone separator followed by exactly three digits is read as thousands.
 */
export function parseNumber(figure: string, multiplier?: string): number {
  const seps = figure.match(/[.,]/g) ?? []
  let normalised = figure
  if (seps.length > 0) {
    const last = seps[seps.length - 1]
    const lastGroup = figure.slice(figure.lastIndexOf(last) + 1)
    const groups = figure.split(/[.,]/).slice(1)
    // Since round 19: before an Indonesian magnitude a lone comma is a decimal whatever follows ("Rp1,013 triliun"),
    // and mixed separators between groups of three are a slip for thousands ("Rp175,000.000" meant Rp175.000.000).
    const indonesianMagnitude = multiplier !== undefined && INDONESIAN_MAGNITUDES.has(multiplier.toLowerCase())
    const decimal =
      seps.length > 1
        ? seps.some((s) => s !== last) && !groups.every((g) => g.length === 3)
        : lastGroup.length !== 3 || (last === ',' && indonesianMagnitude)
    if (decimal) {
      const other = last === '.' ? ',' : '.'
      normalised = figure.split(other).join('').replace(last, '.')
    } else normalised = figure.replace(/[.,]/g, '')
  }
  const value = Number(normalised)
  return multiplier ? value * (MULTIPLIERS[multiplier.toLowerCase()] ?? 1) : value
}
