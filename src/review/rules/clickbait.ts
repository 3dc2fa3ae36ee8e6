import { NUMBER_WORD } from '../numberWords'
import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { PreparedArticle } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

const message = (excerpt: string) => `"${excerpt}" adalah gaya umpan klik. Judul dan kalimat berita langsung menyebut apa, siapa, kapan, dan di mana.`

/**
 * A headline promising the reader a reaction with colloquial "bikin" ("yang Bikin Penasaran",
 * "Bikin Kaget", "bikin ngiler"): whatever the reaction word, the headline sells a feeling, not a
 * fact. Titles only: in a body sentence "bikin" may simply mean "make".
 */
const TITLE_REACTION = /(?<![\p{L}])(?:yang\s+)?bikin\s+[\p{L}-]+/giu

/**
 * A headline written as a teaser: a verb of looking or revealing opening it ("Intip …", "Simak …",
 * "Cek …"; invitations such as "Yuk", "Buruan", "Wajib Nonton" are call-to-action), or a colloquial register marker anywhere in it ("gak", "nggak",
 * "banget", "bocoran", "kepo", "lho", "ternyata" …). A news headline states the fact in standard
 * register; these sell curiosity. The marker is reported with the word after it.
 */
const TEASER_OPENERS = ['intip', 'simak', 'cek', 'lihat', 'tonton', 'kepoin', 'bongkar', 'terkuak', 'terungkap']
const COLLOQUIAL = ['gak', 'nggak', 'enggak', 'ngga', 'gk', 'ga', 'banget', 'bocoran', 'kepo', 'lho', 'loh', 'dong', 'nih', 'sih', 'deh', 'wow', 'gokil', 'kece', 'mantul', 'nyangka', 'ternyata', 'bikin', 'auto', 'cuy', 'guys']
const WORD_AFTER = '(?:\\s+[\\p{L}-]+)?'
/** Services named with "cek" ("Cek Darah Gratis … Temukan …", the rubric "Cek Fakta:"): a noun, the subject of the headline, not an order to look (round 14). */
const CHECK_SERVICES = '(?!\\s+(?:kesehatan|darah|mata|gigi|gula|tensi|fisik|kendaraan|emisi|medis|ulang|fakta)(?![\\p{L}]))'
const TITLE_TEASER = new RegExp(
  `^\\s*(?:${TEASER_OPENERS.map((w) => (w === 'cek' ? `cek${CHECK_SERVICES}` : w.replace(/ /g, '\\s+'))).join('|')})${WORD_AFTER}|(?<![\\p{L}])(?:${COLLOQUIAL.join('|')})(?![\\p{L}-])${WORD_AFTER}`,
  'giu',
)

/**
 * A headline that hooks the reader instead of stating the news (round 10): a warning against a
 * mistake or a loss ("Jangan Sampai Salah Naik", "Awas Keliru", "Biar Tidak Tersesat", "Agar Tak
 * Ketinggalan"; shouted with "!" it is an order, call-to-action's "Jangan Sampai Ketinggalan!"), a look-or-note verb opening a later clause ("…, Simak Jadwalnya", "…? Cek
 * Syaratnya", "…, Catat Lokasinya", "Catat! …"), or a question to the reader opening it ("Mau Ikut
 * Lomba? …", "Sudah Tahu? …", "Tahukah Anda …?").
 * Orders ("Jangan Buang Sampah …", "Jangan Lupa …") are call-to-action's.
 */
const MISTAKES = ['salah', 'keliru', 'tertipu', 'ketinggalan', 'terlewat', 'kelewatan', 'menyesal', 'tersesat', 'nyasar', 'bingung', 'kecele', 'rugi', 'kehabisan', 'telat', 'terlambat', 'terjebak']
const TITLE_HOOK = new RegExp(
  [
    `(?<![\\p{L}])(?:jangan(?:\\s+sampai)?|awas|(?:biar|agar|supaya)\\s+(?:tidak|tak|nggak|gak|enggak|ga))\\s+(?:${MISTAKES.join('|')})(?![\\p{L}-])(?![^,.;:?]*!)${WORD_AFTER}`,
    `(?<=[,:?!]\\s*)(?:simak|cek|intip|catat|perhatikan|ketahui|pahami|lihat|tonton)(?![\\p{L}-])${WORD_AFTER}`,
    '^\\s*(?:mau|ingin|pengin|pingin|penasaran|masih\\s+bingung|bingung|sudah\\s+tahu|belum\\s+tahu|tahukah(?:\\s+(?:kamu|anda))?)(?![\\p{L}-])[^?]{0,60}\\?',
    // A note-taking order opening the headline: "Catat! …", "Catat: …".
    '^\\s*catat\\s*[!:]',
  ].join('|'),
  'giu',
)

