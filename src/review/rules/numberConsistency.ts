import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { ArticleField, Finding } from '../types'

interface Mention {
  field: ArticleField
  noun: string
  value: number
  /** The word after the noun ("medali emas" in "41 medali emas"), lower case. */
  second?: string
  approximate: boolean
  /** The noun is coordinated ("1.335 lansia dan penyandang disabilitas"): the figure counts the union. */
  coordinated: boolean
  /** Framed as a total ("Sebanyak 46 lansia", "total 120 peserta"). */
  total: boolean
  start: number
  end: number
  excerpt: string
}

/** A counted noun: an acronym ("386 PPPK", "12 OPD") or a word. */
const NOUN = (name: string) => `(?<${name}>\\p{Lu}{2,6}|\\p{L}[\\p{Ll}-]*)(?![\\p{L}])`
const NOUNS = `\\s+${NOUN('w1')}(?:\\s+${NOUN('w2')})?`
const FIGURE = new RegExp(
  `(?<![\\d.,/\\-–])(?<num>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)(?:\\s+(?<mult>ribu|rb|juta|miliar|milyar|triliun|thousand|million|billion)\\b)?${NOUNS}`,
  'dgu',
)
/** Letters of a pattern in either case, without the i flag (which would make \\p{Ll} match capitals). */
const caseless = (source: string) => source.replace(/(?<!\\)[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`)
/** A numeral written as words ("tiga rumah", "Dua Rumah"); not "salah satu". */
const WORD_FIGURE = new RegExp(`(?<![\\p{L}-])(?<!${caseless('salah')}\\s+)(?<word>${caseless(NUMBER_WORD)})${NOUNS}`, 'dgu')
/** A plain four-digit figure from 1900 to 2099 is a year: Indonesian counts of thousands have a point ("1.950 peserta"). */
const YEAR = /^(?:19|20)\d\d$/
/** Function words after a numeral written as words ("satu pun", "dua kali"), besides the stopwords. */
const WORD_STOPWORDS = new Set(['pun', 'sama', 'lagi', 'lain', 'lainnya', 'per', 'wib', 'wita', 'wit'])
const APPROXIMATE =
  /(?:sekitar|kurang lebih|lebih dari|kurang dari|hampir|sedikitnya|setidaknya|minimal|maksimal|paling sedikit|di atas|di bawah|hingga|sampai|mencapai|about|around|more than|less than|over|nearly|almost|up to|at least)\s*$|[±~<>]\s*$/i
const CURRENCY = /(?:Rp\.?|IDR|USD|US\$|\$)\s*$/i
const CLASSIFIERS = new Set(['orang', 'buah', 'unit', 'ekor', 'lembar', 'batang', 'biji', 'pasang'])
const FIELD_NAMES: Record<ArticleField, string> = { title: 'judul', lead: 'teras berita', body: 'isi berita' }

function mentions(field: PreparedField, stopwords: Set<string>, calendar: Set<string>): Mention[] {
  const found: Mention[] = []
  const matches = [...field.text.matchAll(FIGURE), ...field.text.matchAll(WORD_FIGURE)]
  for (const m of matches) {
    const g = m.groups ?? {}
    const figure = g.num ?? g.word
    if (g.num && YEAR.test(g.num)) continue
    const before = field.text.slice(Math.max(0, m.index - 20), m.index)
    if (CURRENCY.test(before)) continue
    if (/[-–]\s*$/.test(before) || /^\s*[-–]/.test(field.text.slice(m.index + figure.length))) continue
    if (WORD_STOPWORDS.has(g.w1.toLowerCase())) continue
    const indices = m.indices?.groups ?? {}
    const w1 = g.w1.toLowerCase()
    const w2 = g.w2?.toLowerCase()
    // A capitalised word in the body is a name ("Gerakan 1 Rumah"), an acronym is a counted thing ("386 PPPK").
    if (calendar.has(w1) || (/^\p{Lu}/u.test(g.w1) && !/^\p{Lu}{2,}$/u.test(g.w1) && field.field === 'body')) continue
    let noun = w1
    let nounEnd = indices.w1?.[1] ?? m.index + m[0].length
    if (CLASSIFIERS.has(w1) && w2 && !stopwords.has(w2) && !calendar.has(w2)) {
      noun = w2
      nounEnd = m.index + m[0].length
    }
    if (stopwords.has(noun) && !CLASSIFIERS.has(noun)) continue
    found.push({
      field: field.field,
      noun,
      value: g.num ? parseNumber(g.num, g.mult) : parseNumberWords(g.word),
      ...(noun === w1 && w2 ? { second: w2 } : {}),
      approximate: APPROXIMATE.test(before),
      coordinated: /^\s+(?:dan|serta|atau|&)\s+\p{L}/iu.test(field.text.slice(noun === w1 ? (indices.w1?.[1] ?? nounEnd) : nounEnd)),
      total: /(?:sebanyak|total|seluruhnya|sejumlah|mengumpulkan|melibatkan|diikuti)\s*$/i.test(before),
      start: m.index,
      end: nounEnd,
      excerpt: field.text.slice(m.index, nounEnd),
    })
  }
  return found
}

/** Sums of whole lists: figures of one field joined one to the next as list items (see `listed`). */
function listSums(mentions: Mention[], texts: Map<ArticleField, string>): number[] {
  const sorted = [...mentions].sort((a, b) => (a.field === b.field ? a.start - b.start : a.field.localeCompare(b.field)))
  const sums: number[] = []
  let run: Mention[] = []
  const close = () => {
    if (run.length > 1) sums.push(run.reduce((sum, m) => sum + m.value, 0))
  }
  for (const m of sorted) {
    const prev = run.at(-1)
    if (prev && prev.field === m.field && listed(texts.get(m.field) ?? '', prev, m)) run.push(m)
    else {
      close()
      run = [m]
    }
  }
  close()
  return sums
}

/** A finding on `m`, whose right figure is probably `right`'s. */
const mismatch = (m: Mention, right: Mention, what: string): Finding => ({
  rule: 'number-consistency',
  category: 'accuracy',
  severity: 'warning',
  message: `Angka tidak konsisten: ${what}. Samakan angkanya atau jelaskan perbedaannya.`,
  field: m.field,
  start: m.start,
  end: m.end,
  excerpt: m.excerpt,
  suggestion: right.excerpt,
})

/** A photo caption paragraph ("Foto: …", "Keterangan foto: …"). */
const CAPTION = /^\s*(?:foto(?:\s*\d+)?|keterangan\s+foto(?:\s*\d+)?|keterangan|caption)\s*:/iu
const digits = (n: number) => String(Math.round(n)).split('').sort().join('')
/** Two figures that look like one figure mistyped: the same digits reordered, or one digit changed. */
function slipOf(a: number, b: number): boolean {
  const x = String(Math.round(a))
  const y = String(Math.round(b))
  if (x.length !== y.length || x === y) return false
  if (digits(a) === digits(b)) return true
  return [...x].filter((c, i) => c !== y[i]).length === 1
}

/**
 * A photo caption counting the lead's thing differently ("Foto: Sebanyak 40 lansia …" under a
 * lead of "Sebanyak 46 lansia …"). A caption may show part of the event, so only a figure that
 * looks like the lead's figure mistyped (digits reordered, one digit changed) is reported, or a
 * caption figure framed as the total ("Sebanyak …") against a lead total.
 */
function captionCounts(field: PreparedField, body: Mention[], leadField: Mention[], title: Mention[]): Finding[] {
  const first = field.paragraphs[0]
  // The headline counts too ("386 PPPK" over "Foto 3: Sebanyak 368 PPPK …").
  const lead = [...title, ...(leadField.length ? leadField : body.filter((m) => first && m.end <= first.end))]
  const findings: Finding[] = []
  for (const p of field.paragraphs) {
    if (!CAPTION.test(field.text.slice(p.start, p.end))) continue
    for (const m of body) {
      if (m.start < p.start || m.end > p.end || m.approximate || m.coordinated) continue
      const exact = lead.filter((o) => o.noun === m.noun && !o.approximate && !o.coordinated)
      if (exact.length === 0 || exact.some((o) => same(o.value, m.value))) continue
      const right = exact.find((o) => slipOf(o.value, m.value) || (o.total && m.total))
      if (!right) continue
      findings.push(mismatch(m, right, `keterangan foto menyebut "${m.excerpt}", sedangkan ${right.field === 'body' ? 'teras berita' : FIELD_NAMES[right.field]} menyebut "${right.excerpt}"`))
    }
  }
  return findings
}

/**
 * A later body figure that looks like the lead's total mistyped ("Sebanyak 2.400 rumah diperiksa"
 * … "Dari hasil pemeriksaan 2.600 rumah"): the same counted noun, a figure of three or more digits
 * one digit off or with its digits reordered, given nowhere else. The lead's figure must be a
 * total ("Sebanyak …") or confirmed by the headline; the later figure must not be a comparison
 * ("tahun lalu", "dari … menjadi", "target").
 */
const COMPARISON = /(?<![\p{L}])(?:tahun|bulan|pekan|periode|musim)\s+(?:lalu|sebelumnya|kemarin)|sebelumnya|dibandingkan|dibanding|menjadi|naik|turun|meningkat|menurun|bertambah|berkurang|target|ditargetkan|menargetkan|rencana|direncanakan|semula|awalnya/iu
const BREAKDOWN_WORD = /(?<![\p{L}])(?:terdiri\s+(?:atas|dari)|yakni|yaitu|meliputi|masing-masing|rinciannya|antara\s+lain|di\s+antaranya|termasuk)(?![\p{L}])/iu
/** Two figures of one list: up to three modifiers, then a comma or "dan"/"serta" ("120 pelaku kuliner dan 30 pelaku …"; not "1.300 kendaraan yang diperiksa, 64 …" nor "tiga rumah tersebut, satu rumah …"). */
function listed(text: string, a: Mention, b: Mention): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a]
  return /^(?:\s+(?!(?:yang|tersebut|itu|ini)\b)[\p{L}-]+){0,3}\s*(?:,\s*(?:dan|serta)?|\s+dan|\s+serta)\s*$/u.test(text.slice(x.end, y.start))
}
/** Framing a count as the whole: "seluruh pekerjaan di 29 titik", "total 29 titik", "semua 29 titik". */
const WHOLE_BEFORE = /(?<![\p{L}])(?:seluruh|semua|segenap|keseluruhan|total|totalnya)(?:\s+[\p{Ll}-]+){0,2}\s+(?:di\s+|pada\s+|untuk\s+)?$/u
/** The same digits in another order, three or more of them ("1.250" / "1.520"). */
const reordered = (a: number, b: number) => String(Math.round(a)).length >= 3 && !same(a, b) && digits(a) === digits(b)
function laterSlips(field: PreparedField, body: Mention[], leadField: Mention[], title: Mention[]): Finding[] {
  // A lead field is compared with the whole body already (the lead is reported).
  if (leadField.length) return []
  const first = field.paragraphs[0]
  const lead = body.filter((m) => first && m.end <= first.end)
  const all = [...title, ...body]
  const findings: Finding[] = []
  for (const m of body) {
    if ((first && m.end <= first.end) || m.approximate) continue
    // A later count framed as the whole ("seluruh pekerjaan di 29 titik", "total 29 titik"): the lead's total restated.
    const whole = WHOLE_BEFORE.test(field.text.slice(Math.max(0, m.start - 40), m.start))
    // Digits reordered (1.250 / 1.520): a slip whatever the framing; a coordinated count against a coordinated one.
    // Against the lead, or for reordered digits any earlier count of the noun ("ditanami 1.250 pohon" … "merawat 1.520 pohon").
    // Counts of one sentence are items of one breakdown ("Bener 142 orang, dan Tegalrejo 214 orang"), not a restatement.
    const sentenceStart = field.sentences.find((s) => s.start <= m.start && m.start < s.end)?.start ?? 0
    const earlier = [...lead, ...body.filter((o) => o.end <= sentenceStart && !lead.includes(o) && reordered(o.value, m.value))]
    if (!whole && m.value < 100 && !earlier.some((o) => o.noun === m.noun && reordered(o.value, m.value))) continue
    if (m.coordinated && !earlier.some((o) => o.noun === m.noun && o.coordinated && reordered(o.value, m.value))) continue
    const paragraph = field.paragraphs.find((p) => p.start <= m.start && m.end <= p.end)
    if (paragraph && CAPTION.test(field.text.slice(paragraph.start, paragraph.end))) continue
    if (all.some((o) => o !== m && o.noun === m.noun && same(o.value, m.value))) continue
    const sentence = field.sentences.find((s) => s.start <= m.start && m.start < s.end)
    if (!sentence) continue
    const text = field.text.slice(sentence.start, sentence.end)
    if (COMPARISON.test(text)) continue
    // A part of a breakdown ("terdiri atas 120 pelaku UMKM kuliner dan 30 …"), not the total restated.
    if (BREAKDOWN_WORD.test(field.text.slice(sentence.start, m.start)) || body.some((o) => o !== m && o.noun === m.noun && listed(field.text, o, m))) continue
    const confirmed = (o: Mention) => o.total || title.some((t) => t.noun === o.noun && same(t.value, o.value))
    const right = earlier.find(
      (o) =>
        o.noun === m.noun &&
        !o.approximate &&
        (reordered(o.value, m.value) ? o.coordinated === m.coordinated : !o.coordinated && confirmed(o) && (slipOf(o.value, m.value) || whole)),
    )
    if (!right) continue
    const where = lead.includes(right) ? 'teras berita' : 'bagian sebelumnya'
    findings.push(mismatch(m, right, `${where} menyebut "${right.excerpt}", sedangkan bagian berikutnya menyebut "${m.excerpt}"`))
  }
  return findings
}

/** Words after a counted noun that do not narrow what is counted: function words, demonstratives, adverbs. */
const NOT_SCOPE = new Set([
  'itu', 'ini', 'tersebut', 'tadi', 'pun', 'juga', 'telah', 'sudah', 'akan', 'masih', 'sedang', 'kini', 'baru', 'sekaligus', 'tetap', 'bisa', 'dapat',
  'mampu', 'harus', 'wajib', 'perlu', 'hanya', 'saja', 'sebanyak', 'sejumlah', 'total', 'dan', 'serta', 'atau', 'untuk', 'dengan', 'ke', 'kepada',
  'pada', 'hingga', 'sampai', 'sebagai', 'karena', 'sehingga', 'agar', 'tidak', 'tak', 'belum', 'se-kota', 'sekota', 'setiap', 'per', 'orang',
])
/** A verb or predicate after the noun ("46 lansia menerima …", "120 peserta hadir"): the clause goes on, the count is not narrowed. */
const PREDICATE = /^(?:me|di|ber|ter|ke|se|mem|men|meng|meny|per)\p{L}{3,}$|^(?:hadir|ikut|lolos|dapat|terima|datang|tiba|pulang|lulus|ada|tercatat)$/u
/** Before the figure: the count is a part or a subset ("di antaranya 12 siswa", "termasuk 8 lansia", "sisanya 20 rumah"). */
const SUBSET_BEFORE = /(?<![\p{L}])(?:di\s+antaranya|antara\s+lain|termasuk|sebagian|khusus|sisanya|tersisa|dari\s+(?:jumlah|total)\s+(?:itu|tersebut)|dari\s+jumlah\s+\p{L}+|rinciannya|yakni|yaitu|terdiri\s+(?:atas|dari)|meliputi|masing-masing)(?:\s*,)?(?:\s+(?:sebanyak|ada|adalah|berjumlah))?\s*$/iu
/** A sentence about another time: last year's or a planned figure, not this event's. */
const OTHER_TIME = /(?<![\p{L}])(?:(?:tahun|bulan|pekan|periode|musim|edisi|gelaran)\s+(?:lalu|sebelumnya|kemarin|depan)|sebelumnya|semula|awalnya|ditargetkan|menargetkan|target(?:nya)?|direncanakan|rencananya)(?![\p{L}])/iu
const loose = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && (a.includes(b) || b.includes(a)))
const wordsOf = (text: string) => (text.toLowerCase().match(/[\p{L}\d-]+/gu) ?? [])

/**
 * Whether a body count is narrowed to a scope the headline or lead does not name, so that it does
 * not contradict the headline's or lead's count of the same noun: a modifier after the noun that
 * the other side does not use ("45 pedagang sayur" under "120 Pedagang Pasar Terima Bantuan"), a
 * relative clause or a place of its own ("… siswa yang mendaftar", "… rumah di RW 03"), a subset
 * word before it ("di antaranya 12 siswa") or a sentence about another time ("tahun lalu",
 * "target"). A modifier the other side names ("pedagang pasar" / "Pedagang Pasar") keeps the
 * comparison.
 */
function narrowed(text: string, sentenceOf: (offset: number) => { start: number; end: number } | undefined, m: Mention, anchor: string[]): boolean {
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
  if (['yang', 'di', 'dari', 'asal', 'dalam', 'khusus'].includes(word)) return words.length > 1 && !named(words.slice(1))
  if (/^\p{Lu}/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) return false
  if (NOT_SCOPE.has(word) || PREDICATE.test(word)) return false
  return !named(words)
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9 * Math.max(1, Math.abs(a))

/** The same counted thing with different figures in title/lead and body ("150 peserta" / "120 peserta"). */
export const numberConsistency: Rule = {
  id: 'number-consistency',
  category: 'accuracy',
  run: (article) => {
    const stopwords = article.lexicon.numberNounStopwords
    const byField = new Map<ArticleField, Mention[]>()
    const calendar = new Set([...article.lexicon.months.keys(), ...article.lexicon.weekdays.keys()])
    for (const field of article.fields) byField.set(field.field, mentions(field, stopwords, calendar))
    const body = byField.get('body') ?? []
    const findings: Finding[] = []
    const texts = new Map(article.fields.map((f) => [f.field, f.text] as const))
    const bodyField = article.fields.find((f) => f.field === 'body')
    const sentenceOf = (offset: number) => bodyField?.sentences.find((s) => s.start <= offset && offset < s.end)
    /**
     * The figure written without a noun later in a body sentence that counts the noun, as an
     * elliptical count of it ("356 los, 340 sudah terisi" under "340 Los Sudah Terisi"): a bare
     * numeral followed by a word that is no counted noun (no mention starts there), not a unit.
     */
    const bareInSentence = (mention: Mention, counted: Mention[]) =>
      bodyField !== undefined &&
      counted.some((o) => {
        const sentence = o.field === 'body' ? sentenceOf(o.start) : undefined
        if (!sentence) return false
        for (const m of bodyField.text.slice(o.end, sentence.end).matchAll(/(?<![\d.,])(\d{1,3}(?:\.\d{3})+|\d+)(?![\d.,]*\d)\s+(?=\p{Ll})/gu)) {
          const at = o.end + m.index
          if (!same(parseNumber(m[1]), mention.value) || body.some((b) => b.start === at)) continue
          if (/^\s*(?:persen|tahun|bulan|hari|jam|menit|kali|kg|km|meter|ton|liter)(?![\p{L}])/u.test(bodyField.text.slice(at + m[1].length))) continue
          return true
        }
        return false
      })
    const check = (mention: Mention, others: Mention[]) => {
      if (mention.approximate || mention.coordinated) return
      // The body gives the same figure, however it frames it ("mencapai 2.400 paket").
      if (others.some((o) => o.noun === mention.noun && same(o.value, mention.value))) return
      // The words that name the scope of the headline's or lead's count: the headline's, or the lead sentence's.
      const own = article.fields.find((f) => f.field === mention.field)
      const ownSentence = own?.sentences.find((s) => s.start <= mention.start && mention.start < s.end)
      const anchor = wordsOf(own && ownSentence ? own.text.slice(ownSentence.start, ownSentence.end) : mention.excerpt)
      const counted = others.filter((o) => o.noun === mention.noun && !o.approximate)
      if (counted.length > 1 && same(counted.reduce((sum, o) => sum + o.value, 0), mention.value)) return
      // Or the figures of one list add up to it ("210 paket, 230 paket, dan 200 paket" under "640 Paket"),
      // whatever else the body counts ("1 paket per keluarga").
      if (listSums(counted, texts).some((sum) => same(sum, mention.value))) return
      // Only a body count of the same scope contradicts; a figure that looks like the other mistyped
      // (27/72, 14/17) is compared whatever its scope.
      const exact = counted.filter(
        (o) => !(o.field === 'body' && bodyField && !(mention.value >= 10 && slipOf(mention.value, o.value)) && narrowed(bodyField.text, sentenceOf, o, anchor)),
      )
      if (exact.length === 0) return
      // The same figure counts the headline's second word ("87 Medali Emas" / "87 emas, 64 perak …").
      if (mention.second && others.some((o) => o.noun === mention.second && same(o.value, mention.value))) return
      // The figure given bare in a sentence counting the noun ("356 los, 340 sudah terisi" under "340 Los Sudah Terisi").
      if (bareInSentence(mention, counted)) return
      // The same figure counts the noun one word on ("41 Emas" / "41 medali emas"): the same thing.
      if (others.some((o) => o.second === mention.noun && same(o.value, mention.value))) return
      const where = FIELD_NAMES[exact[0].field]
      const figures = [...new Set(exact.map((o) => `"${o.excerpt}"`))].join(', ')
      findings.push({
        rule: 'number-consistency',
        category: 'accuracy',
        severity: 'warning',
        message: `Angka tidak konsisten: ${FIELD_NAMES[mention.field]} menyebut "${mention.excerpt}", sedangkan ${where} menyebut ${figures}. Samakan angkanya atau jelaskan perbedaannya.`,
        field: mention.field,
        start: mention.start,
        end: mention.end,
        excerpt: mention.excerpt,
      })
    }
    const bodyText = article.fields.find((f) => f.field === 'body')?.text ?? ''
    for (const mention of byField.get('title') ?? []) {
      // Written the same way, capitalised, in the body: part of a name ("Gerakan 1 Rumah 1 Jumantik").
      if (/\p{Lu}/u.test(mention.excerpt.replace(/^\S+\s+/, '').charAt(0)) && bodyText.includes(mention.excerpt)) continue
      check(mention, [...(byField.get('lead') ?? []), ...body])
    }
    for (const mention of byField.get('lead') ?? []) check(mention, body)
    if (bodyField) {
      findings.push(...captionCounts(bodyField, body, byField.get('lead') ?? [], byField.get('title') ?? []))
      findings.push(...laterSlips(bodyField, body, byField.get('lead') ?? [], byField.get('title') ?? []).filter((f) => !findings.some((g) => g.start === f.start)))
    }
    return findings
  },
}
