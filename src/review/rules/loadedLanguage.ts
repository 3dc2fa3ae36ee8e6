import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { GROUP_NOUNS } from './generalisation'
import { labelsHonourees } from './honoureeLabels'

const alt = (words: readonly string[]) => `(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})`
const message = (excerpt: string) =>
  `Ungkapan bermuatan "${excerpt}" memuji atau menyalahkan dalam suara penulis. Laporkan tindakan dan hasilnya secara netral, atau kutip penilaian itu dari narasumber yang disebut namanya.`

/** Verbs of physical violence, in their meN-/di-/ter- forms ("mencekik", "digetok", "dipalak"). */
export const VIOLENT_VERBS = [
  'mencekik', 'dicekik', 'tercekik', 'menggetok', 'digetok', 'memalak', 'dipalak', 'menghajar', 'dihajar', 'menggebuk', 'digebuk',
  'menjegal', 'dijegal', 'menikam', 'ditikam', 'memangsa', 'dimangsa', 'menggerogoti', 'digerogoti', 'mengisap', 'menghisap', 'diisap',
  'dihisap', 'memeras', 'diperas', 'mencekoki', 'dicekoki', 'menginjak-injak', 'diinjak-injak', 'menindas', 'ditindas', 'mencabik', 'dicabik',
] as const
/**
 * What such a verb is done to or by when it is a metaphor: people and groups (the generalisation
 * rule's group nouns), money and prices, lenders. "dicekik rentenir", "menggetok tarif", "memeras
 * pedagang", "tercekik utang" — blame in the writer's voice, not a physical act.
 */
export const SOCIAL_TARGETS = [
  ...GROUP_NOUNS, 'tarif', 'harga', 'biaya', 'pungutan', 'utang', 'hutang', 'bunga', 'cicilan', 'rentenir', 'lintah darat', 'tengkulak',
  'pinjol', 'pinjaman', 'pajak', 'retribusi', 'konsumen', 'pembeli', 'nasabah', 'umkm', 'pelaku usaha', 'kantong', 'dompet', 'rakyat kecil', 'wong cilik',
] as const
/** Derogatory labels put on a group ("jukir nakal", "pedagang bandel", "oknum serakah"): adjectives of bad character. */
const DEROGATORY = [
  'nakal', 'bandel', 'rakus', 'serakah', 'culas', 'licik', 'tamak', 'bebal', 'brengsek', 'bejat', 'busuk', 'keji', 'jahat', 'lalim',
  'zalim', 'picik', 'biadab', 'bengal', 'curang', 'kurang ajar', 'tak bermoral', 'tidak bermoral', 'tak tahu malu', 'tidak tahu malu', 'mata duitan',
  // Character and manners judged (round 9): lazy, selfish, careless, unruly ("malas" is left out: "pembeli malas datang" reports reluctance).
  'pemalas', 'egois', 'cuek', 'apatis', 'ngeyel', 'keras kepala', 'semaunya sendiri', 'seenaknya sendiri', 'seenaknya', 'sembrono',
  'ceroboh', 'tak bertanggung jawab', 'tidak bertanggung jawab', 'tak tahu diri', 'tidak tahu diri', 'tak tahu aturan', 'tidak tahu aturan',
  'susah diatur', 'sulit diatur', 'kampungan', 'norak', 'bodoh', 'dungu', 'pelit', 'kikir', 'oportunis', 'munafik', 'barbar', 'beringas',
  'urakan', 'masa bodoh', 'bermental gratisan',
]
/** Adverbs between a group and the label put on it ("pedagang memang malas", "warga yang cenderung egois"). */
const LABEL_ADVERBS = '(?:memang|masih|sering|kerap|cenderung|dikenal|terkenal|terlalu|sangat|begitu|amat|sungguh|makin|semakin|kian|selalu)'
/**
 * Who such a label is put on: the groups of generalisation, and the actors of markets, works and
 * services that blame falls on ("spekulan", "penimbun", "tengkulak", "calo", "mafia", "kontraktor").
 */
const LABELLED = [
  ...GROUP_NOUNS, 'jukir', 'pkl', 'oknum', 'sopir', 'petugas', 'pengembang', 'kontraktor', 'pemilik', 'pengelola', 'rentenir',
  'spekulan', 'penimbun', 'tengkulak', 'pengepul', 'calo', 'makelar', 'mafia', 'distributor', 'importir', 'pemodal', 'tuan tanah', 'preman', 'pejabat', 'aparat', 'birokrat', 'pelaku',
  'perusahaan', 'pabrik', 'pemberi kerja', 'majikan', 'penyalur', 'agen', 'biro', 'rekanan', 'vendor',
]

