import { mergeJoined } from '../mergeJoined'
import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { isKanNoun } from './kanNouns'

const message = (excerpt: string) =>
  `Ajakan langsung kepada pembaca ("${excerpt}") bukan gaya berita. Tulis sebagai informasi: siapa dapat melakukan apa, kapan, di mana, dan caranya; atau kutip ajakan itu dari narasumber.`

/**
 * A headline that opens with an obligation or a prohibition aimed at the reader and ends it with
 * an exclamation mark ("Wajib Nonton!", "Harus Coba!", "Jangan Sampai Telat!"): an order to the
 * reader, whatever the verb. "Wajib Pajak Diimbau …" (no exclamation) is a noun phrase.
 */
const TITLE_IMPERATIVE = /(?<=^|[.!?:]\s+)(?:wajib|harus|jangan)(?:\s+[\p{L}-]+){1,2}\s*!/giu

/** Adverbs and particles that open an order to the reader ("Segera pesan …", "langsung daftarkan …"). */
const URGING = new Set(['segera', 'langsung', 'buruan', 'ayo', 'ayolah', 'yuk', 'yuklah', 'mari', 'cepat', 'jangan', 'silakan', 'silahkan'])
/** Discourse markers before an order ("Nah, …", "Jadi, …"). */
const DISCOURSE = new Set(['nah', 'jadi', 'maka', 'karena', 'itu', 'so'])
/** Words in -kan/-lah that are not imperatives. */
const NOT_IMPERATIVE = new Set(['bahkan', 'akan', 'bukan', 'sedangkan', 'melainkan', 'kan', 'adalah', 'ialah', 'olah', 'sekolah', 'masalah', 'jumlah', 'telah', 'setelah', 'sudah', 'lalu', 'salah', 'daerah', 'wilayah', 'rumah', 'sebelah', 'tengah', 'kepala', 'lelah', 'sejarah'])
/** Pronouns that address the reader. */
const YOU = new Set(['kamu', 'kalian', 'anda', 'engkau', 'kau', 'dikau'])
/** Words in -mu that are not the possessive "your" (ilmu, tamu, bertemu …). */
const NOT_YOUR = /(?:ilmu|jamu|jemu|kemu|tamu|temu|nemu|ramu|semu|timu|tumu|umu)$/u
/** A rhetorical question that urges the reader ("Tunggu apa lagi?", "Kapan lagi?"): a closed class. */
const RHETORICAL = /(?<![\p{L}])(?:(?:mau\s+)?(?:tunggu|nunggu|menunggu)\s+apa\s+lagi|apa\s+lagi\s+yang\s+(?:di)?tunggu|kapan\s+lagi)\s*[?,!]/iu

/** Bare verbs that read as an order after an urging word ("Segera daftar", "Jangan buang …"). */
const BARE_VERBS = new Set([
  'daftar', 'cek', 'bawa', 'datang', 'urus', 'lapor', 'pesan', 'beli', 'coba', 'catat', 'simpan', 'isi', 'ikut', 'cari', 'ajak', 'periksa',
  'tukar', 'bayar', 'akses', 'unduh', 'klik', 'pindai', 'tonton', 'buang', 'lupa', 'ambil', 'pakai', 'kenakan', 'hubungi', 'kunjungi',
])
/** Bare verbs that invite rather than instruct (round 14): what a promotion asks the reader to do. */
const INVITING_VERBS = new Set(['daftar', 'catat', 'ajak', 'datang', 'ikut', 'coba', 'tonton', 'beli', 'kunjungi', 'cari'])
/** A sentence in a paragraph that asks a question, or right after one: a service notice's answer. */
const answersQuestion = (field: PreparedField, index: number): boolean => {
  const sentence = field.sentences[index]
  const paragraph = field.paragraphs[field.tokenParagraph[sentence.firstToken]]
  return field.text.slice(paragraph.start, paragraph.end).includes('?')
}
/** Words in -i that are not imperatives (bagi, lagi, hari …); words in -ai (sampai, mulai, selesai) are roots, not -i verbs. */
const NOT_I = new Set(['bagi', 'lagi', 'tadi', 'hari', 'diri', 'pagi', 'kali', 'sini', 'nanti', 'dari', 'lalui', 'mandiri', 'sendiri', 'setiap', 'kini', 'ini', 'pasti', 'jadi', 'tinggi', 'mati', 'hati', 'lokasi', 'informasi', 'posisi'])
/**
 * A verb form that reads as an order after an urging word: a bare verb from the list, or a verb in
 * -kan/-i/-lah without an active, passive or stative prefix ("siapkan", "lengkapi", "perbarui").
 */
