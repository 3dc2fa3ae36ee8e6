import { parse } from 'csv-parse/sync'

import type { OfficialNameEntry } from '../types'
import { parseOfficialNameKind } from './officialNameKinds'

/**
 * Official names from a CSV or JSON file's text. CSV: a header row with `name` (or `nama`),
 * optional `kind`/`jenis`, `variants`/`varian` (separated by `|` or `;`) and `note`/`catatan`.
 * JSON: an array of { name, kind?, variants?, note? } (or { entries: [...] }). Throws an
 * Indonesian message naming the line of the first bad row.
 */
export function parseRegistryFile(text: string, format: 'csv' | 'json'): OfficialNameEntry[] {
  if (format === 'json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      throw new Error('Berkas daftar nama resmi bukan JSON yang sah.')
    }
    const list = Array.isArray(parsed) ? parsed : (parsed as { entries?: unknown })?.entries
    if (!Array.isArray(list)) throw new Error('JSON daftar nama resmi harus berupa larik atau { "entries": [...] }.')
    return list.map((item, index) => {
      const entry = item as Partial<OfficialNameEntry> & { kind?: string }
      if (typeof entry?.name !== 'string' || !entry.name.trim()) throw new Error(`Entri ke-${index + 1}: "name" wajib diisi.`)
      const variants = Array.isArray(entry.variants) ? entry.variants.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : []
      return clean({ name: entry.name, kind: parseOfficialNameKind(entry.kind), variants, note: typeof entry.note === 'string' ? entry.note : undefined })
    })
  }
  let rows: Record<string, string>[]
  try {
    rows = parse(text, { columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()), skip_empty_lines: true, trim: true, bom: true })
  } catch (error) {
    throw new Error(`CSV daftar nama resmi tidak dapat dibaca: ${(error as Error).message}`)
  }
  return rows.map((row, index) => {
    const name = row.name ?? row.nama ?? ''
    if (!name) throw new Error(`Baris ${index + 2}: kolom "nama" wajib diisi.`)
    const kindText = row.kind ?? row.jenis
    const kind = parseOfficialNameKind(kindText)
    if (kindText && !kind) throw new Error(`Baris ${index + 2}: jenis "${kindText}" tidak dikenal.`)
    const variants = (row.variants ?? row.varian ?? '').split(/[|;]/).map((v) => v.trim()).filter(Boolean)
    return clean({ name, kind, variants, note: row.note ?? row.catatan ?? undefined })
  })
}

function clean(entry: OfficialNameEntry): OfficialNameEntry {
  const name = entry.name.trim().replace(/\s+/g, ' ')
  const variants = [...new Set((entry.variants ?? []).map((v) => v.trim().replace(/\s+/g, ' ')))].filter((v) => v.toLowerCase() !== name.toLowerCase())
  return { name, ...(entry.kind ? { kind: entry.kind } : {}), variants, ...(entry.note?.trim() ? { note: entry.note.trim() } : {}) }
}
