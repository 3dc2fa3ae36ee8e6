import type { Rule } from '../Rule'
import type { Finding, OfficialNameEntry } from '../types'

interface CompiledRegistry {
  pattern: RegExp | null
  /** lower-case variant → its entry */
  byVariant: Map<string, OfficialNameEntry>
  /** lower-case short form of part of an office → the words it stands for (round 17) */
  partial: Map<string, string[]>
  officialPattern: RegExp | null
}

const cache = new WeakMap<readonly OfficialNameEntry[], CompiledRegistry>()
const normalise = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')
const alternation = (phrases: string[]) => [...new Set(phrases)].sort((a, b) => b.length - a.length).map(escape).join('|')

/**
 * An official name as a pattern that ignores commas between its words: "Dinas Pekerjaan Umum,
 * Perumahan, dan Kawasan Permukiman" (serial comma) is the registry's "…Umum, Perumahan dan …".
 */
function punctuationFree(name: string): string {
  return name
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join(',?\\s+')
}

const CONNECTIVES = new Set(['dan', 'serta', 'atau', '&'])

/**
 * Whether a one-word short form is built from the leading words of an official name, the start of
 * each word in order ("Dinsos" ← "Din-as Sos-ial, …", "DPU" ← "Dinas Pekerjaan Umum, …"): the usual
 * short form of the official name (at least two of its words, at least one of them shortened), not
 * a wrong name. "Walikota" (whole words run together) and "DPUPR" (a letter no word starts with) are not.
 */
export function derivesFrom(short: string, name: string, whole = false): boolean {
  const words = name.toLowerCase().split(/[\s,]+/).filter((w) => w && !CONNECTIVES.has(w))
  const target = short.toLowerCase()
  if (!/^\p{L}+$/u.test(target) || words.length < 2) return false
  const walk = (rest: string, i: number, shortened: boolean): boolean => {
    // `whole`: every word of the name but the parent organisation or place is used (round 17).
    if (rest === '') return i >= 2 && shortened && (!whole || words.slice(i).every((w) => PARENT_WORDS.has(w)))
    if (i >= words.length) return false
    for (let k = 1; k <= Math.min(rest.length, words[i].length); k++) {
      if (words[i].startsWith(rest.slice(0, k)) && walk(rest.slice(k), i + 1, shortened || k < words[i].length)) return true
    }
    return false
  }
  return walk(target, 0, false)
}

