import { patternFindings } from '../patternFindings'
import { reportsFolkBelief } from './folkBeliefs'
import { groupSpeaksForItself } from './groupOwnVoice'
import { generalisationMessage, longingFindings, traitFindings } from './groupTraits'
import { provenGroupFindings } from './provenGroups'
import type { PreparedArticle } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'

/**
 * Generalisations are found by class, not by phrase: a quantifier of totality or unanimity, a
 * group noun of citizens or stakeholders and an attitude predicate, close together in one
 * clause (no punctuation between them). Extend the three word classes, not the patterns.
 */
const alt = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`

/** Groups of citizens and stakeholders (multi-word entries first). */
export const GROUP_NOUNS = [
  'orang tua', 'wali murid', 'pelaku usaha', 'pelaku umkm', 'pemangku kepentingan', 'lapisan masyarakat', 'elemen masyarakat',
  'penerima manfaat', 'penerima bantuan', 'kaum muda', 'anak muda', 'generasi muda', 'remaja', 'juru parkir', 'pengemudi ojek', 'sopir angkot', 'ibu-ibu', 'bapak-bapak', 'anak-anak',
  'warga', 'masyarakat', 'penduduk', 'rakyat', 'publik', 'orang', 'pihak', 'pedagang', 'peserta', 'petani', 'nelayan',
  'peternak', 'pengunjung', 'wisatawan', 'penumpang', 'pengguna', 'pelanggan', 'pemohon', 'penerima', 'penghuni',
  'lansia', 'siswa', 'pelajar', 'mahasiswa', 'guru', 'pengusaha', 'pengendara', 'pengemudi', 'pasien', 'pekerja',
  'buruh', 'karyawan', 'pegawai', 'umat', 'jemaah', 'pemuda', 'komunitas', 'relawan', 'penonton', 'pemudik',
  // Business people (round 10): any "pelaku …" or "pemilik …" ("pelaku wisata", "pemilik warung"), makers, sellers and buyers.
  'pelaku', 'pemilik', 'umkm', 'ukm', 'pkl', 'perajin', 'pengrajin', 'wirausahawan', 'produsen', 'penjual', 'pembeli', 'konsumen', 'penyewa', 'mitra',
] as const
/**
 * Those who run a community body or programme (round 21): "Seluruh pengurus kampung sangat antusias", "Semua kader
 * posyandu bangga" ("anggota" is left out: "seluruh anggota dewan setuju" may report a vote). Only after a totality
 * quantifier with an attitude, in a pattern of their own: any growth of GENERALISATION or GENERALISATION_15 made the rule two to three times slower.
 */
export const BODY_MEMBERS = ['pengurus', 'kader', 'panitia', 'pengelola', 'perangkat', 'staf', 'aparatur'] as const

/** Attitudes, satisfaction, agreement: what a writer cannot know of a whole group. */
export const ATTITUDES = [
  'menyambut baik', 'menyambut gembira', 'menyambut antusias', 'menyambut positif', 'menyambut hangat', 'menyambut',
  'berterima kasih', 'merasakan manfaat', 'merasakan manfaatnya', 'setuju', 'sepakat', 'menyetujui', 'puas', 'mendukung',
  'antusias', 'senang', 'gembira', 'bahagia', 'bangga', 'lega', 'nyaman', 'terbantu', 'mengapresiasi', 'menikmati',
  'optimistis', 'optimis', 'kagum', 'memuji', 'bersyukur', 'tenang', 'tenteram', 'yakin', 'percaya', 'terlayani', 'diuntungkan',
  'betah', 'kerasan', 'merasakan dampak', 'mendapat manfaat', 'mendapatkan manfaat', 'memperoleh manfaat', 'menuai manfaat', 'sejahtera',
  // Liking and zeal (round 14): "Seluruh siswa menyukai menu baru", "Lansia di kota ini selalu bersemangat".
  'menyukai', 'menyenangi', 'menggemari', 'bersemangat',
] as const

/**
 * Progress claimed of a whole group after "kini", "telah", "sudah", "semakin" (round 10): "seluruh
 * pelaku UMKM kini telah memanfaatkan pembayaran digital", "Semua pedagang sudah melek digital" —
 * what the writer cannot know of every member.
 */
export const PROGRESS = [
  'memanfaatkan', 'menikmati', 'merasakan', 'melek', 'go digital', 'go online', 'naik kelas', 'berdaya', 'berdaya saing', 'mandiri', 'maju',
  'berkembang', 'mampu bersaing', 'siap bersaing', 'paham', 'memahami', 'sadar',
  // Habits claimed of a whole group (round 13): "Semua warga kampung itu kini sudah memilah sampah".
  'memilah', 'mengolah', 'menerapkan', 'mempraktikkan', 'membiasakan', 'terbiasa', 'rutin', 'rajin', 'disiplin', 'tertib',
  'mematuhi', 'menaati', 'peduli',
] as const
/** Income or sales of a whole group said to have risen: "omzet seluruh pelaku UMKM meningkat". */
const EARNINGS = '(?:omzet|omset|pendapatan|penghasilan|penjualan|keuntungan|laba|kesejahteraan)'
const RISE = '(?:meningkat|naik|bertambah|melonjak|melesat|berlipat)'

/** Objections: a generalisation when denied for the whole group ("tidak ada satu pun … keberatan"). */
export const OBJECTIONS = ['keberatan', 'menolak', 'mengeluh', 'mengeluhkan', 'protes', 'kecewa', 'menentang', 'komplain', 'dirugikan'] as const

/** Bare plural subjects ("Warga puas") claim the state of the group: attitudes that describe a state only. */
const BARE_ATTITUDES = ATTITUDES.filter((a) => !['menikmati', 'menyambut', 'mendukung', 'memuji', 'kagum'].includes(a))

const GROUP = alt(GROUP_NOUNS)
const WORD = `[\\p{L}\\d-]+`
/** Up to n words in the same clause (no punctuation, no quotation mark). */
const GAP = (n: number) => `(?:\\s+${WORD}){0,${n}}?`
const NEG = '(?:tidak|tak|belum)'
const ALL = '(?:semua|seluruh|segenap|setiap|tiap-tiap|para)'
// "satu pun warga", and since round 14 the group inside it: "tak ada satu warga pun", "tidak seorang pedagang pun".
const NONE = `(?:${NEG}|tiada)\\s+(?:ada\\s+)?(?:satu|seorang)(?:\\s+${GROUP})?\\s*pun`
/**
 * Modifiers that may sit between a bare group noun and its state ("Warga sekitar pun kini lebih nyaman"). Since round 23
 * not "tampak"/"terlihat": a bare group seen to look glad ("Peserta tampak antusias") is the scene the writer saw.
 */
const MOD = '(?:selalu|senantiasa|dipastikan|dijamin|pasti|kompak|serempak|serentak|beramai-ramai|ramai-ramai|sekitar|setempat|kota|kita|desa|kampung|pun|kini|juga|tentu|sudah|telah|semakin|makin|lebih|sangat|amat|merasa|pun|mengaku|umumnya|pada\\s+umumnya)'

/** A place name after the group noun ("Warga Kota Yogyakarta", "Masyarakat Gondokusuman"): capitalised words. */
const PLACE = (name: string) => `(?<${name}>(?:\\s+(?:kota|kabupaten|kecamatan|kelurahan|desa|kampung))?(?:\\s+\\p{L}+){0,2}?)`
/** The i flag makes \p{Lu} match lower case too: the place words are checked for capitals here. */
const capitalisedPlace = (place: string | undefined) => !place || place.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w))

/**
 * Mental-state predicates beyond the attitude list: "merasa" with any state ("merasa lebih aman",
 * "merasa terayomi"), and a worry said to be gone ("tidak perlu lagi waswas", "tak lagi
 * khawatir", "tidak lagi cemas"): what a writer cannot know of a whole group.
 */
export const WORRIES = ['waswas', 'was-was', 'khawatir', 'cemas', 'takut', 'resah', 'gelisah', 'bingung', 'ragu', 'repot', 'pusing',] as const
const FEELING = `merasa\\s+(?:lebih\\s+|sangat\\s+|makin\\s+|semakin\\s+|begitu\\s+)?(?!tidak|tak|belum|kurang)\\p{L}{3,}|${NEG}\\s+(?:perlu\\s+)?lagi\\s+(?:merasa\\s+)?${alt(WORRIES)}`

/** States of mind said of the way a whole group does something ("pulang dengan hati senang", "berkendara dengan tenang"). */
export const MANNERS = [
  'senang', 'gembira', 'bahagia', 'riang', 'ceria', 'tenang', 'tenteram', 'damai', 'nyaman', 'lega', 'puas', 'bangga', 'khusyuk',
  'nyenyak', 'berseri-seri', 'berseri', 'semringah', 'sumringah', 'senyum', 'tersenyum', 'antusias', 'suka cita', 'sukacita',
] as const
const MANNER = `(?:dengan\\s+(?:hati\\s+|perasaan\\s+|rasa\\s+|wajah\\s+|muka\\s+|penuh\\s+)?(?:lebih\\s+|sangat\\s+|penuh\\s+)?${alt(MANNERS)}|tanpa\\s+(?:rasa\\s+)?${alt(WORRIES)})`

const GENERALISATION = new RegExp(
  [
    // A whole group doing something in a state of mind: "Para wisatawan … dipastikan pulang dengan
    // hati senang", "seluruh pengendara … kini bisa berkendara dengan tenang" (a claim even after
    // "bisa": what the writer cannot know of everyone).
    `(?<![\\p{L}])${ALL}\\s+${GROUP}(?<manner>${GAP(8)}\\s+${MANNER})(?![\\p{L}])`,
    // semua warga setuju · Para pedagang menyambut antusias · Para lansia penerima bantuan merasa sangat terbantu
    // · seluruh pedagang tidak keberatan
    `(?<![\\p{L}])${ALL}\\s+${GROUP}(?<pred>${GAP(5)}\\s+(?:${alt(ATTITUDES)}|${NEG}\\s+${alt(OBJECTIONS)}|${FEELING}))(?![\\p{L}])`,
    // Progress of a whole group: "seluruh pelaku UMKM kini telah memanfaatkan …", "Semua pedagang sudah melek digital".
    `(?<![\\p{L}])${ALL}\\s+${GROUP}(?<progress>${GAP(5)}(?:\\s+(?:kini|telah|sudah|semakin|makin|pun|juga))+\\s+${alt(PROGRESS)})(?![\\p{L}])`,
    // Readiness of a whole group as a change ("Seluruh warga bantaran kini sudah siap …", round 13); without
    // "kini" a readiness is the scene of an event ("Seluruh peserta telah siap di garis start").
    `(?<![\\p{L}])${ALL}\\s+${GROUP}(?<ready>${GAP(4)}\\s+kini(?:\\s+(?:sudah|telah|pun|juga))*\\s+siap)(?![\\p{L}])`,
    // Their income risen: "omzet seluruh pelaku UMKM meningkat", "Pendapatan semua perajin kini naik".
    `(?<![\\p{L}])${EARNINGS}\\s+${ALL}\\s+${GROUP}${GAP(5)}\\s+(?:(?:kini|telah|sudah|pun|juga|terus)\\s+)*${RISE}(?![\\p{L}])`,
    // A totality said after the group: "Para juru parkir di Kotabaru pun tanpa terkecuali merasa …",
    // "warga tanpa kecuali mendukung" (any state after "merasa", not a negated one).
    `(?<![\\p{L}])(?:${ALL}\\s+)?${GROUP}${GAP(4)}\\s+tanpa\\s+(?:ter)?kecuali${GAP(2)}\\s+(?:${alt(ATTITUDES)}|merasa\\s+(?!tidak|tak|belum|kurang)\\p{L}{3,})(?![\\p{L}])`,
    // An attitude in the passive with the whole group as its agent (round 13): "disambut gembira oleh
    // seluruh warga", "didukung penuh semua pedagang" — the manner word is required ("disambut
    // seluruh warga" may be a literal welcome, "didukung oleh seluruh pihak" a cooperation).
    `(?<![\\p{L}])(?<passive>(?:disambut|didukung|diapresiasi|disyukuri|dinanti(?:kan)?|ditunggu-tunggu)\\s+(?:dengan\\s+)?(?:baik|positif|antusias|gembira|hangat|meriah|penuh|sukacita|suka\\s+cita|bahagia|senang)\\s+(?:oleh\\s+)?${ALL}\\s+${GROUP})(?![\\p{L}])`,
    // "Tidak ada warga yang mengeluhkan …" (round 13): a whole group's objection denied without "satu pun".
    `(?<![\\p{L}])(?:tidak|tak)\\s+ada\\s+${GROUP}(?:\\s+${WORD}){0,2}?\\s+yang\\s+(?:${alt(OBJECTIONS)}|merasa\\s+(?:${alt(OBJECTIONS)}|dirugikan))(?![\\p{L}])`,
    // "Never" said of a whole set named by a reduplicated plural opening the sentence (round 13):
    // "Sekolah-sekolah tidak pernah melaporkan kasus …" — the excerpt is the absolute claim. What is done to
    // them ("Pedagang-pedagang tidak pernah dipungut biaya") is a rule of the service, not a claim about them.
    // (The negation is matched first and the subject looked up behind it: a lookbehind tried at every position is slow.)
    `(?<![\\p{L}])(?:tidak|tak)(?<=(?:^|[.!?;]\\s*|\\n\\s*)\\k<plural>-(?<plural>\\p{L}{3,})(?:\\s+\\p{Ll}+){0,2}\\s+(?:tidak|tak))\\s+pernah\\s+(?!di\\p{Ll}{3,})\\p{L}+(?:\\s+\\p{Ll}+)?`,
    // Tidak ada satu pun pedagang yang keberatan · tak seorang pun warga yang tidak puas · … yang merasa dirugikan
    `(?<![\\p{L}])${NONE}(?:\\s+${GROUP})?${GAP(3)}\\s+(?:yang\\s+)?(?:merasa\\s+)?(?:${alt(OBJECTIONS)}|${NEG}\\s+${alt(ATTITUDES)})(?![\\p{L}])`,
    // A whole group denied a will or habit (round 14): "Anak-anak zaman sekarang tidak ada yang mau membaca buku".
    `(?<=(?:^|[.!?:;,]\\s*|\\n\\s*))${GROUP}(?:\\s+${WORD}){0,3}?\\s+(?:tidak|tak)\\s+ada\\s+(?:satu\\s+pun\\s+|seorang\\s+pun\\s+)?yang\\s+(?:mau|suka|ingin|peduli|sempat|bisa|mampu|berminat|tertarik)(?![\\p{L}])`,
    // A pronoun for the whole group (round 14): "semuanya pulang dengan senyum puas", "Mereka semua merasa
    // terbantu"; "Tidak ada yang tidak puas" (a double negation of a whole group's attitude).
    `(?<![\\p{L}])(?<pronoun>(?:semuanya|kesemuanya|seluruhnya|mereka\\s+semua|semua\\s+mereka)(?:${GAP(6)}\\s+${MANNER}|${GAP(3)}\\s+(?:${alt(ATTITUDES)}|${FEELING})))(?![\\p{L}])`,
    `(?<![\\p{L}])(?:tidak|tak)\\s+ada\\s+(?:seorang\\s+pun\\s+)?yang\\s+(?:tidak|tak)\\s+${alt(ATTITUDES)}(?![\\p{L}])`,
    // Warga Puas (a headline) · Warga sekitar pun kini lebih nyaman · Masyarakat menyambut gembira — a bare
    // group noun opening its clause.
    // Since round 14 the group may be owned by another ("Orang tua siswa kini tenang", "Pedagang pasar pun lega").
    `(?<=(?:^|[.!?:;,]\\s*|\\n\\s*|[—–]\\s*)(?:(?:kini|sekarang)\\s+)?)${GROUP}(?:\\s+(?:${GROUP}|murid|balita|pasar|sekolah))?(?:\\s+di\\s+(?:kota|kampung|kelurahan|desa|wilayah|daerah)\\s+(?:ini|itu)|\\s+di\\s+sini)?${PLACE('place1')}(?:\\s+${MOD}){0,4}\\s+${alt(BARE_ATTITUDES)}(?![\\p{L}])`,
    // A bare group said to be rid of a worry: "warga tidak perlu lagi khawatir", "Kini masyarakat
    // tak lagi waswas" — what the writer cannot know of everyone ("lagi": the worry is gone).
    `(?<=(?:^|[.!?:;,]\\s*|\\n\\s*|[—–]\\s*)(?:(?:kini|sekarang|kini\\s+pun|dengan\\s+begitu|dengan\\s+demikian)\\s+)?)${GROUP}${PLACE('place3')}(?:\\s+${MOD}){0,3}?\\s+${NEG}\\s+(?:perlu\\s+)?lagi\\s+(?:merasa\\s+)?${alt(WORRIES)}(?![\\p{L}])`,
    // A whole group said to act as one or to feel something: "Warga Kota X kompak mendukung"; since round 15 any
    // attitude by degree ("Masyarakat sangat mendukung"),
    // "Masyarakat Kota X pun merasa terayomi" (any state after "merasa", any attitude after "kompak").
    `(?<=(?:^|[.!?:;,]\\s*|\\n\\s*|[—–]\\s*))${GROUP}${PLACE('place2')}(?:\\s+${MOD}){0,3}?\\s+(?:(?:kompak|serempak|serentak|beramai-ramai|sangat|amat|begitu|sungguh)\\s+${alt(ATTITUDES)}|merasa\\s+(?:lebih\\s+|sangat\\s+|makin\\s+|semakin\\s+)?(?!tidak|tak|belum|kurang)\\p{L}{3,})(?![\\p{L}])`,
  ].join('|'),
  'giu',
)
// Since round 15 the bare group as agent with a word of feeling ("disambut antusias oleh warga"; not
// "hangat"/"meriah", a literal welcome), the whole group's attitude as a noun ("Antusiasme seluruh
// warga …") and a state the writer says something caused in the group ("membuat warga senang").
// A regular expression of its own: one more alternative in GENERALISATION makes V8 compile it far slower.
const GENERALISATION_15 = new RegExp(
  [
    `(?<![\\p{L}])(?<passive2>(?:disambut|didukung|diapresiasi)\\s+(?:dengan\\s+)?(?:baik|positif|antusias|gembira|sukacita|suka\\s+cita|bahagia|senang)\\s+(?:oleh\\s+)?${GROUP})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:antusiasme|kepuasan|kegembiraan|kebahagiaan|dukungan\\s+penuh)\\s+(?:dari\\s+)?${ALL}\\s+${GROUP}(?![\\p{L}])`,
    // Difficulty said to be gone for a bare group opening its clause ("Kini warga tidak lagi kesulitan …").
    `(?<![\\p{L}])(?:kini\\s+|sekarang\\s+)?${GROUP}(?:\\s+${MOD}){0,3}?\\s+${NEG}\\s+(?:perlu\\s+)?lagi\\s+(?:kesulitan|kerepotan)(?![\\p{L}])`,
    // Since round 21 a benefit or pleasure claimed for the whole group: "bermanfaat bagi seluruh peserta", "dirasakan
    // manfaatnya oleh semua orang tua siswa", "dinikmati segenap penonton" ("dirasakan" alone may be a tremor felt).
    `(?<![\\p{L}])(?<benefit>(?:(?:bermanfaat|berguna|menguntungkan)\\s+(?:bagi|untuk)|(?:dirasakan|dinikmati)\\s+(?:manfaatnya|dampaknya|hasilnya)(?:\\s+oleh)?|dinikmati(?:\\s+oleh)?|memuaskan|menyenangkan|membahagiakan|menguntungkan)\\s+${ALL}\\s+${GROUP}(?:\\s+(?:${GROUP}|murid|siswa|balita|pasar|sekolah))?)(?![\\p{L}])`,
    `(?<![\\p{L}])(?<caused>(?:membuat|menjadikan|bikin)\\s+(?:${ALL}\\s+)?${GROUP}(?:\\s+${MOD}){0,3}\\s+${alt(BARE_ATTITUDES)})(?![\\p{L}])`,
  ].join('|'),
  'giu',
)

/** Round 21: a body's members after a totality quantifier with an attitude ("Seluruh pengurus kampung sangat antusias"). */
const GENERALISATION_21 = new RegExp(
  `(?<![\\p{L}])${ALL}\\s+${alt(BODY_MEMBERS)}(?<pred>${GAP(5)}\\s+(?:${alt(ATTITUDES)}|${NEG}\\s+${alt(OBJECTIONS)}|${FEELING}))(?![\\p{L}])`,
  'giu',
)

/**
 * Round 22: a whole group made to react ("Semua penonton dibuat terpingkal-pingkal oleh …", "seluruh pengunjung dibuat
 * terpukau"): what every member felt, which the writer cannot know.
 */
export const REACTIONS = [
  'terpukau', 'terpesona', 'terkesima', 'terpana', 'takjub', 'kagum', 'berdecak kagum', 'terharu', 'terpingkal-pingkal', 'tertawa',
  'terbahak-bahak', 'terhibur', 'penasaran', 'merinding', 'bangga', 'senang', 'gembira', 'puas', 'terkagum-kagum', 'tercengang',
] as const
/**
 * Round 23: a thing awaited or longed for by a whole group as agent ("dinanti seluruh masyarakat", "ditunggu-tunggu oleh
 * semua pedagang"): the verb is itself the eagerness, so no manner word is needed as after "disambut".
 */
const AWAITED = '(?:dinanti(?:kan)?|ditunggu-tunggu|dirindukan|didambakan|diidamkan|diidam-idamkan)'
/** The place after an awaiting group is part of the claim ("dinanti seluruh masyarakat Yogyakarta"): capitalised words, case-sensitive. */
const PLACE_AFTER = /^(?:\s+\p{Lu}\p{L}*){1,2}/u
const AWAITED_START = new RegExp(`^${AWAITED}`, 'iu')
const withPlace = (article: PreparedArticle, f: Finding): Finding => {
  const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
  const place = f.field === 'title' || !AWAITED_START.test(f.excerpt) ? null : PLACE_AFTER.exec(text.slice(f.end))
  if (!place) return f
  const excerpt = text.slice(f.start, f.end + place[0].length)
  return { ...f, end: f.start + excerpt.length, excerpt, message: generalisationMessage(excerpt) }
}
/** Round 23: a hardship a whole group is said to be spared ("Semua warga kini tidak perlu lagi jauh-jauh …"). */
const HARDSHIP = '(?:jauh-jauh|bersusah\\s+payah|susah\\s+payah|repot-repot|berdesak-desakan|berdesakan|antre|mengantre|antri|mengantri)'
/** Round 23: those present ("Semua wisatawan yang datang pada akhir pekan … mengaku puas") are still the whole group. */
const PRESENT = '(?:yang\\s+(?:datang|hadir|berkunjung|ikut|mengikuti|menonton|menyaksikan))'
const GENERALISATION_22 = new RegExp(
  `(?<![\\p{L}])(?:${ALL}\\s+${GROUP}${GAP(3)}\\s+dibuat\\s+(?:(?:sangat|begitu|makin|semakin)\\s+)?${alt(REACTIONS)}|(?<awaited>${AWAITED}\\s+(?:oleh\\s+)?${ALL}\\s+${GROUP})|${ALL}\\s+${GROUP}${GAP(5)}\\s+${NEG}\\s+perlu\\s+lagi\\s+${HARDSHIP}|${ALL}\\s+${GROUP}\\s+${PRESENT}${GAP(8)}\\s+(?:(?:mengaku|tampak|terlihat)\\s+)?(?:(?:sangat|begitu|amat)\\s+)?(?:${alt(ATTITUDES)}|${FEELING}))(?![\\p{L}])`,
  'giu',
)

/**
 * Round 24: a whole group the writer vouches for ("Semua pengunjung pasti pulang …", "Seluruh warga kompak menjaga …"):
 * any verb after a certainty adverb, or after "kompak" when "semua"/"seluruh"/"segenap" names the whole.
 */
const VOUCHED = new RegExp(
  `(?<![\\p{L}])(?<!(?:tidak|tak|belum|bukan)\\s+)(?<vouched>${ALL}\\s+${GROUP}${GAP(3)}\\s+(?:pasti|pastinya|tentu|tentunya|niscaya)|(?:semua|seluruh|segenap)\\s+${GROUP}${GAP(3)}\\s+kompak)\\s+\\p{L}{3,}(?![\\p{L}])`,
  'giu',
)

/** "Semua warga yang setuju dapat …" (a restrictive clause), "jika puas" (a condition), "tidak puas". */
const RESTRICTED = new RegExp(`(?:^|\\s)(?:yang|tidak|tak|belum|kurang|bila|jika|kalau|agar|supaya)\\s+${alt(ATTITUDES)}$`, 'iu')

/**
 * An appeal, duty or possibility between the group and the attitude ("Setiap warga diharapkan
 * mendukung", "Seluruh pengunjung dapat menikmati", "Para peserta diminta tenang"): what the group
 * is asked or able to do, not a claim about what it feels.
 */
const MODAL = /(?<![\p{L}])(?:diharapkan|diharap|diimbau|diminta|diajak|dianjurkan|disarankan|diwajibkan|wajib|harus|perlu|dapat|bisa|boleh|berhak|mampu|hendaknya|sebaiknya|berkesempatan|agar|supaya|untuk)(?![\p{L}])/iu

/** An appeal or duty (not a mere possibility) between the group and its manner: "diimbau berkendara dengan tenang". */
const APPEAL = /(?<![\p{L}])(?:diharapkan|diharap|diimbau|diminta|diajak|dianjurkan|disarankan|diwajibkan|wajib|harus|perlu|hendaknya|sebaiknya|agar|supaya|untuk|ingin|mau)(?![\p{L}])/iu
/** A purpose or condition before the group: "agar seluruh warga dapat beribadah dengan tenang", "jika semua peserta …". */
const PURPOSE = /(?<![\p{L}])(?:agar|supaya|untuk|demi|guna|sehingga|jika|bila|apabila|kalau|asalkan|harapannya|diharapkan|bertujuan|berharap|ingin|mau|memastikan)(?![\p{L}])/iu
/** The clause before an offset: back to the last punctuation mark. */
const clauseBefore = (text: string, offset: number) => text.slice(Math.max(0, offset - 80), offset).split(/[.!?;:,"“”\n]/).pop() ?? ''

/** One claim read by two patterns (round 23: "Para wisatawan yang datang pun … dengan hati senang") is one finding. */
const withoutRepeats = (found: Finding[]) => found.filter((f, i) => !found.slice(0, i).some((g) => g.field === f.field && g.start < f.end && f.start < g.end))

/**
 * Round 24: a bare group's feeling graded by an intensifier while it takes part ("Para peserta sungguh bersemangat
 * mengikuti setiap sesi") is the scene of the event; the intensifier is its finding. "Semua"/"seluruh" still generalise.
 */
const WHOLE = /(?<![\p{L}])(?:semua|seluruh|segenap|setiap|tiap-tiap)(?![\p{L}])/iu
const INTENSIFIED = /(?<![\p{L}])(?:sangat|sungguh|amat|begitu|benar-benar)\s+\p{L}+$/iu
const TAKING_PART = /^\s+(?:mengikuti|menyaksikan|menonton)(?![\p{L}])/iu
const takingPart = (text: string, match: RegExpMatchArray): boolean =>
  !WHOLE.test(match[0]) && INTENSIFIED.test(match[0]) && TAKING_PART.test(text.slice((match.index ?? 0) + match[0].length))

/** Generalisations about citizens in the writer's voice ("semua warga setuju", "Para pedagang menyambut antusias"). */
export const generalisation: Rule = {
  id: 'generalisation',
  category: 'neutrality',
  run: (article) => [
    ...withoutRepeats([GENERALISATION, GENERALISATION_15, GENERALISATION_21, GENERALISATION_22, VOUCHED].flatMap((pattern) => patternFindings(article, {
      rule: 'generalisation',
      category: 'neutrality',
      pattern,
      // "Semua pedagang … mendukung … dan berharap …": the group's own "berharap" names no speaker (round 21).
      ownVoice: (field, match) => groupSpeaksForItself(field, match.index ?? 0),
      skip: (field, match) =>
        takingPart(field.text, match) ||
        // "agar disambut baik seluruh warga", "diharapkan didukung penuh semua pihak": a wish, not a claim.
        (match.groups?.passive !== undefined || match.groups?.passive2 !== undefined || match.groups?.awaited !== undefined || match.groups?.caused !== undefined || match.groups?.benefit !== undefined
          ? MODAL.test(clauseBefore(field.text, match.index ?? 0)) || PURPOSE.test(clauseBefore(field.text, match.index ?? 0))
          : match.groups?.manner !== undefined
          ? APPEAL.test(match[0]) || PURPOSE.test(clauseBefore(field.text, match.index ?? 0))
          : // "tidak perlu lagi waswas" says the worry is gone, not what the group is asked to do.
        MODAL.test(match[0].replace(/(?:tidak|tak|belum)\s+perlu\s+lagi/giu, '')) ||
        (match.groups?.pred !== undefined && RESTRICTED.test(match.groups.pred)) ||
        // "Seluruh pelaku UMKM yang telah memanfaatkan …": a restrictive clause names some of them.
        (match.groups?.progress !== undefined && /(?<![\p{L}])yang(?![\p{L}])/iu.test(match.groups.progress)) ||
        (match.groups?.ready !== undefined && /(?<![\p{L}])yang(?![\p{L}])/iu.test(match.groups.ready)) ||
        reportsFolkBelief(field.text, match[0], (match.index ?? 0) + match[0].length) ||
        !capitalisedPlace(match.groups?.place1) ||
        !capitalisedPlace(match.groups?.place2) ||
        !capitalisedPlace(match.groups?.place3)),
      // A state the writer says something caused ("membuat warga nyaman") often describes a scene: a hint only (round 15).
      severity: (match) => (match.groups?.caused !== undefined ? 'info' : 'warning'),
      message: generalisationMessage,
    }).map((f) => withPlace(article, f)))),
    ...traitFindings(article, GROUP_NOUNS),
    ...longingFindings(article, GROUP_NOUNS),
    ...provenGroupFindings(article, GROUP_NOUNS),
  ],
}