const imperativeVerb = (word: string) =>
  BARE_VERBS.has(word) ||
  (/^\p{Ll}{3,}(?:kan|i|lah)$/u.test(word) && word.length >= 5 && !NOT_IMPERATIVE.has(word) && !NOT_I.has(word) && !/ai$/u.test(word) && !/^(?:me|di|ber|ter|ke|se)/u.test(word))
/**
 * Urging words that, opening a writer's clause before an imperative verb, make an order without a pronoun ("silakan
 * kunjungi …" is service information). Since round 19 the hortative "mari"/"marilah" too: "Mari rayakan …", "Marilah
 * jaga …" invite the reader as "mari kita" does.
 */
const OPENING_URGES = new Set(['segera', 'langsung', 'jangan', 'cepat', 'buruan', 'mari', 'marilah'])
/** Obligations: "wajib segera", "harus segera" opening a clause address whoever reads it. */
const OBLIGATIONS = new Set(['wajib', 'harus'])

/**
 * An order without a pronoun: a clause of a writer's sentence opening (after a discourse marker or a
 * comma) with an urging word and an imperative verb ("Segera siapkan berkasnya.", "Jangan lupa bawa
 * KTP.", "Mahasiswa yang memenuhi syarat, segera siapkan berkas …"), or an urged obligation ("…
 * wajib segera mendaftarkan diri"). An obligation without "segera" ("Pemohon wajib melapor …")
 * states a rule and is not reported.
 */
function bareOrder(field: PreparedField, first: number, last: number): boolean {
  const { tokens, text } = field
  for (let j = first; j + 1 < last; j++) {
    if (field.tokenQuote[j] >= 0) continue
    // A clause opening: the sentence start (after discourse markers) or after a comma
    // ("Mahasiswa yang memenuhi syarat, segera siapkan berkas …").
    let i = j
    const opensClause = j === first || /[,;]\s*$/.test(text.slice(tokens[j - 1].end, tokens[j].start))
    if (!opensClause) continue
    while (i < last && DISCOURSE.has(tokens[i].lower)) i++
    if (i + 1 < last && OPENING_URGES.has(tokens[i].lower) && imperativeVerb(tokens[i + 1].lower) && field.tokenQuote[i + 1] < 0) return true
  }
  // An urged obligation ("wajib segera mendaftarkan diri", "harus segera mengurus …"): what the reader
  // must do now, with or without a subject; a deadline or a rule is stated without "segera".
  for (let j = first; j + 2 < last; j++) {
    // Since round 20 not before a passive ("luka harus segera dicuci"): what must happen to a thing is a procedure, not an order.
    if (OBLIGATIONS.has(tokens[j].lower) && tokens[j + 1].lower === 'segera' && !/^di\p{Ll}{3,}$/u.test(tokens[j + 2].lower) && field.tokenQuote[j] < 0) return true
  }
  return false
}

const addressesReader = (word: string) => YOU.has(word) || (/^\p{Ll}[\p{Ll}-]{2,}mu$/u.test(word) && !NOT_YOUR.test(word))
/** A clause that opens with an order: an urging adverb, or a verb in -kan/-lah ("Ramaikan …", "Datanglah …"). */
const imperative = (word: string) => URGING.has(word) || (/^\p{L}{4,}(?:kan|lah)$/u.test(word) && !NOT_IMPERATIVE.has(word) && !/^(?:ber|ter|di)/u.test(word))

/**
 * A sentence in the writer's voice that gives the reader an order: a clause opening with an order
 * (after the sentence start, a comma or "dan") and a word addressing the reader ("kamu", "kalian",
 * "Anda", "-mu": "langsung daftarkan dirimu", "Yuk, ramaikan … kesayangan kalian"), or any sentence
 * addressing the reader right after an urging rhetorical question ("Tunggu apa lagi? Ajak keluarga
 * dan teman-temanmu …"), or an order ending in an exclamation mark ("Ramaikan acaranya!"). The
 * whole order is one finding; the list's words inside it are merged.
 */