/** The leading words of `name` that `short` stands for ("Dinsos" → "Dinas Sosial"). */
function expansions(short: string, name: string): string[] {
  const words = name.split(/\s+/)
  const out: string[] = []
  for (let i = 2; i < words.length; i++) {
    const head = words.slice(0, i).join(' ').replace(/,$/u, '')
    if (derivesFrom(short, head, true)) out.push(head)
  }
  return out
}
/** `words` written in `text` outside the official name. */
function ownUse(text: string, words: string, official: RegExp | null): boolean {
  const spans = official ? [...text.matchAll(official)].map((m) => [m.index, m.index + m[0].length]) : []
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${words.replace(/\s+/g, '\\s+')}(?![\\p{L}])`, 'gu'))].some((m) => !spans.some(([s, e]) => s <= m.index && m.index < e))
}

/** Words naming the parent organisation or the place, not the office itself: "Pemkot", "Setda", "Kota". */
const PARENT_WORDS = new Set(['pemkot', 'pemkab', 'pemda', 'pemprov', 'setda', 'sekda', 'pemerintah', 'sekretariat', 'daerah', 'kota', 'kabupaten', 'provinsi'])
/** Heading words an office's short name may leave out: "Bagian Hubungan Masyarakat" is "Humas". */
const HEADING_WORDS = new Set(['bagian', 'subbagian', 'seksi', 'bidang', 'unit'])

/**
 * Whether a multi-word short name covers the whole official name: each word is a word of the
 * name, a short form built from consecutive words of it ("Humas" ← "Hubungan Masyarakat"), or a
 * word naming the parent organisation ("Pemkot", "Setda"), and no word of the name other than a
 * heading ("Bagian") or the parent organisation is left out. "Humas Pemkot" covers "Bagian
 * Hubungan Masyarakat Sekretariat Daerah"; "Dinas Kominfo" (no "Persandian") and "Dinas Pekerjaan
 * Umum" (no "Perumahan dan Kawasan Permukiman") drop part of the office and are not short names.
 */
/**
 * `short` is the start of each of `words` in turn, every word used and at least one shortened
 * ("humas" ← hubungan, masyarakat; not "walikota" ← wali, kota).
 */
function builtFromAll(short: string, words: readonly string[]): boolean {
  const walk = (rest: string, i: number): boolean => {
    if (i === words.length) return rest === ''
    for (let k = 1; k <= Math.min(rest.length, words[i].length); k++) if (words[i].startsWith(rest.slice(0, k)) && walk(rest.slice(k), i + 1)) return true
    return false
  }
  return short.length < words.join('').length && walk(short, 0)
}

export function shortNameOf(short: string, name: string): boolean {
  const words = name.toLowerCase().split(/[\s,]+/).filter((w) => w && !CONNECTIVES.has(w))
  const parts = short.toLowerCase().split(/[\s,]+/).filter((w) => w && !CONNECTIVES.has(w))
  if (parts.length < 2 || !parts.every((p) => /^\p{L}+$/u.test(p))) return false
  const skippable = (w: string) => PARENT_WORDS.has(w) || HEADING_WORDS.has(w)
  let shortened = false
  const walk = (p: number, i: number): boolean => {
    if (p === parts.length) return words.slice(i).every(skippable)
    const part = parts[p]
    if (PARENT_WORDS.has(part) && walk(p + 1, i)) return true
    if (i >= words.length) return false
    if (skippable(words[i]) && walk(p, i + 1)) return true
    if (words[i] === part && walk(p + 1, i + 1)) return true
    // A short form of two or more consecutive words ("humas" ← hubungan masyarakat). Since round 22 not a word of the
    // name itself: "dinas" is no short form of "Dinas Sosial" ("dina-" + "s-"), so "Dinas Tenaga Kerja dan Transmigrasi"
    // drops "Sosial" from the merged office.
    for (let j = i + 2; j <= words.length && words[i] !== part; j++) {
      if (builtFromAll(part, words.slice(i, j)) && walk(p + 1, j)) return (shortened = true)
    }
    return false
  }
  return walk(0, 0) && shortened
}

function compile(registry: readonly OfficialNameEntry[]): CompiledRegistry {
  const byVariant = new Map<string, OfficialNameEntry>()
  // A short form of part of an office's name → the words it stands for ("dinsos" → "Dinas Sosial").
  const partial = new Map<string, string[]>()
  const officialNames = new Set(registry.map((e) => normalise(e.name)))
  // Variants that the registry lists against an official short form ("Diskominfo" against
  // "Diskominfosan"): an outdated short form, wrong even when it derives from the long name.
  const againstShortForm = new Set(registry.filter((e) => !/\s/.test(e.name.trim())).flatMap((e) => (e.variants ?? []).map(normalise)))
  for (const entry of registry) {
    for (const variant of entry.variants ?? []) {
      const key = normalise(variant)
      // A variant that is another entry's official name is not wrong.
      if (!key || officialNames.has(key)) continue
      // A one-word short form built from the official name ("Dinsos", "DPU") is the usual way to
      // shorten it, not a wrong name — unless the registry records it against an official short form.
      // Since round 17 only when it covers the whole office: "Dinsos" for "Dinas Sosial, Tenaga Kerja dan Transmigrasi"
      // drops part of a merged office, as "Dinas Pekerjaan Umum" does.
      if (!againstShortForm.has(key) && registry.some((e) => derivesFrom(key, e.name, true))) continue
      const from = !againstShortForm.has(key) ? registry.find((e) => derivesFrom(key, e.name)) : undefined
      if (from) partial.set(key, expansions(key, from.name))
      // So is a several-word short name covering the whole office ("Humas Pemkot" ← "Bagian
      // Hubungan Masyarakat Sekretariat Daerah"); one dropping part of it ("Dinas Kominfo") is not.
      if (!againstShortForm.has(key) && entry.kind === 'unit' && shortNameOf(key, entry.name)) continue
      byVariant.set(key, entry)
    }
  }
  const bounded = (alt: string) => (alt ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alt})(?![\\p{L}\\p{N}])`, 'giu') : null)
  return {
    byVariant,
    partial,
    pattern: bounded(alternation([...byVariant.keys()])),
    officialPattern: bounded(
      [...new Set(registry.map((e) => e.name.trim()).filter(Boolean))]
        .sort((a, b) => b.length - a.length)
        .map(punctuationFree)
        .join('|'),
    ),
  }
}

/** Head words of an office's name: what a merged name starts with. */
const OFFICE_HEADS = /(?<![\p{L}])(?<head>Dinas|Badan|Kantor|Bagian)(?<rest>(?:,?\s+(?:(?:dan|serta)\s+)?\p{Lu}[\p{Ll}]+)+)/gu

/**
 * A name that merges two offices of the registry ("Dinas Kesehatan dan Sosial", "Dinas Pariwisata
 * dan Perhubungan"): an office head word and words joined by "dan"/commas, not an official name,
 * whose words no one office's name holds but two offices with the same head word do between them,
 * each with a word of its own. Place words after it ("… Kota Yogyakarta") are left out.
 */
