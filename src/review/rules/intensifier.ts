import { mergeJoined } from '../mergeJoined'
import type { PreparedArticle, PreparedField } from '../prepareArticle'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { voiceAt } from '../voiceAt'

/**
 * Verbs of events and actions that are counted: after them "sekali" is "once" ("cukup datang
 * sekali", "dilakukan sekali setahun", "bayar sekali"), never the intensifier, which follows
 * adjectives and states ("bagus sekali", "membantu sekali").
 */
export const COUNTED_VERBS = new Set([
  'datang', 'hadir', 'berkunjung', 'mampir', 'singgah', 'pergi', 'berangkat', 'pulang', 'ikut', 'mengikuti', 'masuk',
  'keluar', 'lewat', 'melintas', 'naik', 'turun', 'bayar', 'membayar', 'dibayar', 'pakai', 'memakai', 'dipakai',
  'digunakan', 'menggunakan', 'isi', 'mengisi', 'diisi', 'daftar', 'mendaftar', 'didaftarkan', 'lapor', 'melapor',
  'antre', 'mengantre', 'disuntik', 'divaksin', 'diperiksa', 'memeriksa', 'periksa', 'dicek', 'dilakukan', 'melakukan',
  'digelar', 'menggelar', 'diadakan', 'mengadakan', 'dilaksanakan', 'melaksanakan', 'diberikan', 'memberikan',
  'menerima', 'diterima', 'mengambil', 'diambil', 'dikirim', 'mengirim', 'makan', 'minum', 'klik', 'login', 'memindai',
  'dipindai', 'diganti', 'mengganti', 'ganti', 'dikunjungi', 'mengunjungi', 'ditemui', 'bertemu', 'dicetak', 'mencetak',
  'diperpanjang', 'memperpanjang', 'disiram', 'menyiram', 'dikuras', 'menguras', 'diangkut', 'mengangkut', 'beroperasi',
  'dijalankan', 'menjalani', 'dijalani', 'berlaku', 'terjadi', 'meletus', 'panen', 'memanen', 'dipanen', 'diputar',
])
/** Words that count what follows: with one of them a few words before a verb, "sekali" is "once". */
const COUNT_QUALIFIERS = new Set(['cukup', 'hanya', 'cuma', 'baru', 'minimal', 'maksimal', 'setidaknya', 'sedikitnya', 'pernah', 'sebanyak', 'paling'])
const VERB_SHAPE = /^(?:me|di|ber|ter|per)\p{L}{3,}$/u
/** Events counted by "sekali" before them: "sekali parkir", "sekali jalan", "sekali angkut" ("per …"). */
const COUNTED_EVENTS = new Set([...COUNTED_VERBS, 'parkir', 'jalan', 'angkut', 'tempuh', 'setor', 'kirim', 'perjalanan', 'kunjungan', 'transaksi', 'pengambilan', 'pemakaian', 'penggunaan', 'pengiriman', 'putaran', 'sesi', 'tayang', 'tarik', 'ambil', 'cetak', 'suntik', 'pertemuan'])
/** Units of time: after one, "sekali" is a frequency ("tiga bulan sekali", "dua minggu sekali"), "once per …". */
const PERIOD_UNITS = new Set(['detik', 'menit', 'jam', 'hari', 'minggu', 'pekan', 'bulan', 'tahun', 'triwulan', 'semester', 'windu', 'dekade', 'musim', 'periode'])
/** A price or amount earlier in the clause: "Rp5.000 untuk mobil sekali parkir" reads "per parking". */
const AMOUNT = /(?:Rp\.?\s?\d|\d\s?(?:ribu|rb|juta)\b|\btarif\b|\bbiaya\b|\bharga\b)/iu

/**
 * "sekali" intensifies the word before it ("bagus sekali"); as a quantity word ("once", "per")
 * it opens its clause ("Sekali jalan, …", ", sekali lagi"), follows an amount
 * ("Rp5.000 sekali parkir", "3.000 sekali masuk"), follows a counted verb ("cukup datang sekali",
 * "dilakukan sekali"), or follows a verb counted by "cukup/hanya/minimal …" a few words before.
 * The lexicon's word lists cover the rest ("sebulan sekali", "sekali pakai", "sekali dalam").
 */