/** Nouns of conduct that a derogatory label can qualify before naming whose conduct it is (round 19). */
const DEEDS = '(?:ulah|kelakuan|tingkah(?:\\s+laku)?|perilaku|perbuatan|tindakan|aksi|praktik)'

/** The action after an adverb of disregard ("pengendara seenaknya menerobos"): part of the judgement (round 11). */
const DISREGARDED_ACTION = '(?:(?<=seenaknya|semena-mena|sewenang-wenang|semaunya|sendiri)\\s+(?:me|di|ber)\\p{L}{3,}(?![\\p{L}]))?'

const METAPHOR = new RegExp(
  [
    // Round 11: an adverb of disregard on an action ("seenaknya menyerobot", "semena-mena memungut"):
    // the writer judges how the actor behaves.
    `(?<![\\p{L}])(?:seenaknya|seenak\\s+(?:sendiri|perutnya|udelnya)|semaunya(?:\\s+sendiri)?|semena-mena|sewenang-wenang)\\s+(?:me|di|ber)\\p{L}{3,}(?![\\p{L}])`,
    `(?<![\\p{L}])${alt(VIOLENT_VERBS)}(?:\\s+(?:para|kaum|banyak|semua|setiap|oleh))?\\s+${alt(SOCIAL_TARGETS)}(?![\\p{L}])`,
    // Round 19: the label put on a group's deed before the group ("Ulah nakal para calo", "kelakuan culas oknum petugas").
    `(?<![\\p{L}])${DEEDS}\\s+${alt(DEROGATORY)}\\s+(?:(?:para|kaum|sejumlah|segelintir|beberapa)\\s+)?${alt(LABELLED)}(?![\\p{L}])`,
    // "spekulan rakus", "mafia tanah yang serakah", "oknum petugas yang begitu culas"
    `(?<![\\p{L}])${alt(LABELLED)}(?:-${alt(LABELLED)})?(?:\\s+(?!(?:tidak|tak|bukan|tanpa)(?![\\p{L}]))\\p{Ll}+)?(?:\\s+yang)?(?:\\s+${LABEL_ADVERBS})?\\s+${alt(DEROGATORY)}(?![\\p{L}])${DISREGARDED_ACTION}`,
  ].join('|'),
  'giu',
)

/**
 * Round 22: a label on any agent noun in pe(N)-, up to three words of its own between ("penyedia katering yang ceroboh
 * dan tidak bertanggung jawab", "Para pemasang iklan liar itu memang bebal dan tidak tahu malu"); not a noun in -an
 * ("pelaksanaan yang ceroboh" judges a deed). The finding is the label, with a second label joined to it.
 */
const AGENT_LABEL = new RegExp(
  `(?<![\\p{L}])pe(?:m|n|ng|ny|r)?\\p{Ll}{3,}(?![\\p{L}])(?<!an)(?:\\s+(?!(?:tidak|tak|bukan|tanpa)(?![\\p{L}]))\\p{Ll}+){0,3}?(?:\\s+yang)?(?:\\s+${LABEL_ADVERBS})?\\s+` +
    `(?:${alt(DEROGATORY)}(?:(?:,\\s*|\\s+)(?:dan|serta)\\s+${alt(DEROGATORY)})?)(?![\\p{L}])`,
  'giu',
)
/**
 * Round 23: something said to deserve praise or emulation ("patut dibanggakan", "sudah sepantasnya ditiru", "layak
 * diacungi jempol"): the writer's judgement whatever the praise verb; not a fitness for use ("layak dihuni") or a
 * legal suspicion ("patut diduga").
 */
const DESERVED = /(?<![\p{L}])(?:patut|layak|pantas|sepantasnya|sepatutnya)\s+(?:untuk\s+)?di(?:banggakan|apresiasi|contoh|tiru|teladani|puji|syukuri|acungi\s+(?:dua\s+)?jempol|acungkan\s+jempol)(?![\p{L}])/giu
/**
 * Round 24: a measure the writer judges wise or right ("langkah cerdas", "keputusan yang sangat tepat", "terobosan
 * jitu", "kebijakan cepat dan tegas"): praise of whoever took it, whatever the noun. "tepat" of a target or time
 * ("tepat sasaran", "tepat waktu") measures; a manner word ("tegas", "cepat") alone describes the action and counts
 * only beside a second judgement word.
 */
