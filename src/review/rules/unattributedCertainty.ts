import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { sentenceAt } from '../voiceAt'

const message = (excerpt: string) =>
  `"${excerpt}" menyatakan kepastian atau pendapat tanpa sumber. Sebutkan siapa yang menyatakannya atau bukti/datanya, atau hapus.`

/**
 * A bare "dipastikan" (no agent) before a predicate in the writer's voice: "Stok beras dipastikan
 * aman", "acara dipastikan meriah", "praktik itu dipastikan tidak akan terulang lagi". Who made sure
 * is not said; the writer vouches for it. Not after a negation, a condition or a purpose ("belum
 * dipastikan", "untuk dipastikan"), not with an agent, a means or a time clause ("dipastikan oleh
 * …", "dipastikan setelah …"), and "dapat/bisa dipastikan" is the lexicon's. Since round 17 also a bare
 * "dijamin" before an outcome ("masalah sampah dijamin tuntas dalam setahun"), not before an entitlement
 * ("dijamin mendapat layanan", "dijamin gratis", "identitas pelapor dijamin kerahasiaannya").
 */
const DIPASTIKAN = new RegExp(
  '(?<![\\p{L}])(?<!(?:belum|tidak|tak|jika|bila|apabila|kalau|masih|untuk|agar|supaya|guna|demi|dapat|bisa|sudah|telah|harus|perlu|wajib)\\s+)(?:dipastikan|dijamin(?!\\s+(?:akan|bakal|tidak|tak|mendapat\\p{L}*|menerima|memperoleh|diberi\\p{L}*|dilayani|dibayar|diganti|dikembalikan|gratis|kerahasiaan\\p{L}*|keamanan\\p{L}*|haknya|undang-undang)(?![\\p{L}])))\\s+' +
    // Up to two modifiers ("tidak akan", "akan tetap"), then a predicate: any word but an agent, a means,
    // a time clause or a question ("dipastikan oleh", "dipastikan melalui", "dipastikan setelah").
    '(?:(?:akan|bakal|tetap|makin|semakin|lebih|sangat|tidak|tak|lagi|segera)\\s+){0,2}' +
    '(?!(?:oleh|melalui|lewat|dengan|setelah|sesudah|saat|ketika|usai|apakah|siapa|kapan|berapa|bahwa|karena|sebab)(?![\\p{L}]))' +
    // A status settled by facts, not foreseen by the writer: "dipastikan meninggal", "dipastikan lolos ke final".
    '(?!(?:meninggal|tewas|selamat|positif|negatif|lolos|gugur|tersingkir|absen|juara|terdegradasi|promosi)(?![\\p{L}]))\\p{Ll}{3,}(?![\\p{L}])',
  'giu',
)

/**
 * A forecast stated as certain in the writer's voice (round 11): a certainty adverb on the future
 * marker ("jelas akan turun", "pasti akan ramai"; since round 13 "dijamin akan/bakal") or a promise that something will not happen
 * again ("tidak akan terulang", "tak akan terjadi lagi"). Who foresees it is not said. A sentence
 * already vouched for by another marker ("dapat dipastikan … tidak akan terulang lagi") is one
 * claim: the forecast is not reported a second time.
 */
const FORECAST = new RegExp(
  // "dijamin akan" before an entitlement is a promise of the organiser, news ("dijamin akan mendapat sertifikat").
  '(?<![\\p{L}])(?:(?:sudah\\s+)?(?:jelas|pasti)\\s+(?:akan|bakal)|dijamin\\s+(?:akan|bakal)(?!\\s+(?:mendapat(?:kan)?|menerima|memperoleh|diberi(?:kan)?|dilayani|dibayar|diganti|dikembalikan)(?![\\p{L}]))|(?:tidak|tak)\\s+akan\\s+(?:pernah\\s+)?(?:terulang(?:\\s+(?:lagi|kembali))?|terjadi\\s+(?:lagi|kembali))' +
    // Since round 16 a guarantee that something will not happen again: "dijamin tidak akan longsor lagi".
    '|(?:dijamin|dipastikan|pasti)\\s+(?:tidak|tak)\\s+akan\\s+(?:pernah\\s+)?\\p{Ll}+\\s+(?:lagi|kembali))(?![\\p{L}])',
  'giu',
)

/**
 * A consequence after the condition: a sanction or procedure the one found guilty will face. Since round 20 also a sanction stated as done, without "akan": the licence withdrawn, the stall sealed,
 * the official dismissed ("… yang terbukti memungut tarif lebih dicabut izinnya").
 */
const SANCTION = /(?<![\p{L}])(?:(?:akan|bakal|dapat|bisa|langsung)\s+di\p{L}{3,}|dikenai|dikenakan|dijatuhi|ditindak|sanksi|diproses|denda|dicabut|dibekukan|disegel|ditutup|didenda|ditilang|dipecat|diberhentikan|dicopot|dibebastugaskan|dinonaktifkan|diskors|dicoret|didiskualifikasi|ditahan|ditangkap|disita|dilarang|diblokir)(?![\p{L}])/iu
/**
 * Round 16: "yang terbukti menjual … akan dikenai sanksi" states the condition of a rule (whoever is
 * proven to break it), not the writer's certainty.
 */
