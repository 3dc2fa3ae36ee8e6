import { patternFindings } from '../patternFindings'
import type { PreparedArticle } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding, OfficialNameEntry } from '../types'
import { sentenceAt, voiceAt } from '../voiceAt'

const alt = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`

/** Position titles of officials (multi-word entries first). */
export const OFFICIAL_TITLES = [
  'wakil wali kota', 'wali kota', 'walikota', 'wakil bupati', 'bupati', 'wakil gubernur', 'gubernur', 'sekretaris daerah',
  'sekretaris kota', 'penjabat wali kota', 'pj wali kota', 'kepala dinas', 'kepala daerah', 'kepala badan', 'kepala bagian',
  'kepala kantor', 'kepala bidang', 'kepala desa', 'kepala puskesmas', 'kepala sekolah', 'ketua dprd', 'ketua tp pkk',
  'sekda', 'kadis', 'camat', 'lurah', 'panewu', 'mantri pamong praja', 'kades', 'menteri', 'presiden', 'pimpinan', 'kepala',
] as const
/** Older word list: institutions and forms of address that count right after a merit word only. */
const OFFICIAL = alt([...OFFICIAL_TITLES, 'pemerintah kota', 'pemkot', 'bapak', 'ibu'])
/**
 * Nouns of effort and toil: a result called the "hasil"/"buah" of them is credit to whoever toiled
 * ("hasil jerih payah Wali Kota", "buah perjuangan Camat", "hasil keringat Lurah").
 */
const EFFORT = ['jerih payah', 'kerja keras', 'kerja nyata', 'kerja cerdas', 'usaha keras', 'upaya keras', 'perjuangan', 'keringat', 'pengorbanan', 'sepak terjang']
/** Merit nouns. Any "ke-…-an" noun (kegigihan, kepedulian, kesigapan, ketegasan) counts too. */
const MERIT = `(?:${alt([...EFFORT, 'tangan dingin', 'kepemimpinan', 'arahan', 'komitmen', 'perhatian', 'kepedulian', 'inisiatif', 'visi', 'dedikasi', 'gebrakan', 'terobosan', 'kebijakan', 'upaya', 'dukungan', 'bimbingan', 'prakarsa', 'gagasan', 'jasa', 'sentuhan', 'peran', 'campur tangan', 'kiprah'])}|ke\\p{L}{3,}an)`
/**
 * Nouns of an instruction or of help ("atas arahan Wali Kota", "atas dukungan Camat", "karena
 * kebijakan Bupati"): after "atas"/"karena" they say on whose instruction or with whose help
 * something happened — a fact — unless praise follows ("atas arahan Sekda yang tegas").
 */
const PROCEDURAL = ['arahan', 'dukungan', 'kebijakan', 'upaya', 'bimbingan', 'prakarsa', 'gagasan', 'peran', 'inisiatif', 'campur tangan', 'instruksi', 'perintah', 'undangan', 'izin', 'permintaan', 'fasilitasi']
const VIRTUE = `(?:(?!${alt(PROCEDURAL)}(?![\\p{L}]))${MERIT})`
/** Praise of an official's manner ("yang tegas dan visioner", "yang begitu besar"). */
const PRAISE = alt(['tegas', 'visioner', 'cemerlang', 'jitu', 'bijak', 'bijaksana', 'luar biasa', 'tulus', 'sigap', 'cekatan', 'brilian', 'hebat', 'gigih', 'tak kenal lelah', 'tidak kenal lelah', 'begitu', 'sangat', 'amat', 'sungguh'])
/** Merit words that are credit on their own ("berkat kepemimpinan …", "tak lepas dari arahan …"). */
const STRONG_MERIT = `(?:${alt(EFFORT)}|kepemimpinan|tangan\\s+dingin|arahan|komitmen|perhatian|kepedulian|inisiatif|visi|dedikasi|gebrakan|terobosan|kebijakan|upaya)`
/**
 * A personal quality: a ke-…-an noun, except the ones that name an act, office or event rather than
 * a virtue ("kebijakan", "kehadiran", "kedatangan", "kegiatan", "keputusan", "kunjungan" …).
 */
const QUALITY = '(?!(?:kebijakan|kehadiran|kedatangan|kegiatan|keputusan|keterangan|kebutuhan|kewenangan|kesempatan|kepergian|keberangkatan|kepulangan|keinginan|kebersamaan|keberadaan|kesehatan|keamanan|kepala|kelurahan|kecamatan|kebudayaan|kependudukan|ketertiban|kesepakatan|ketetapan|ketentuan|kerjasama|keterangan)(?![\\p{L}]))ke\\p{L}{3,}an'
const WORD = `[\\p{L}\\d-]+`
/** Up to n words in the same clause (no punctuation, no quotation mark). */
const GAP = (n: number) => `(?:\\s+${WORD}){0,${n}}?`
/**
 * Causal and origin frames: the clause says where a result comes from. Open classes, not phrases:
 * any modal before a negated "lepas"/"pisah" verb ("tak bisa dilepaskan dari", "tidak pernah
 * terlepas dari", "tak dapat dipisahkan dari"), "buah" with an optional evaluative adjective
 * ("buah manis dari", "buah nyata"), "hasil" or "lahir dari" before a personal quality.
 */
const MODAL_NEG = `(?:tak|tidak)\\s+(?:(?:bisa|dapat|akan|pernah|boleh|mungkin)\\s+)?`
const DETACH = `(?:di|ter)?(?:lepas(?:kan)?|pisah(?:kan)?)\\s+dari`
/** Not the classifier "buah" after a count ("tiga buah ambulans dari Wali Kota"). */
const NOT_COUNTED = `(?<!(?:\\d|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|puluh|ratus|ribu|beberapa|berapa)\\s+)`
const FRUIT = `${NOT_COUNTED}buah(?:(?:\\s+(?:manis|nyata|positif|gemilang|indah|baik|termanis))?\\s+dari|\\s+(?:kerja\\s+keras|pemikiran|kepemimpinan|tangan\\s+dingin))`
const HEAD = `(?:berkat|atas\\s+${VIRTUE}|karena\\s+${VIRTUE}|${MODAL_NEG}${DETACH}|hasil\\s+kerja\\s+keras|(?:merupakan\\s+)?hasil\\s+(?:dari\\s+)?(?:${STRONG_MERIT}|${QUALITY})|${FRUIT})`

// Credit constructions whose object is an official, found by the official's title (or a
// registry person) within a few words of the construction: "berkat kepemimpinan …", "Berkat
// kegigihan Wali Kota", "atas perhatian besar Wali Kota", "tak lepas dari peran Camat", "hasil
// kerja keras Bupati", "di bawah kepemimpinan …".
/** Roles that direct an activity without governing: under their direction is supervision, not credit. */
const COACHES = ['pelatih', 'instruktur', 'guru', 'dosen', 'pembina', 'pendamping', 'mentor', 'juri', 'dirigen', 'koreografer', 'pemandu', 'fasilitator', 'narasumber', 'tutor', 'sutradara', 'kapten', 'wasit']

const CREDIT_PARTS = [
  `(?<![\\p{L}])${HEAD}${GAP(4)}\\s+${alt(OFFICIAL_TITLES)}(?![\\p{L}])`,
  `(?<![\\p{L}])berkat\\s+(?:${STRONG_MERIT}(?:\\s+${OFFICIAL})?|${OFFICIAL})(?![\\p{L}])`,
  // Since round 23 any deed of a government office after "berkat" ("Berkat pembinaan Dinas Pendidikan", "berkat
  // pendampingan dari Badan …"): the writer crediting an institution as an official.
  `(?<![\\p{L}])berkat${GAP(3)}\\s+(?:dari\\s+)?(?:dinas|badan|pemkot|pemkab|pemda|pemprov|pemerintah\\s+(?:kota|kabupaten|daerah|provinsi))(?![\\p{L}])`,
  // Since round 17 not the direction of a coach or teacher ("di bawah arahan pelatih"): supervision, no official credited.
  `(?<![\\p{L}])di\\s+bawah\\s+(?:kepemimpinan|(?:komando|arahan)(?!\\s+(?:para\\s+)?${alt(COACHES)}(?![\\p{L}])))(?![\\p{L}])`,
  `(?<![\\p{L}])(?:tak|tidak)\\s+(?:ter)?lepas\\s+dari\\s+(?:(?:${STRONG_MERIT}|peran|sentuhan)(?:\\s+${OFFICIAL})?|${OFFICIAL})(?![\\p{L}])`,
  `(?<![\\p{L}])(?:atas|karena)\\s+(?:kepemimpinan|tangan\\s+dingin)(?![\\p{L}])`,
  // An instruction or help praised: "Atas arahan Sekda yang tegas dan visioner".
  // Since round 14 also the official's character after "yang dikenal" ("atas prakarsa Camat yang dikenal dekat dengan warga").
  `(?<![\\p{L}])(?:atas|karena)\\s+${alt(PROCEDURAL)}\\s+${OFFICIAL}(?:\\s+\\p{L}+){0,3}?\\s+yang\\s+(?:${PRAISE}|(?:dikenal|terkenal)(?:\\s+(?:sangat|begitu|amat|selalu))?\\s+\\p{L}+(?:\\s+(?:dengan|pada|kepada)\\s+\\p{L}+)?)(?![\\p{L}])`,
  // Since round 22 the praise before the official: "Atas gagasan cemerlang Wali Kota", "karena arahan bijak Camat".
  `(?<![\\p{L}])(?:atas|karena|berkat)\\s+${alt(PROCEDURAL)}\\s+(?:yang\\s+)?${PRAISE}\\s+(?:(?:dari|para)\\s+)?${OFFICIAL}(?![\\p{L}])`,
  // A result said to spring from an official's quality: "lahir dari kejelian Wali Kota", "bermula
  // dari inisiatif Camat", "bersumber dari komitmen Lurah".
  `(?<![\\p{L}])(?:lahir|berawal|bermula|bersumber|berasal|tumbuh)\\s+dari\\s+${MERIT}${GAP(2)}\\s+${OFFICIAL}(?![\\p{L}])`,
  // Someone named as the force behind a success: "menjadi motor di balik capaian", "sosok di balik
  // keberhasilan", "kunci sukses di balik prestasi".
  `(?<![\\p{L}])(?:motor|kunci(?:\\s+sukses)?|otak|aktor|arsitek|penggerak|sosok|tokoh)(?:\\s+utama)?\\s+di\\s+balik\\s+(?:keberhasilan|kesuksesan|sukses|capaian|pencapaian|prestasi)(?![\\p{L}])`,
  // Since round 14 a result called the proof or embodiment of an official's virtue: "bukti kepedulian Wali
  // Kota", "wujud nyata komitmen Lurah", "cerminan ketegasan Camat", "membuktikan keseriusan Bupati" (not
  // "bukti pembayaran", "wujud bantuan": an instruction or help is no virtue; nor "sebagai bentuk kepedulian
  // Pemkot", the institution's stock phrase for a programme).
  `(?<![\\p{L}])(?:bukti|wujud|cerminan|cermin|membuktikan|mencerminkan|menunjukkan)(?:\\s+(?:nyata|konkret|konkrit|sahih|jelas|besarnya|tingginya))?\\s+${VIRTUE}(?:\\s+(?:besar|tinggi|nyata|penuh))?\\s+(?:dari\\s+)?${alt(OFFICIAL_TITLES)}(?![\\p{L}])`,
  // An official's personal quality praised by degree: "Kepedulian Wali Kota yang begitu besar",
  // "Ketegasan Camat yang luar biasa".
  `(?<![\\p{L}])${QUALITY}\\s+${OFFICIAL}(?:\\s+\\p{Lu}\\p{L}+){0,3}\\s+yang\\s+(?:begitu|sangat|amat|sungguh|luar\\s+biasa|tinggi|besar)(?![\\p{L}])`,
]
const BASE = new RegExp(CREDIT_PARTS.join('|'), 'giu')
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Per registry: the pattern with the registry's people as officials too ("berkat kegigihan Hendra Wijaya"). */
const withPeople = new WeakMap<readonly OfficialNameEntry[], RegExp>()
function patternFor(article: PreparedArticle): RegExp {
  const registry = article.registry
  if (!registry.length) return BASE
  let pattern = withPeople.get(registry)
  if (!pattern) {
    const people = registry.filter((e) => e.kind === 'person' || e.kind === 'position').map((e) => escape(e.name.trim()).replace(/\s+/g, '\\s+'))
    pattern = people.length
      ? new RegExp([`(?<![\\p{L}])${HEAD}${GAP(4)}\\s+(?:${people.join('|')})(?![\\p{L}])`, ...CREDIT_PARTS].join('|'), 'giu')
      : BASE
    withPeople.set(registry, pattern)
  }
  return pattern
}

/**
 * Since round 15 an official, named by the deferential "beliau", said once again to prove a virtue:
 * "lagi-lagi menunjukkan bahwa beliau peduli pada pedagang", "kembali memperlihatkan kepedulian
 * tinggi beliau". Its own verb ("menegaskan") makes no reported speech: only another attribution word
 * of the sentence does.
 */
const PROVES = new RegExp(`(?<![\\p{L}])(?:sekali\\s+lagi|kembali|lagi-lagi)\\s+(?:membuktikan|menegaskan|menunjukkan|memperlihatkan)\\s+(?:bahwa\\s+beliau(?:\\s+[\\p{L}-]+){1,6}|(?:[\\p{L}-]+\\s+){1,3}beliau)(?![\\p{L}])`, 'giu')
function provenVirtues(article: PreparedArticle): Finding[] {
  const findings: Finding[] = []
  for (const field of article.fields) {
    for (const m of field.text.matchAll(PROVES)) {
      const voice = voiceAt(field, m.index)
      if (voice === 'quote') continue
      if (voice === 'reported') {
        const sentence = sentenceAt(field, m.index)
        const rest = (field.text.slice(sentence.start, m.index) + ' ' + field.text.slice(m.index + m[0].length, sentence.end)).toLowerCase().match(/\p{L}+/gu) ?? []
        if (rest.some((w) => article.lexicon.attribution.has(w))) continue
      }
      findings.push({ rule: 'writer-credit', category: 'neutrality', severity: 'warning', message: message(m[0]), field: field.field, start: m.index, end: m.index + m[0].length, excerpt: m[0] })
    }
  }
  return findings
}

const message = (excerpt: string) =>
  `"${excerpt}" memberi pujian atau jasa kepada pejabat dengan suara penulis. Laporkan faktanya saja, atau kutip narasumber yang menyampaikan penilaian itu.`

/** Credit given to an official in the writer's own voice ("berkat kepemimpinan Wali Kota …"). */
export const writerCredit: Rule = {
  id: 'writer-credit',
  category: 'neutrality',
  run: (article) => {
    const found = patternFindings(article, { rule: 'writer-credit', category: 'neutrality', pattern: patternFor(article), message })
    for (const f of provenVirtues(article)) if (!found.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)) found.push(f)
    return found
  },
}