const MEASURES = ['langkah', 'keputusan', 'kebijakan', 'terobosan', 'pilihan', 'gagasan', 'ide', 'strategi', 'inisiatif', 'tindakan', 'upaya', 'solusi', 'cara']
const WISE = ['cerdas', 'cerdik', 'jitu', 'bijak', 'bijaksana', 'brilian', 'cemerlang', 'gemilang', 'tepat(?!\\s+(?:sasaran|waktu|guna|jumlah|mutu))']
const MANNER = ['cepat', 'tegas', 'berani', 'sigap']
const JUDGED_MEASURE = new RegExp(
  `(?<![\\p{L}])${alt(MEASURES)}(?:\\s+yang)?(?:\\s+(?:sangat|amat|begitu|sungguh|benar-benar))?\\s+` +
    `(?:${alt(WISE)}(?:\\s+(?:dan|serta)\\s+${alt([...WISE, ...MANNER])})?|${alt(MANNER)}\\s+(?:dan|serta)\\s+${alt([...WISE, ...MANNER])})(?![\\p{L}])`,
  'giu',
)
/** A measure still sought, weighed or promised ("mencari langkah yang tepat", "akan mengambil tindakan …"): no judgement yet. */
const SOUGHT = /(?<![\p{L}])(?:mencari|dicari|menentukan|ditentukan|mengkaji|dikaji|memilih|merumuskan|membahas|dibahas|menemukan|memikirkan|menyiapkan|akan|agar|supaya|perlu|harus)(?:\s+\p{L}+){0,2}\s+$/iu
const LABEL_AT_END = new RegExp(`${alt(DEROGATORY)}(?:(?:,\\s*|\\s+)(?:dan|serta)\\s+${alt(DEROGATORY)})?$`, 'iu')

/**
 * Praise or blame and loaded verbs in the writer's voice (lexicons/loadedLanguage.json), and two
 * open classes: a violent verb used as a metaphor for what people, prices or lenders do, and a
 * derogatory label on a group.
 */
export const loadedLanguage: Rule = {
  id: 'loaded-language',
  category: 'neutrality',
  run: (article) => {
    const listed = phraseFindings(article, {
      rule: 'loaded-language',
      category: 'neutrality',
      list: 'loadedLanguage',
      message,
      // Round 21: "penghargaan kepada 48 perempuan inspiratif" names the award's honourees.
      skip: (field, match) => labelsHonourees(field, field.tokens[match.first].start),
    })
    const found: Finding[] = [...listed]
    const metaphors: Finding[] = []
    for (const f of patternFindings(article, { rule: 'loaded-language', category: 'neutrality', pattern: METAPHOR, message })) {
      if (found.some((g) => g.field === f.field && g.start < f.end && f.start < g.end)) continue
      // A label and a violent verb in one clause ("jukir nakal yang gemar menggetok tarif") are one finding.
      const prev = metaphors[metaphors.length - 1]
      const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
      if (prev && prev.field === f.field && f.start - prev.end <= 30 && /^[\s\p{L}-]*$/u.test(text.slice(prev.end, f.start))) {
        const excerpt = text.slice(prev.start, f.end)
        metaphors[metaphors.length - 1] = { ...prev, end: f.end, excerpt, message: message(excerpt) }
      } else metaphors.push(f)
    }
    const overlaps = (f: Finding) => [...found, ...metaphors].some((g) => g.field === f.field && g.start < f.end && f.start < g.end)
    const labels = patternFindings(article, { rule: 'loaded-language', category: 'neutrality', pattern: AGENT_LABEL, message })
      .map((f) => {
        const excerpt = LABEL_AT_END.exec(f.excerpt)?.[0] ?? f.excerpt
        return { ...f, start: f.end - excerpt.length, excerpt, message: message(excerpt) }
      })
      .filter((f) => !overlaps(f))
    const deserved = patternFindings(article, { rule: 'loaded-language', category: 'neutrality', pattern: DESERVED, message }).filter(
      (f) => !overlaps(f) && !labels.some((g) => g.field === f.field && g.start < f.end && f.start < g.end),
    )
    const judged = patternFindings(article, {
      rule: 'loaded-language',
      category: 'neutrality',
      pattern: JUDGED_MEASURE,
      message,
      skip: (field, m) => SOUGHT.test(field.text.slice(Math.max(0, (m.index ?? 0) - 40), m.index)),
    }).filter((f) => !overlaps(f) && ![...labels, ...deserved].some((g) => g.field === f.field && g.start < f.end && f.start < g.end))
    return [...found, ...metaphors, ...labels, ...deserved, ...judged]
  },
}
