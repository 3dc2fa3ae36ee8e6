import type { OfficialNameKind } from '../types'

/** Kinds of registry entries, with their Indonesian labels (admin select, CSV column "jenis"). */
export const OFFICIAL_NAME_KINDS: { value: OfficialNameKind; label: string }[] = [
  { value: 'person', label: 'Orang' },
  { value: 'position', label: 'Jabatan' },
  { value: 'unit', label: 'OPD / instansi' },
  { value: 'place', label: 'Tempat' },
  { value: 'programme', label: 'Program' },
  { value: 'event', label: 'Acara' },
]

/** "orang", "Jabatan", "person" … → the kind; undefined when unknown. */
export function parseOfficialNameKind(value: string | undefined): OfficialNameKind | undefined {
  const v = (value ?? '').trim().toLowerCase()
  if (!v) return undefined
  const aliases: Record<string, OfficialNameKind> = { opd: 'unit', instansi: 'unit', 'opd / instansi': 'unit', lokasi: 'place', kegiatan: 'event' }
  return OFFICIAL_NAME_KINDS.find((k) => k.value === v || k.label.toLowerCase() === v)?.value ?? aliases[v]
}