function sanctionCondition(article: Parameters<Rule['run']>[0], f: { field: string; start: number; end: number; excerpt: string }): boolean {
  if (f.excerpt.toLowerCase() !== 'terbukti') return false
  const field = article.fields.find((x) => x.field === f.field)
  if (!field) return false
  const sentence = sentenceAt(field, f.start)
  return /(?<![\p{L}])yang\s+$/iu.test(field.text.slice(Math.max(sentence.start, f.start - 8), f.start)) && SANCTION.test(field.text.slice(f.end, sentence.end))
}

/** Evidence that can prove: a proof claim whose subject is a test, data or a study reports a finding, not the writer's view. */
export const EVIDENCE = /(?<![\p{L}])(?:hasil|data|uji|pengujian|survei|penelitian|studi|riset|kajian|analisis|pemeriksaan|laboratorium|audit|catatan|rekaman|statistik)(?![\p{L}])/iu
/** A person right after the proof: what is proven is that person's virtue. */
const PERSON_AFTER = /^\s+(?:beliau|ia|dia|mereka)(?![\p{L}])/iu
/**
 * Round 19: "membuktikan bahwa …", "menjadi bukti bahwa …" in the writer's voice draws a general lesson from
 * the story ("Para relawan membuktikan bahwa gotong royong masih hidup"); after a test, data or a study
 * in the same sentence it reports what was measured ("Hasil uji laboratorium membuktikan bahwa air layak minum").
 */
function evidenceProof(article: Parameters<Rule['run']>[0], f: { field: string; start: number; end: number; excerpt: string }): boolean {
  if (!/bukti(?:\p{L}*|\s+nyata)\s+bahwa$/iu.test(f.excerpt)) return false
  const field = article.fields.find((x) => x.field === f.field)
  if (!field) return false
  // Proof of a person's virtue ("… membuktikan bahwa beliau selalu hadir") is credit to that person: writer-credit judges it.
  if (PERSON_AFTER.test(field.text.slice(f.end))) return true
  return EVIDENCE.test(field.text.slice(sentenceAt(field, f.start).start, f.start))
}

/** A certainty adverb on the proof verb ("jelas membuktikan bahwa"): the writer vouching for the proof. */
const PROOF_ADVERB = /(?<![\p{L}])(?:sudah\s+)?(?:jelas|jelas-jelas|nyata|nyata-nyata|pasti)\s+$/iu
/**
 * Round 22: a proof claim is one claim with the certainty adverb before it ("Gerakan ini jelas membuktikan bahwa …":
 * the finding starts at "jelas"), and a proof claim in a sentence another certainty phrase already vouches for ("Tidak
 * diragukan lagi, kebersamaan ini membuktikan bahwa …") is that claim, not a second one.
 */
function provenBy(article: Parameters<Rule['run']>[0], found: Finding[]): Finding[] {
  const sentenceKey = (f: Finding) => `${f.field}:${sentenceAt(article.fields.find((x) => x.field === f.field) as PreparedField, f.start).index}`
  const proof = (f: Finding) => /bukti(?:\p{L}*|\s+nyata)\s+bahwa$/iu.test(f.excerpt)
  const vouched = new Set(found.filter((f) => !proof(f)).map(sentenceKey))
  return found.flatMap((f) => {
    if (!proof(f)) return [f]
    if (vouched.has(sentenceKey(f))) return []
    const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
    const adverb = PROOF_ADVERB.exec(text.slice(Math.max(0, f.start - 20), f.start))?.[0]
    if (!adverb) return [f]
    const start = f.start - adverb.length
    const excerpt = text.slice(start, f.end)
    return [{ ...f, start, excerpt, message: f.message.split(`"${f.excerpt}"`).join(`"${excerpt}"`) }]
  })
}

/** Opinion or certainty stated without a source (lexicons/certainty.json, and a bare "dipastikan" + outcome). */
export const unattributedCertainty: Rule = {
  id: 'unattributed-certainty',
  category: 'neutrality',
  run: (article) => {
    const listed = provenBy(
      article,
      phraseFindings(article, { rule: 'unattributed-certainty', category: 'neutrality', list: 'certainty', message }).filter((f) => !sanctionCondition(article, f) && !evidenceProof(article, f)),
    )
    // A headline's "Dijamin …" is a sales promise, the clickbait rule's (round 17).
    const bare = patternFindings(article, { rule: 'unattributed-certainty', category: 'neutrality', pattern: DIPASTIKAN, message }).filter(
      (f) => !listed.some((g) => g.field === f.field && g.start < f.end && f.start < g.end) && !(f.field === 'title' && /^dijamin/iu.test(f.excerpt)),
    )
    const found = [...listed, ...bare]
    const sentence = (f: { field: string; start: number }) => {
      const field = article.fields.find((x) => x.field === f.field)
      return field ? `${f.field}:${sentenceAt(field, f.start).index}` : ''
    }
    const vouched = new Set(found.map(sentence))
    const forecasts = patternFindings(article, { rule: 'unattributed-certainty', category: 'neutrality', pattern: FORECAST, message }).filter(
      (f) => !vouched.has(sentence(f)) && Boolean(vouched.add(sentence(f))),
    )
    return [...found, ...forecasts]
  },
}