/**
 * A headline that withholds the news and promises a surprise: a revelation announced as long
 * awaited ("Akhirnya Terungkap", "Akhirnya Terjawab") or a surprise promised ("yang Tak Terduga",
 * "Tak Disangka", "di Luar Dugaan"). The markers of one headline are one finding, from the first
 * to the last.
 */
const TITLE_SURPRISE = new RegExp(
  [
    '(?<![\\p{L}])akhirnya\\s+(?:terungkap|terkuak|terjawab|terbongkar|ketahuan|terbukti|dibuka|dirilis)',
    '(?<![\\p{L}])(?:yang\\s+)?(?:tak|tidak|nggak|gak|ga)\\s+(?:terduga|disangka(?:-sangka)?|dinyana|terbayangkan|diduga-duga)',
    '(?<![\\p{L}])di\\s+luar\\s+dugaan',
    // Since round 16 the reader promised disbelief or surprise: "Anda Tidak Akan Menyangka …", "Kalian Pasti Kaget …".
    '(?<![\\p{L}])(?:kamu|anda|kalian)\\s+(?:(?:pasti|dijamin|mungkin)\\s+)?(?:(?:tak|tidak|nggak|gak|enggak)\\s+(?:akan\\s+)?)?(?:percaya|menyangka|mengira|kaget|terkejut|terpukau|melongo)(?![\\p{L}])',
    // A reaction opening the headline: "Warga Kaget, …", "Pengunjung Heboh, …", "Geger, …".
    '^\\s*(?:\\p{Lu}\\p{Ll}+\\s+){0,2}(?:kaget|terkejut|heboh|geger|gempar|syok|shock|melongo|tercengang|heran|terheran-heran|takjub|panik|histeris)(?=\\s*[,:!])',
    // A secret or mystery opening the headline: "Rahasia di Balik …", "Misteri …".
    '^\\s*(?:rahasia|misteri)(?:\\s+di\\s+balik)?',
    // Since round 14 a knowledge teaser opening it ("Jarang yang Tahu, …", "Banyak yang Belum Tahu, …", "Tak Banyak
    // yang Sadar, …") and a degree pointing at the story closing it ("… Kuliner Seenak Ini", "Harga Semurah Ini").
    '^\\s*(?:jarang|sedikit|(?:tak|tidak|belum)\\s+banyak|banyak|masih\\s+banyak)\\s+(?:orang\\s+)?yang\\s+(?:belum\\s+|tidak\\s+|tak\\s+)?(?:tahu|sadar|mengira|menyangka|mengetahui|menyadari)(?=\\s*[,:])',
    '(?<![\\p{L}])se(?:enak|lezat|nikmat|murah|mahal|ramai|meriah|seru|indah|cantik|megah|mewah|keren|unik|mudah|gampang|cepat|canggih|lengkap|hebat|parah|bagus|besar|tinggi|banyak|sederhana|sepi|dahsyat)\\s+ini\\s*[?!]?\\s*$',
    // A question whose answer is deferred: "Kenapa Harga Cabai Naik? Ini Kata Disdag".
    // Since round 13 also a question closing the headline, its answer left to the body: "…, Siapa Pemenangnya?".
    // Since round 17 also the colloquial "…, Kok Bisa?".
    '(?<=(?:^|[,:])\\s*)(?:siapa|apa|mana|berapa|bagaimana|kenapa|mengapa|kapan|kok)(?:\\s+[\\p{L}-]+){0,5}\\?\\s*$',
    // Since round 13 also a teaser clause closing the headline after a comma: "Bazar Ramai Pembeli, Ini Menu Paling Laris".
    '(?<=,\\s*)(?:ini|begini|berikut)(?:\\s+[\\p{L}-]+){1,4}\\s*$',
    '(?<=\\?\\s*)(?:ini|begini|berikut)(?:\\s+(?:dia|kata|jawaban|penjelasan|alasan|penyebab|faktanya|daftarnya|jawabannya|penjelasannya|alasannya|penyebabnya))?',
  ].join('|') + '(?![\\p{L}])',
  'giu',
)

