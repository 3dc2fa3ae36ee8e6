/** WIB (Asia/Jakarta) is UTC+7 all year: no daylight saving. */
const WIB_OFFSET_HOURS = 7

/**
 * The date picker works in the browser's own time zone; the desk thinks in WIB. The calendar
 * day and clock time shown in the picker are taken as WIB, wherever the browser is.
 */
export const pickedAsWibIso = (picked: Date): string =>
  new Date(
    Date.UTC(picked.getFullYear(), picked.getMonth(), picked.getDate(), picked.getHours() - WIB_OFFSET_HOURS, picked.getMinutes()),
  ).toISOString()

/** The inverse: a Date whose local calendar day and time show the WIB time of `iso` (for the picker). */
export const wibIsoAsPicked = (iso: string): Date => {
  const wib = new Date(Date.parse(iso) + WIB_OFFSET_HOURS * 3_600_000)
  return new Date(wib.getUTCFullYear(), wib.getUTCMonth(), wib.getUTCDate(), wib.getUTCHours(), wib.getUTCMinutes())
}

/** Inline validation of a publication time: an Indonesian reason, or null when it can be used. */
export const scheduleProblem = (iso: null | string, now: Date = new Date()): null | string => {
  if (!iso) return 'Pilih tanggal dan jam terbit.'
  const time = Date.parse(iso)
  if (Number.isNaN(time)) return 'Tanggal atau jam tidak dikenali; gunakan format tanggal/bulan/tahun jam.menit, misalnya 03/12/2026 08.00.'
  if (time <= now.getTime() + 60_000) return 'Waktu terbit harus paling cepat satu menit dari sekarang.'
  return null
}
