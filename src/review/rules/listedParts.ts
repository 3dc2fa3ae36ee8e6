import { parseNumberWords, NUMBER_WORD } from '../numberWords'
import type { PreparedField } from '../prepareArticle'
import { type Figure, figures, lists, PARTIAL, qualifies } from './partFigures'
import type { WholeCount } from './namedWholeParts'

/** A found breakdown: the whole, its parts and their sum. */
export interface ListedBreakdown {
  total: Figure
  parts: Figure[]
  sum: number
}

/** Amounts for each unit, not parts of a whole. */
const UNIT = /(?<![\p{L}])(?:masing-masing|per|setiap|tiap|rata-rata)(?![\p{L}])/iu
/** Another time or a comparison: the amounts are not this whole's parts. */
const OTHER_FRAME = /(?<![\p{L}])(?:tahun\s+lalu|sebelumnya|semula|target|ditargetkan|dibandingkan|naik|turun|menjadi)(?![\p{L}])/iu
/** The whole announces how many parts it has: "untuk tiga kelompok", "di empat lokasi". */
const ANNOUNCED = new RegExp(`(?<![\\p{L}])(?:untuk|bagi|di|ke|dalam|atas)\\s+(${NUMBER_WORD}|\\d+)\\s+\\p{Ll}+`, 'iu')

const close = (sum: number, total: number) => Math.abs(sum - total) > 1e-6 * Math.max(1, total) && sum >= total * 0.8 && sum <= total * 1.25

/**
 * Since round 19 a sentence with no amount that announces the parts of a whole named by its words
 * ("… dana kelurahan tahun ini diarahkan untuk dua kelompok kegiatan.") hands out the last earlier
 * amount, not one for each unit, whose words before it share two words with the sentence ("dana
 * kelurahan tahun 2026 sebesar Rp15,75 miliar").
 */
/** An amount for each unit, judged within its own sentence. */
function perUnitAmount(field: PreparedField, f: Figure): boolean {
  const own = field.sentences.find((x) => x.start <= f.start && f.start < x.end)
  return UNIT.test(field.text.slice(Math.max(own?.start ?? 0, f.start - 30), Math.min(own?.end ?? f.end + 20, f.end + 20)))
}
function announcedWhole(field: PreparedField, sentence: PreparedField['sentences'][number], months: Map<string, number>): Figure | undefined {
  const head = field.text.slice(sentence.start, sentence.end)
  if (!ANNOUNCED.test(head)) return undefined
  const words = new Set(head.toLowerCase().match(/\p{L}{4,}/gu) ?? [])
  const earlier = figures(field, 0, sentence.start, months).filter((f) => f.money && !perUnitAmount(field, f))
  const whole = earlier.at(-1)
  if (!whole) return undefined
  const named = field.text.slice(Math.max(0, whole.start - 60), whole.start).toLowerCase().match(/\p{L}{4,}/gu) ?? []
  // Two shared words name the whole ("dana kelurahan", "anggaran promosi"); one ("wisata") may name another thing.
  return new Set(named.filter((w) => words.has(w) && !/^(?:sebesar|senilai|tahun|untuk|dengan)$/u.test(w))).size >= 2 ? whole : undefined
}

/**
 * A sum of money handed out in the next sentence without a breakdown word (round 15): "Bantuan
 * Rp450 juta disalurkan untuk tiga kelompok. Kelompok tani menerima Rp200 juta, kelompok nelayan
 * Rp150 juta, dan kelompok perajin Rp80 juta." The next sentence (same or next paragraph) lists three
 * or more amounts — two when the whole announced two parts — none per unit, none of another time,
 * each below the whole; their sum comes within a quarter of it but misses.
 */
export function moneyListsAfterTotal(field: PreparedField, months: Map<string, number>): ListedBreakdown[] {
  const found: ListedBreakdown[] = []
  for (const [index, sentence] of field.sentences.entries()) {
    const next = field.sentences[index + 1]
    if (!next || field.tokenParagraph[next.firstToken] > field.tokenParagraph[sentence.firstToken] + 1) continue
    const head = field.text.slice(sentence.start, sentence.end)
    const wholes = figures(field, sentence.start, sentence.end, months).filter((f) => f.money)
    const total = wholes.at(-1) ?? announcedWhole(field, sentence, months)
    if (!total || (wholes.length > 0 ? UNIT.test(field.text.slice(Math.max(sentence.start, total.start - 30), total.end + 20)) : perUnitAmount(field, total))) continue
    const text = field.text.slice(next.start, next.end)
    if (UNIT.test(text) || PARTIAL.test(text) || OTHER_FRAME.test(text)) continue
    const amounts = figures(field, next.start, next.end, months).filter((f) => f.money)
    const list = lists(field, amounts).find((run) => run.length === amounts.length)
    if (!list) continue
    const announced = ANNOUNCED.exec(head.slice(Math.max(0, total.end - sentence.start)))
    const parts = announced ? parseNumberWords(announced[1]) || Number(announced[1]) : 0
    if (list.length < 3 && parts !== list.length) continue
    // Since round 22 the rest of the sum may open the sentence after ("Sisanya, Rp1,5 juta, dibagikan kepada …"): a part too.
    const after = field.sentences[index + 2]
    const rest = after && /^(?:sisanya|selebihnya)(?![\p{L}])/iu.test(field.text.slice(after.start, after.end)) ? figures(field, after.start, after.end, months).find((f) => f.money) : undefined
    const closed = rest ? [...list, rest] : list
    const sum = closed.reduce((s, p) => s + p.value, 0)
    if (list.some((p) => p.value >= total.value) || !close(sum, total.value)) continue
    found.push({ total, parts: closed, sum })
  }
  return found
}

