/**
 * Words that say which part or kind of a sum an amount is (round 14): "biaya pemeliharaan
 * tahunan Rp68 juta" is not the "biaya Rp680 juta" of the works, "sisa dana Rp86 juta" not the
 * "dana Rp860 juta" raised. Two amounts of one thing word with different kinds are two sums.
 */
const KINDS = new Set([
  'pemeliharaan', 'perawatan', 'operasional', 'tahunan', 'bulanan', 'harian', 'rutin', 'perencanaan', 'pengawasan',
  'konsultan', 'konsultansi', 'administrasi', 'tambahan', 'sisa', 'selisih', 'kekurangan', 'cadangan', 'awal', 'muka',
  'cicilan', 'angsuran', 'pendamping', 'sebagian', 'lanjutan', 'perubahan', 'darurat', 'sewa', 'pengganti',
])

/** The kind words among the six words before an amount, within its sentence. */
export function costKinds(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 90), start)
  const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n')) + 1)
  const words = (sentence.toLowerCase().match(/\p{L}+/gu) ?? []).slice(-6)
  return words.filter((w) => KINDS.has(w)).sort().join(' ')
}