function isQuantitySekali(field: PreparedField, index: number): boolean {
  const { tokens, text } = field
  if (field.sentenceInitial[index] === 1 || index === 0) return true
  const prev = tokens[index - 1]
  if (/[,;:(–—]/.test(text.slice(prev.end, tokens[index].start))) return true
  if (/\d/.test(prev.text)) return true
  if (COUNTED_VERBS.has(prev.lower)) return true
  if (PERIOD_UNITS.has(prev.lower)) return true
  // Since round 17 beside a count of times in its clause ("menang empat kali dan remis sekali"): once.
  const clauseStart = Math.max(text.lastIndexOf(',', tokens[index].start), text.lastIndexOf('.', tokens[index].start), 0)
  if (/(?<![\p{L}])(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa)\s+kali(?![\p{L}])/iu.test(text.slice(clauseStart, tokens[index].start))) return true
  // "sekali" before the event it counts ("mobil sekali parkir", "tarif sekali jalan"): an intensifier
  // ends its phrase, a quantity word opens one.
  const next = tokens[index + 1]
  if (next && field.tokenSentence[index + 1] === field.tokenSentence[index] && /^\s+$/.test(text.slice(tokens[index].end, next.start)) && COUNTED_EVENTS.has(next.lower)) {
    const clauseStart = Math.max(text.lastIndexOf(',', tokens[index].start), field.sentences[field.tokenSentence[index]].start)
    if (AMOUNT.test(text.slice(clauseStart, tokens[index].start)) || COUNT_QUALIFIERS.has(prev.lower)) return true
  }
  if (!VERB_SHAPE.test(prev.lower)) return false
  for (let i = index - 2; i >= Math.max(0, index - 4); i--) {
    if (field.tokenSentence[i] !== field.tokenSentence[index] || /[,;:.!?]/.test(text.slice(tokens[i].end, tokens[i + 1].start))) break
    if (COUNT_QUALIFIERS.has(tokens[i].lower)) return true
  }
  return false
}

/** Words of checking, purpose and waiting: after them "benar-benar" is "actually", a condition to be met, not a degree. */
const CONDITION_WORDS = new Set(['memastikan', 'pastikan', 'dipastikan', 'menjamin', 'mengecek', 'mengecekkan', 'memeriksa', 'apakah', 'agar', 'supaya', 'hingga', 'sampai', 'menunggu', 'menanti', 'sehingga'])

/**
 * "benar-benar" in a clause of checking, purpose or waiting ("untuk memastikan kegiatan benar-benar
 * berjalan", "supaya bantuannya benar-benar dipakai", "hingga rumah warga benar-benar layak") states
 * a condition to be met, not the writer's degree (round 17).
 */
function isCondition(field: PreparedField, index: number): boolean {
  const { tokens, text } = field
  for (let i = index - 1; i >= Math.max(0, index - 6); i--) {
    if (field.tokenSentence[i] !== field.tokenSentence[index] || /[,;:.!?]/.test(text.slice(tokens[i].end, tokens[i + 1].start))) return false
    if (CONDITION_WORDS.has(tokens[i].lower)) return true
  }
  return false
}

/** Words of appeal or advice to the reader or a group: "Warga diminta berhati-hati terhadap …", "disarankan". */
const ADVICE = /(?<![\p{L}])(?:diminta|diimbau|dihimbau|disarankan|dianjurkan|diharapkan|hendaknya|sebaiknya|waspadai|waspada|hindari)(?![\p{L}])/iu

/**
 * A degree word in a sentence of advice describes what to watch for ("Warga diminta berhati-hati
 * terhadap kerupuk yang sangat renyah …"): the sign of a danger, not the writer's judgement (round 17).
 */
function inAdvice(field: PreparedField, index: number): boolean {
  const sentence = field.sentences[field.tokenSentence[index]]
  return sentence !== undefined && ADVICE.test(field.text.slice(sentence.start, field.tokens[index].start))
}

const message = (excerpt: string) =>
  `Penguat "${excerpt}" adalah penilaian penulis. Hapus, atau ganti dengan fakta (angka, apa yang terjadi) yang menunjukkan tingkatnya.`

/** Intensifiers and subjective degree words in the reporting voice (lexicons/intensifiers.json). */
export const intensifier: Rule = {
  id: 'intensifier',
  category: 'neutrality',
  run: (article) =>
    stackedInParaphrase(article, mergeJoined(
      article,
      phraseFindings(article, {
      rule: 'intensifier',
      category: 'neutrality',
      list: 'intensifiers',
      mergeAdjacent: true,
      message,
      skip: (field, match) =>
        (match.entry.phrase === 'sekali' && isQuantitySekali(field, match.first)) ||
        inAdvice(field, match.first) ||
        (/^(?:benar-benar|betul-betul)$/.test(match.entry.phrase) && isCondition(field, match.first)),
      }),
      // "sangat membantu sekali": an intensifier before a word and "sekali" after it frame one degree (round 14).
      (between, later) => later.excerpt.toLowerCase() === 'sekali' && /^\s+[\p{L}-]+(?:\s+[\p{L}-]+)?\s+$/u.test(between),
      message,
    )),
}

/**
 * Three or more degree words stacked on one word ("sangat amat berguna sekali") in a paraphrase
 * ("Menurut X, …" outside quotation marks) are the writer's wording, not the source's: a warning
 * (round 15). Inside quotation marks they stay the speaker's (info).
 */
function stackedInParaphrase(article: PreparedArticle, findings: Finding[]): Finding[] {
  for (const f of findings) {
    if (f.severity !== 'info' || (f.excerpt.match(/\p{L}+/gu) ?? []).length < 4) continue
    const field = article.fields.find((x) => x.field === f.field)
    if (field && voiceAt(field, f.start) === 'reported') f.severity = 'warning'
  }
  return findings
}
