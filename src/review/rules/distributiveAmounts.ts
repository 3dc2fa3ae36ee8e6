import { digitSlip } from '../digitSlip'
import type { PresentAmount } from './presentValueSlips'

const figure = (a: PresentAmount) => /[\d.,]*\d/u.exec(a.text.slice(a.start, a.end))?.[0] ?? ''

/**
 * "Setiap penerima mendapat …", "tiap anak menerima …": who receives and the verb of receiving,
 * in the clause before the amount (a few words of what is received may come between).
 */
const FRAME = /(?<![\p{L}])(?:[Ss]etiap|[Tt]iap|[Mm]asing-masing)\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+)?(?:men?dapat(?:kan)?|menerima|memperoleh|diberi(?:kan)?|dibekali|mengantongi|membawa\s+pulang)((?:\s+[\p{Ll}-]+){0,4})\s+$/u
/** Another time, a change, a tier or a second kind of amount: two figures in one frame are then two amounts. */
const OTHER = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|semula|awalnya|dulu|naik|turun|menjadi|tambahan|lagi|juara|pemenang|peringkat|kategori|tahap|gelombang|termin|(?:per|setiap|tiap)\s+(?:bulan|minggu|pekan|hari|tahun)|selain|serta|juga)(?![\p{L}])/iu

const clauseBefore = (a: PresentAmount) => {
  const before = a.text.slice(Math.max(0, a.start - 120), a.start)
  return before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf(', ')) + 1)
}
const sentenceOf = (a: PresentAmount) => {
  const start = Math.max(a.text.lastIndexOf('. ', a.start), a.text.lastIndexOf('\n', a.start)) + 1
  const stop = a.text.slice(a.end).search(/\.\s|\n|\.$/)
  return a.text.slice(start, stop < 0 ? a.text.length : a.end + stop)
}

/**
 * One amount per receiver said twice with two figures (round 17): "Setiap penerima mendapat
 * bantuan Rp2,5 juta" … "setiap penerima mendapat paket senilai Rp2 juta". The same receiver and
 * the same verb of receiving frame both amounts, in two sentences, at the same magnitude (less than
 * three times apart) and with figures one mistyped from the other (`digitSlip`); neither sentence names another time, a change, a prize tier, a period or a
 * second sum ("selain", "juga"). The rarer figure, else the later, is reported. Returns [wrong, right].
 */
export function distributiveAmounts<T extends PresentAmount>(amounts: T[]): [T, T][] {
  const framed = amounts.flatMap((a) => {
    const m = FRAME.exec(clauseBefore(a))
    return m && !OTHER.test(sentenceOf(a)) ? [{ a, receiver: m[1] }] : []
  })
  const count = (v: number) => amounts.filter((o) => o.value === v).length
  const pairs: [T, T][] = []
  for (const [i, x] of framed.entries()) {
    for (const y of framed.slice(i + 1)) {
      if (x.receiver !== y.receiver || x.a.value === y.a.value || sentenceOf(x.a) === sentenceOf(y.a)) continue
      // The two figures must look like one mistyped ("Rp2,5 juta" / "Rp2 juta"): two sums of one frame ("uang saku Rp100.000" …
      // "uang transport Rp50.000") are otherwise too common.
      if (Math.max(x.a.value, y.a.value) / Math.min(x.a.value, y.a.value) >= 3 || !digitSlip(figure(x.a), figure(y.a))) continue
      // Each figure must be the only one in its frame: a receiver given two sums is two kinds of aid.
      if (framed.some((z) => z.receiver === x.receiver && z.a.value !== x.a.value && z.a.value !== y.a.value)) continue
      const later = x.a.order < y.a.order ? [y.a, x.a] : [x.a, y.a]
      pairs.push(count(x.a.value) !== count(y.a.value) ? (count(x.a.value) < count(y.a.value) ? [x.a, y.a] : [y.a, x.a]) : (later as [T, T]))
    }
  }
  return pairs
}
