/** "Pemkot Bandung" → "#PemkotBandung"; "#banjir" stays. Empty when nothing usable remains. */
export function toHashtag(tag: string): string {
  const words = tag
    .replace(/^#+/, '')
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean)
  if (words.length === 0) return ''
  const joined = words.length === 1 ? words[0] : words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')
  return `#${joined}`
}
