import { digitSlip } from '../digitSlip'
import type { PresentAmount } from './presentValueSlips'

const figure = (a: PresentAmount) => /[\d.,]*\d/u.exec(a.text.slice(a.start, a.end))?.[0] ?? ''

/**
 * "Setiap penerima mendapat …", "tiap anak menerima …": who receives and the verb of receiving,
 * in the clause before the amount (a few words of what is received may come between).
 */
const FRAME = /(?<![\p{L}])(?:[Ss]etiap|[Tt]iap|[Mm]asing-masing)\s+(\p{Ll}+)\s+(?:\p{Ll}+\s+)?(?:men?dapat(?:kan)?|menerima|memperoleh|diberi(?:kan)?|dibekali|mengantongi|membawa\s+pulang)((?:\s+[\p{Ll}-]+){0,4})\s+$/u
/** Another time, a change, a tier or a second kind of amount: two figures in one frame are then two amounts ("dalam satu tahap" is none); since round 23 a similar one or a dated year ("Pada 2025, … serupa …"). */
const OTHER = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|semula|awalnya|dulu|naik|turun|menjadi|tambahan|lagi|juara|pemenang|peringkat|kategori|(?<!satu\s)tahap|gelombang|termin|(?:per|setiap|tiap)\s+(?:bulan|minggu|pekan|hari|tahun)|selain|serta|juga|serupa|pada\s+(?:19|20)\d\d)(?![\p{L}\p{N}])/iu

/**
 * Since round 23 a rate per the receiver after the amount ("bantuan Rp17,5 juta per rumah", "untuk setiap kelompok")
 * frames it too, paired only with an amount the receiver is said to get; periods and measures are no receivers.
 */
const PER = /^\s+(?:per|untuk\s+(?:setiap|tiap|masing-masing))\s+(\p{Ll}+)(?![\p{L}])/u
const NOT_RECEIVER = /^(?:bulan|minggu|pekan|hari|tahun|jam|kali|kilogram|kg|liter|meter|ton|gram|porsi|paket|unit|lembar|buah)$/u
/** The word after the thing in the clause before the amount: "bantuan stimulan senilai" → "stimulan" (another kind of the sum). */
const kindOf = (clause: string, thing: string) => new RegExp(`(?<![\\p{L}])${thing}\\s+(?!senilai|sebesar|yang|rp)(\\p{Ll}+)`, 'iu').exec(clause)?.[1]
/** One sum under its word or a longer phrase holding it ("bantuan stimulan" … "bantuan"), not two kinds of it ("uang saku" … "uang transport"). */
function sameSum(x: PresentAmount, y: PresentAmount): boolean {
  if (!x.thing || !y.thing) return false
  const [cx, cy] = [clauseBefore(x).toLowerCase(), clauseBefore(y).toLowerCase()]
  const thing = x.thing === y.thing || cx.includes(y.thing) ? y.thing : cy.includes(x.thing) ? x.thing : undefined
  if (!thing) return false
  const [kx, ky] = [kindOf(cx, thing), kindOf(cy, thing)]
  return !(kx && ky && kx !== ky)
}

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
    const per = m ? undefined : PER.exec(a.text.slice(a.end, a.end + 40))?.[1]
    if (OTHER.test(sentenceOf(a)) || (!m && (!per || NOT_RECEIVER.test(per)))) return []
    return [{ a, receiver: m?.[1] ?? per ?? '', rate: !m }]
  })
  const count = (v: number) => amounts.filter((o) => o.value === v).length
  const pairs: [T, T][] = []
  for (const [i, x] of framed.entries()) {
    for (const y of framed.slice(i + 1)) {
      if (x.receiver !== y.receiver || x.a.value === y.a.value || sentenceOf(x.a) === sentenceOf(y.a) || (x.rate && y.rate)) continue
      // The two figures must look like one mistyped ("Rp2,5 juta" / "Rp2 juta"): two sums of one frame ("uang saku Rp100.000" …
      // "uang transport Rp50.000") are otherwise too common. Since round 23 a rate restating the received sum (`sameSum`) within
      // half again may have any figure ("mendapat bantuan stimulan senilai Rp20 juta" … "bantuan Rp17,5 juta per rumah").
      const ratio = Math.max(x.a.value, y.a.value) / Math.min(x.a.value, y.a.value)
      const restated = (x.rate || y.rate) && ratio < 1.5 && sameSum(x.a, y.a)
      if (ratio >= 3 || (!digitSlip(figure(x.a), figure(y.a)) && !restated)) continue
      // Each figure must be the only one in its frame: a receiver given two sums is two kinds of aid.
      if (framed.some((z) => z.receiver === x.receiver && z.a.value !== x.a.value && z.a.value !== y.a.value)) continue
      // Since round 23 the rate is reported against the sum the receiver is said to get.
      const later = x.rate ? [x.a, y.a] : y.rate ? [y.a, x.a] : x.a.order < y.a.order ? [y.a, x.a] : [x.a, y.a]
      pairs.push(count(x.a.value) !== count(y.a.value) ? (count(x.a.value) < count(y.a.value) ? [x.a, y.a] : [y.a, x.a]) : (later as [T, T]))
    }
  }
  return pairs
}