function mergedNames(text: string, registry: readonly OfficialNameEntry[], taken: [number, number][]): Finding[] {
  const findings: Finding[] = []
  for (const m of text.matchAll(OFFICE_HEADS)) {
    const head = m.groups?.head ?? ''
    const start = m.index
    if (!/(?:^|\s|,)(?:dan|serta)\s|,/u.test(m.groups?.rest ?? '')) continue
    const offices = registry.filter((e) => e.name.split(/\s+/)[0] === head)
    const wordsOf = (name: string) => new Set(name.toLowerCase().split(/[\s,]+/).filter((w) => w && !CONNECTIVES.has(w)).slice(1))
    const known = new Set(offices.flatMap((e) => [...wordsOf(e.name)]))
    // The candidate's words up to the first word no office of this head uses (a place, a parent).
    const tokens = [...(m.groups?.rest ?? '').matchAll(/\p{L}+/gu)]
    const words: string[] = []
    let end = start + head.length
    for (const t of tokens) {
      const w = t[0].toLowerCase()
      if (CONNECTIVES.has(w)) continue
      if (!known.has(w) || PARENT_WORDS.has(w)) break
      words.push(w)
      end = start + head.length + (t.index ?? 0) + t[0].length
    }
    if (words.length < 2 || taken.some(([s, e]) => s <= start && end <= e)) continue
    const sets = offices.map((e) => ({ entry: e, words: wordsOf(e.name) }))
    if (sets.some((o) => words.every((w) => o.words.has(w)))) continue
    const pair = sets.flatMap((a, i) =>
      sets.slice(i + 1).filter((b) => words.every((w) => a.words.has(w) || b.words.has(w)) && words.some((w) => a.words.has(w) && !b.words.has(w)) && words.some((w) => b.words.has(w) && !a.words.has(w))).map((b) => [a.entry, b.entry] as const),
    )[0]
    if (!pair) continue
    const excerpt = text.slice(start, end)
    findings.push({
      rule: 'official-name',
      category: 'accuracy',
      severity: 'warning',
      message: `"${excerpt}" menggabungkan nama dua OPD yang berbeda: "${pair[0].name}" dan "${pair[1].name}". Gunakan nama resmi OPD yang dimaksud.`,
      field: 'body',
      start,
      end,
      excerpt,
    })
  }
  return findings
}

/** Known wrong spellings and outdated names from the official names registry, with the official name as suggestion. */
export const officialName: Rule = {
  id: 'official-name',
  category: 'accuracy',
  run: (article) => {
    if (article.registry.length === 0) return []
    let compiled = cache.get(article.registry)
    if (!compiled) {
      compiled = compile(article.registry)
      cache.set(article.registry, compiled)
    }
    const { pattern, officialPattern, byVariant, partial } = compiled
    if (!pattern) return []
    const findings: Finding[] = []
    for (const field of article.fields) {
      // A variant inside a correctly written official name ("Dinas Pekerjaan Umum" in "Dinas Pekerjaan
      // Umum, Perumahan dan Kawasan Permukiman") is fine; one that extends it ("Dinas Kesehatan Kodya") is not.
      const official: [number, number][] = []
      if (officialPattern) for (const m of field.text.matchAll(officialPattern)) official.push([m.index, m.index + m[0].length])
      for (const m of field.text.matchAll(pattern)) {
        const start = m.index
        const end = start + m[0].length
        if (official.some(([s, e]) => s <= start && end <= e)) continue
        const entry = byVariant.get(normalise(m[0]))
        if (!entry) continue
        // Round 17: a short form of part of the office is the article's own usage when the article also writes those
        // words as the office's name ("Dinas Sosial Kota Yogyakarta" … "Dinsos"), outside the official name.
        const written = partial.get(normalise(m[0]))
        if (written && article.fields.some((f) => written.some((w) => ownUse(f.text, w, officialPattern)))) continue
        findings.push({
          rule: 'official-name',
          category: 'accuracy',
          severity: 'warning',
          message: `"${m[0]}" tidak sesuai daftar nama resmi. Gunakan "${entry.name}".${entry.note ? ` ${entry.note}` : ''}`,
          field: field.field,
          start,
          end,
          excerpt: m[0],
          suggestion: entry.name,
        })
      }
      const taken = [...official, ...findings.filter((f) => f.field === field.field).map((f): [number, number] => [f.start, f.end])]
      findings.push(...mergedNames(field.text, article.registry, taken).map((f) => ({ ...f, field: field.field })))
    }
    return repeatsAsHints(findings)
  },
}

/**
 * Round 24: one wrong name written again later in the article is one correction (replace it throughout), as editors
 * mark it: the first is the warning, each repeat a hint. Fields come in reading order (title, lead, body).
 */
function repeatsAsHints(findings: Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.map((f) => {
    const key = normalise(f.excerpt)
    if (!seen.has(key)) {
      seen.add(key)
      return f
    }
    return { ...f, severity: 'info' as const, message: `${f.message} Nama ini sudah dilaporkan di bagian sebelumnya.` }
  })
}
