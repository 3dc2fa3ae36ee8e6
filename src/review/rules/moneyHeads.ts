import type { PreparedField } from '../prepareArticle'
import { GROUP_NOUNS } from './generalisation'

/** Words before an amount that name nothing particular: framing, generic money words, function words. */
const FRAME = new Set([
  'sebesar', 'senilai', 'sejumlah', 'mencapai', 'total', 'sekitar', 'itu', 'yang', 'dengan', 'berupa', 'uang', 'dana', 'biaya', 'nilai', 'anggaran',
  'rp', 'dan', 'atau', 'serta', 'untuk', 'bagi', 'dari', 'kepada', 'pada', 'di', 'ke', 'juga', 'pun', 'hanya', 'masih', 'sudah', 'telah', 'akan',
  'setiap', 'tiap', 'per', 'masing', 'masing-masing', 'sama', 'ini', 'tersebut', 'sehingga', 'karena', 'agar', 'bahwa', 'rata-rata',
])
/** A verb form (me-, di-, ber-, ter- prefixed), not the name of the sum. */
const VERB = /^(?:me|di|ber|ter)\p{L}{3,}$/u

/**
 * The words naming what an amount is, among the three before it in its clause ("bonus prestasi
 * sebesar Rp30 juta" → bonus, prestasi; "uang saku Rp50.000" → saku), round 15.
 */
export function headWords(text: string, start: number): Set<string> {
  const clause = text.slice(Math.max(0, start - 60), start).split(/[.,;:!?()\n"“”]/).pop() ?? ''
  const words = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  return new Set(words.slice(-4).filter((w) => w.length >= 4 && !FRAME.has(w) && !VERB.test(w)))
}

const PERSONS = new Set<string>([...GROUP_NOUNS, 'orang', 'penerima', 'jiwa', 'kk', 'keluarga', 'lansia', 'siswa', 'mahasiswa', 'anggota', 'peserta'])
/** The unit of an amount per unit: "Rp900.000 per orang" → orang, "setiap penerima memperoleh Rp9 juta" → penerima. */
export function unitOf(text: string, start: number, end: number): string | null {
  const after = /^\s+per\s+(\p{L}+)/iu.exec(text.slice(end, end + 24))
  if (after) return after[1].toLowerCase()
  const before = /(?:setiap|tiap|masing-masing)\s+(\p{L}+)(?:\s+[\p{L}-]+){0,3}\s+$/iu.exec(text.slice(Math.max(0, start - 50), start))
  return before ? before[1].toLowerCase() : null
}
/** Two units that count people ("per orang", "setiap lansia") are one unit. */
export const sameUnit = (a: string | null, b: string | null) => a !== null && b !== null && (a === b || (PERSONS.has(a) && PERSONS.has(b)))

/** One set of naming words inside the other ("bonus" / "bonus prestasi"); "juara pertama" / "juara harapan" name two prizes. */
export const namesSame = (a: Set<string>, b: Set<string>) =>
  a.size > 0 && b.size > 0 && ([...a].every((w) => b.has(w)) || [...b].every((w) => a.has(w)))

/**
 * Since round 22 the thing the next sentence names an amount by, when the rest of the amount's sentence gives no figure:
 * "… mencapai dua setengah miliar rupiah. Pendapatan itu berasal dari …" → pendapatan.
 */
export function thingAfter(field: PreparedField, end: number, isThing: (word: string) => boolean): string | null {
  const text = field.text.slice(end, end + 80)
  const word = /^[^.!?]*[.!?]\s+(\p{L}+)\s+(?:itu|tersebut)(?![\p{L}])/u.exec(text)?.[1].toLowerCase()
  return word && isThing(word) && !/\d/u.test(text.replace(/[.!?].*$/su, '')) ? word : null
}