/**
 * A list of counts spread over consecutive sentences of one paragraph (round 15): "Di Kecamatan
 * Utara 120 keluarga. Di Kecamatan Selatan 95 keluarga, sedangkan di Kecamatan Barat 70 keluarga."
 * under "300 keluarga". Every sentence of the run counts only the whole's noun, three or more counts
 * over two or more sentences, none partial or of another time, each below the whole, their sum
 * within 15 % of it but not equal.
 */
export function countsAcrossSentences(field: PreparedField, totals: Figure[], months: Map<string, number>): ListedBreakdown[] {
  const found: ListedBreakdown[] = []
  for (const total of totals) {
    let run: Figure[] = []
    let sentences = 0
    let paragraph = -1
    const flush = () => {
      const sum = run.reduce((s, p) => s + p.value, 0)
      if (sentences >= 2 && run.length >= 3 && run.every((p) => p.value < total.value) && Math.abs(sum - total.value) > 0 && sum >= total.value * 0.85 && sum <= total.value * 1.15) {
        if (!found.some((f) => f.total === total)) found.push({ total, parts: run, sum })
      }
      run = []
      sentences = 0
    }
    for (const sentence of field.sentences) {
      if (sentence.start < total.end) continue
      const text = field.text.slice(sentence.start, sentence.end)
      // A number in a name ("RW 02", "SMP 3") counts nothing.
      const counts = figures(field, sentence.start, sentence.end, months).filter((f) => !qualifies(field, f) && !/\p{Lu}[\p{L}]*\s+$/u.test(field.text.slice(Math.max(0, f.start - 12), f.start)))
      const p = field.tokenParagraph[sentence.firstToken]
      if (p !== paragraph) flush()
      paragraph = p
      // Round 16: a count per unit ("Tiap musala mendapat 60 mushaf") is no part, and a sentence whose counts alone add up
      // to the whole is its breakdown, complete.
      const own = counts.reduce((s, c) => s + c.value, 0)
      if (counts.length === 0 || PARTIAL.test(text) || OTHER_FRAME.test(text) || UNIT.test(text) || counts.some((c) => c.money || c.noun !== total.noun) || (counts.length >= 2 && own === total.value)) {
        flush()
        continue
      }
      run.push(...counts)
      sentences++
    }
    flush()
  }
  return found
}

/**
 * A count per unit: "masing-masing 16 kamar", "16 kamar per lantai", "setiap kelas 30 siswa". Since round 16 a rate
 * ("520 penumpang per hari") is no count per unit: the whole is a rate too.
 */
export const perUnitCount = (text: string, f: Figure) =>
  /(?<![\p{L}])(?:masing-masing|setiap|tiap|per)(?:\s+\p{L}+)?\s+$/iu.test(text.slice(Math.max(0, f.start - 24), f.start)) ||
  /^\s+per\s+(?!(?:hari|pekan|minggu|bulan|tahun|jam|malam|semester|triwulan)(?![\p{L}]))\p{L}/iu.test(text.slice(f.end, f.end + 20))

/** The list goes on with counts of other nouns right before or after the run (joined by a comma or "dan"). */
export function continuesList(text: string, counts: Figure[], run: Figure[]): boolean {
  const joined = (a: Figure, b: Figure) => /^[^\d.!?;]{0,60}$/u.test(text.slice(a.end, b.start)) && /,|(?<![\p{L}])(?:dan|serta)(?![\p{L}])/iu.test(text.slice(a.end, b.start))
  const first = counts.indexOf(run[0])
  const last = counts.indexOf(run[run.length - 1])
  const before = counts[first - 1]
  const after = counts[last + 1]
  return (after !== undefined && after.noun !== run[0].noun && joined(run[run.length - 1], after)) || (before !== undefined && before.noun !== run[0].noun && joined(before, run[0]))
}

/** The last count of the parts' one noun earlier in the field ("sebanyak 900 lansia" … "terdiri atas 400 lansia …"). */
export function lastCountOf(field: PreparedField, nouns: Set<string>, before: number, months: Map<string, number>): WholeCount | undefined {
  if (nouns.size !== 1) return undefined
  const [noun] = nouns
  const earlier = figures(field, 0, before, months).filter((f) => !f.money && f.noun === noun && !qualifies(field, f))
  const last = earlier.at(-1)
  return last && { value: last.value, start: last.start, end: last.end, excerpt: last.excerpt }
}