/**
 * A listicle or "must know" teaser headline: what the reader is told they must know or try
 * ("… yang Wajib Tahu", "Harus Dicoba", "Perlu Kamu Ketahui"; "Wajib Pajak" is a noun), or a count
 * of facts, tips or reasons opening the headline or after a colon or "!" ("7 Fakta …", "Lima
 * Alasan …"; not a count of people or places). Reported only when the headline has no other
 * clickbait finding: one teaser per headline is enough for the editor.
 */
const TITLE_LISTICLE = new RegExp(
  [
    '(?<![\\p{L}])(?:yang\\s+)?(?:(?:wajib|harus|patut|mesti|kudu)\\s+(?:(?:kamu|anda|kalian|warga|kita)\\s+)?(?:tahu|ketahui|diketahui|dicoba|coba|dikunjungi|dibaca|disimak|dicatat|ditonton|dicicipi|dikoleksi|dimiliki)|perlu\\s+(?:(?:kamu|anda|kalian)\\s+)?(?:tahu|ketahui|dicoba))(?![\\p{L}])',
    `(?<=^\\s*|[:!]\\s*)(?:\\d{1,2}|${NUMBER_WORD})\\s+(?:fakta|tips|trik|rahasia|alasan|hal\\s+(?:menarik|unik|penting)|rekomendasi|deretan)(?![\\p{L}])`,
  ].join('|'),
  'giu',
)

/** A headline labelled as a service rubric before a colon: its questions announce the answers ("Tanya Jawab Tarif Parkir Baru: Siapa Kena …?"). */
const RUBRIC = /^\s*(?:tanya\s+jawab|faq|panduan|cek\s+fakta|infografis|serba-serbi)(?![\p{L}])[^:?]*:/iu
/** A teaser naming what a rule or service sets ("Ini Lima Ruas yang Diatur"): information, not a withheld answer. */
const SETS = /(?<![\p{L}])yang\s+(?:berlaku|diatur|ditetapkan|ditutup|dibuka|dilarang|dialihkan|disiapkan|terdampak|dikenai|wajib)(?![\p{L}])/iu
/** Round 15: the question of a rubric headline, and a teaser naming what a rule sets, are service information. */
const serviceInformation = (title: string, mark: string) => (/\?\s*$/u.test(mark) && RUBRIC.test(title)) || (/^(?:ini|berikut)\s/iu.test(mark) && SETS.test(mark))

/**
 * Round 17: "…, Ini Tahapannya" over a body that lists the stages ("Tahapan pendaftaran adalah sebagai
 * berikut:" and the items) announces the list the story gives: service information, not a withheld answer.
 * The teaser's last word without "-nya" must open a sentence or clause that introduces a list (a colon
 * followed by list lines, perhaps under a short group heading, or "sebagai berikut").
 */
function deliveredList(article: PreparedArticle, f: Finding): boolean {
  if (f.field !== 'title' || !/^(?:ini|berikut)\s/iu.test(f.excerpt)) return false
  const noun = /(\p{L}{4,}?)(?:nya)?\s*$/u.exec(f.excerpt)?.[1]?.toLowerCase()
  if (!noun) return false
  const body = article.fields.filter((x) => x.field !== 'title').map((x) => x.text).join('\n\n')
  // The list may open with a group heading of its own ("Sabtu pagi, pukul 06.00-07.00 WIB") before its items.
  const intro = new RegExp(`(?<![\\p{L}])${noun}(?![\\p{L}])[^.\\n]*(?:sebagai\\s+berikut|:\\s*\\n\\s*(?:[^\\n]{1,80}(?<![.!?])\\n\\s*)?(?:[-•*]|\\d+[.)])\\s)`, 'iu')
  return intro.test(body)
}