function orders(field: PreparedField, isWord: ((word: string) => boolean) | null): Finding[] {
  const found: Finding[] = []
  const { tokens, text } = field
  field.sentences.forEach((sentence, index) => {
    if (sentence.attributed || field.tokenQuote[sentence.firstToken] >= 0) return
    let you = false
    let order = false
    for (let i = sentence.firstToken; i < sentence.lastToken; i++) {
      if (field.tokenQuote[i] >= 0) continue
      const word = tokens[i].lower
      if (addressesReader(word)) you = true
      const opensClause = i === sentence.firstToken || /[,;]\s*$/.test(text.slice(tokens[i - 1].end, tokens[i].start)) || ['dan', 'serta', 'lalu'].includes(tokens[i - 1].lower)
      // Since round 20 not a noun of a root in -k ("Pertunjukan para pelajar ini …!", kanNouns.ts).
      if (opensClause && !DISCOURSE.has(word) && imperative(word) && !isKanNoun(word, isWord)) order = true
      // Since round 14 a bare verb of invitation opening the sentence is an order too ("Daftar lewat laman kelurahan dan
      // bawa anak Anda …"); not a noun owned by the reader ("Pesan Anda akan dibalas"), and not the steps of a service
      // answering a question ("Bagaimana jika STNK hilang? Bawa surat keterangan … KTP Anda …").
      if (i === sentence.firstToken && INVITING_VERBS.has(word) && !addressesReader(tokens[i + 1]?.lower ?? '') && !answersQuestion(field, index)) order = true
    }
    const previous = field.sentences[index - 1]
    const before = previous && field.tokenParagraph[previous.firstToken] === field.tokenParagraph[sentence.firstToken] ? previous.start : sentence.start
    const question = RHETORICAL.exec(text.slice(before, sentence.end))
    // An order with an exclamation mark needs no pronoun ("Manfaatkan kesempatan ini!").
    const exclaimed = order && /^\s*!/.test(text.slice(sentence.end, sentence.end + 3))
    const bare = bareOrder(field, sentence.firstToken, sentence.lastToken)
    if (!((you && (order || question)) || exclaimed || (question && order) || bare)) return
    const start = question ? before + question.index : sentence.start
    const excerpt = text.slice(start, sentence.end)
    found.push({ rule: 'call-to-action', category: 'neutrality', severity: 'warning', message: message(excerpt), field: field.field, start, end: sentence.end, excerpt })
  })
  return found
}

/**
 * Round 23: a show, dish or place the reader must see, try or visit ("WAJIB DITONTON", "wajib dicoba", "harus
 * dikunjungi"): an order to whoever reads, without a pronoun. Not negated ("tidak wajib dibeli"), and not with an
 * official or a witness as agent ("wajib dikunjungi kader", "harus disaksikan dua orang saksi"): a procedure.
 */
const MUST_SEE = /(?<![\p{L}])(?<!(?:tidak|tak|bukan)\s+)(?:wajib|harus)\s+di(?:tonton|saksikan|coba|cicipi|kunjungi|datangi|nikmati|singgahi)(?![\p{L}])(?!\s+(?:oleh\s+)?(?:\p{L}+\s+){0,3}(?:petugas|kader|tim|dokter|bidan|perawat|pengawas|inspektur|pegawai|pejabat|aparat|polisi|notaris|saksi|juri|auditor|penguji)(?![\p{L}]))/giu

/** Second-person calls to action in the writer's voice (lexicons/callToAction.json). */
export const callToAction: Rule = {
  id: 'call-to-action',
  category: 'neutrality',
  run: (article) => {
    const findings = phraseFindings(article, { rule: 'call-to-action', category: 'neutrality', list: 'callToAction', message })
    const title = patternFindings(article, { rule: 'call-to-action', category: 'neutrality', pattern: TITLE_IMPERATIVE, message: (excerpt) => message(excerpt.replace(/\s*!$/, '')) })
      .filter((f) => f.field === 'title' && !findings.some((g) => g.field === 'title' && g.start < f.end && f.start < g.end))
      .map((f) => ({ ...f, end: f.end - (f.excerpt.length - f.excerpt.replace(/\s*!$/, '').length), excerpt: f.excerpt.replace(/\s*!$/, '') }))
    // Since round 14 an appeal over consecutive sentences of a paragraph ("Jangan biarkan … Anda …. Ajak mereka …") is one
    // finding; an exclamation mark closes a call, and the next is another ("Ayo datang …! Jangan lewatkan …").
    const checker = article.spellChecker
    const isWord = checker ? (word: string) => checker.isWord(word) : null
    const sentences = mergeJoined(
      article,
      article.fields.filter((f) => f.field !== 'title').flatMap((f) => orders(f, isWord)),
      (between) => /^[\s.?]*$/u.test(between) && !between.includes('\n'),
      message,
    )
    const inside = (f: Finding) => sentences.some((g) => g.field === f.field && g.start <= f.start && f.end <= g.end)
    const overlapped = (f: Finding) => [...findings, ...title, ...sentences].some((g) => g.field === f.field && g.start < f.end && f.start < g.end)
    const mustSee = patternFindings(article, { rule: 'call-to-action', category: 'neutrality', pattern: MUST_SEE, message }).filter((f) => !overlapped(f))
    return [...findings.filter((f) => !inside(f)), ...title, ...sentences, ...mustSee]
  },
}
