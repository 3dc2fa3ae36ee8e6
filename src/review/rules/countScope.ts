import type { Mention } from './countMentions'

/** Words after a counted noun that do not narrow what is counted: function words, demonstratives, adverbs, owners ("rumah warga"). */
const NOT_SCOPE = new Set([
  'itu', 'ini', 'tersebut', 'tadi', 'pun', 'juga', 'telah', 'sudah', 'akan', 'masih', 'sedang', 'kini', 'baru', 'sekaligus', 'tetap', 'bisa', 'dapat',
  'mampu', 'harus', 'wajib', 'perlu', 'hanya', 'saja', 'sebanyak', 'sejumlah', 'total', 'dan', 'serta', 'atau', 'untuk', 'dengan', 'ke', 'kepada',
  'pada', 'hingga', 'sampai', 'sebagai', 'warga', 'milik', 'penduduk', 'masyarakat', 'karena', 'sehingga', 'agar', 'tidak', 'tak', 'belum', 'se-kota', 'sekota', 'setiap', 'per', 'orang',
])
/** A verb or predicate after the noun ("46 lansia menerima …", "120 peserta hadir"): the clause goes on, the count is not narrowed. */
const PREDICATE = /^(?:me|di|ber|ter|ke|se|mem|men|meng|meny|per)\p{L}{3,}$|^(?:hadir|ikut|lolos|dapat|terima|datang|tiba|pulang|lulus|ada|tercatat)$/u
/** A superlative that selects some of the set ("tim terbaik", "peserta terpilih"), not a verb of the clause. */
const SELECTING = /^(?:terbaik|teratas|terpilih|terfavorit|terunggul|terbawah|terakhir)$/u
/** Before the figure: the count is a part or a subset ("di antaranya 12 siswa", "termasuk 8 lansia", "sisanya 20 rumah"). */
const SUBSET_BEFORE = /(?<![\p{L}])(?:di\s+antaranya|antara\s+lain|termasuk|sebagian|khusus|sisanya|tersisa|dari\s+(?:jumlah|total)\s+(?:itu|tersebut)|dari\s+jumlah\s+\p{L}+|rinciannya|yakni|yaitu|terdiri\s+(?:atas|dari)|meliputi|masing-masing)(?:\s*,)?(?:\s+(?:sebanyak|ada|adalah|berjumlah))?\s*$/iu
/** A sentence about another time: last year's or a planned figure, not this event's. */
// Since round 15 a quota and a change to a new figure ("dinaikkan menjadi 45 peserta") are another time too.
export const OTHER_TIME = /(?<![\p{L}])(?:(?:tahun|bulan|pekan|periode|musim|edisi|gelaran)\s+(?:lalu|sebelumnya|kemarin|depan)|sebelumnya|semula|awalnya|ditargetkan|menargetkan|target(?:nya)?|direncanakan|rencananya|kuota|(?:dinaikkan|ditambah|diturunkan|dikurangi|naik|turun|bertambah|berkurang)\s+menjadi)(?![\p{L}])/iu
/** Quantifiers of a group's composition after "dari"/"di" ("dari berbagai sekolah", "di seluruh kelurahan"). */
const COMPOSITION = /^(?:berbagai|seluruh|semua|sejumlah|beberapa|belasan|puluhan|ratusan|ribuan|aneka|lintas|segala)$/iu
const loose = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && (a.includes(b) || b.includes(a)))
export const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\d-]+/gu) ?? [])

/**
 * Whether a body count is narrowed to a scope the headline or lead does not name, so that it does
 * not contradict the headline's or lead's count of the same noun: a modifier after the noun that
 * the other side does not use ("45 pedagang sayur" under "120 Pedagang Pasar Terima Bantuan"), a
 * relative clause or a place of its own ("… siswa yang mendaftar", "… rumah di RW 03"), a subset
 * word before it ("di antaranya 12 siswa") or a sentence about another time ("tahun lalu",
 * "target"). A modifier the other side names ("pedagang pasar" / "Pedagang Pasar") keeps the
 * comparison. In the opening paragraph (`opening`) a place or origin after the noun ("46 lansia di
 * Kelurahan Baciro") is where the event happened and does not narrow the count.
 */
export function narrowed(
  text: string,
  sentenceOf: (offset: number) => { start: number; end: number } | undefined,
  m: Mention,
  anchor: string[],
  opening = false,
): boolean {
  const sentence = sentenceOf(m.start)
  if (sentence && OTHER_TIME.test(text.slice(sentence.start, sentence.end))) return true
  const clause = text.slice(sentence?.start ?? Math.max(0, m.start - 80), m.start).split(/[;:]/).pop() ?? ''
  if (SUBSET_BEFORE.test(clause)) return true
  // Up to three words after the noun, within the clause.
  const words = (/^(?:\s+[\p{L}-]+){1,3}/u.exec(text.slice(m.end, m.end + 80))?.[0] ?? '').trim().split(/\s+/).filter(Boolean)
  if (!words.length) return false
  const [w] = words
  const word = w.toLowerCase()
  const named = (candidates: string[]) => candidates.some((c) => anchor.some((a) => loose(a, c.toLowerCase())))
  if (['yang', 'di', 'dari', 'asal', 'dalam', 'khusus'].includes(word)) {
    // Where a whole group comes from ("peserta dari berbagai sekolah", "di seluruh kelurahan") describes it, not a part of it.
    if (word !== 'yang' && word !== 'khusus' && COMPOSITION.test(words[1] ?? '')) return false
    // The opening paragraph's place is where the event happened, not a part of the headline's count.
    if (opening && word !== 'yang' && word !== 'khusus') return false
    return words.length > 1 && !named(words.slice(1))
  }
  if (/^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) return false
  // Round 16: a selecting superlative after the noun ("empat tim terbaik", "10 peserta terpilih") names a part.
  if (SELECTING.test(word) && !named([w])) return true
  if (NOT_SCOPE.has(word) || PREDICATE.test(word)) return false
  // The modifiers end where the predicate begins ("pedagang sayur menerima bantuan": "sayur").
  const end = words.findIndex((x) => NOT_SCOPE.has(x.toLowerCase()) || PREDICATE.test(x.toLowerCase()))
  return !named(end < 0 ? words : words.slice(0, end))
}