function merged(article: PreparedArticle, taken: Finding[], pattern: RegExp): Finding[] {
  const title = article.fields.find((f) => f.field === 'title')
  if (!title) return []
  const marks = [...title.text.matchAll(pattern)].filter((m) => !taken.some((g) => g.field === 'title' && g.start < m.index + m[0].length && m.index < g.end) && !serviceInformation(title.text, m[0]))
  if (!marks.length) return []
  const start = marks[0].index
  const last = marks[marks.length - 1]
  const end = last.index + last[0].length
  const excerpt = title.text.slice(start, end)
  return [{ rule: 'clickbait', category: 'neutrality', severity: 'warning', message: message(excerpt), field: 'title', start, end, excerpt }]
}

/**
 * A teaser or reaction marker after a surprise or a hook of the same headline continues that one
 * sales line ("Warga Kaget, Ternyata Ini yang Bikin …", "Tak Disangka, … Bikin Pengunjung …"): the
 * surprise or hook finding is stretched over it instead of a second finding (round 11). Openers of
 * the word list ("Heboh, Ternyata …") stay findings of their own.
 */
function absorbed(article: PreparedArticle, title: Finding[], leads: Finding[]): Finding[] {
  const text = article.fields.find((f) => f.field === 'title')?.text ?? ''
  return title.filter((f) => {
    const head = leads.find((g) => g.field === 'title' && f.field === 'title' && g.start < f.start)
    if (!head) return true
    head.end = Math.max(head.end, f.end)
    head.excerpt = text.slice(head.start, head.end)
    head.message = message(head.excerpt)
    return false
  })
}

/** Clickbait openers and phrases (lexicons/clickbait.json), and reaction promises in the headline. */
export const clickbait: Rule = {
  id: 'clickbait',
  category: 'neutrality',
  run: (article) => {
    const findings = phraseFindings(article, { rule: 'clickbait', category: 'neutrality', list: 'clickbait', message })
    const title: Finding[] = []
    for (const pattern of [TITLE_REACTION, TITLE_TEASER]) {
      for (const f of patternFindings(article, { rule: 'clickbait', category: 'neutrality', pattern, message })) {
        const overlaps = (g: Finding) => g.field === 'title' && g.start < f.end && f.start < g.end
        if (f.field === 'title' && !findings.some(overlaps) && !title.some(overlaps)) title.push(f)
      }
    }
    const surprises = merged(article, [...findings, ...title], TITLE_SURPRISE)
    // The hooks of one headline are one finding too ("Agar Tak Ketinggalan, Simak Jadwal …").
    const hooks = merged(article, [...findings, ...title, ...surprises], TITLE_HOOK)
    // Since round 16 a list word opening the headline ("Wow! … Bikin Juri Terpukau") leads its sales line too.
    const titleText = article.fields.find((f) => f.field === 'title')?.text ?? ''
    const opener = findings.filter((f) => f.field === 'title' && titleText.slice(0, f.start).trim() === '')
    // Only a reaction promise joins it; a teaser word after it ("Heboh, Ternyata …") stays a finding of its own.
    const rest = absorbed(article, title, [...surprises, ...hooks])
    const reactions = rest.filter((f) => new RegExp(TITLE_REACTION.source, 'iu').test(f.excerpt))
    const kept = [...rest.filter((f) => !reactions.includes(f)), ...absorbed(article, reactions, opener)]
    const taken = [...findings, ...kept, ...surprises, ...hooks]
    const listicle = taken.some((f) => f.field === 'title')
      ? []
      : patternFindings(article, { rule: 'clickbait', category: 'neutrality', pattern: TITLE_LISTICLE, message }).filter((f) => f.field === 'title').slice(0, 1)
    return [...taken, ...listicle].filter((f) => !partOfTerm(article, f) && !deliveredList(article, f))
  },
}

/**
 * Round 16: a headline phrase that, with the word before it, is a term the body uses too ("Dana Tak Terduga" over
 * "… dari pos dana tak terduga …") names a thing, it does not tease.
 */
function partOfTerm(article: PreparedArticle, f: Finding): boolean {
  if (f.field !== 'title') return false
  const title = article.fields.find((x) => x.field === 'title')?.text ?? ''
  const body = article.fields.filter((x) => x.field !== 'title').map((x) => x.text.toLowerCase().replace(/\s+/g, ' ')).join('\n')
  const previous = /(\p{L}{3,})\s+$/u.exec(title.slice(0, f.start))?.[1]
  return previous !== undefined && body.includes(`${previous} ${f.excerpt}`.toLowerCase().replace(/\s+/g, ' '))
}
