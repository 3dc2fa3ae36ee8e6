import { patternFindings } from '../patternFindings'
import { phraseFindings } from '../phraseFindings'
import type { Rule } from '../Rule'

const message = (excerpt: string) =>
  `"${excerpt}" menyatakan kepastian atau pendapat tanpa sumber. Sebutkan siapa yang menyatakannya atau bukti/datanya, atau hapus.`

/**
 * A bare "dipastikan" (no agent) before an outcome or a state in the writer's voice: "Stok beras
 * dipastikan aman", "acara dipastikan meriah", "pengunjung dipastikan akan membludak". Who made
 * sure is not said; the writer vouches for the future. Not after a negation, a condition or a
 * purpose ("belum dipastikan", "untuk dipastikan"), not with an agent ("dipastikan oleh …"), and
 * "dapat/bisa dipastikan" is the lexicon's.
 */
const DIPASTIKAN = new RegExp(
  '(?<![\\p{L}])(?<!(?:belum|tidak|tak|jika|bila|apabila|kalau|masih|untuk|agar|supaya|guna|demi|dapat|bisa|sudah|telah|harus|perlu|wajib)\\s+)dipastikan\\s+' +
    '(?:(?:akan|bakal|tetap|makin|semakin|lebih|sangat|tidak|tak)\\s+)?' +
    '(?:aman|lancar|tersedia|cukup|meningkat|ramai|sukses|berhasil|berjalan|terpenuhi|tercukupi|bertambah|naik|padat|meriah|membludak|membeludak|siap|terjamin|terkendali|stabil|kondusif|terjangkau|memuaskan|menarik|seru|pecah|penuh|habis|laris|mampu|bisa|menjadi|ada)(?![\\p{L}])',
  'giu',
)

/** Opinion or certainty stated without a source (lexicons/certainty.json, and a bare "dipastikan" + outcome). */
export const unattributedCertainty: Rule = {
  id: 'unattributed-certainty',
  category: 'neutrality',
  run: (article) => {
    const listed = phraseFindings(article, { rule: 'unattributed-certainty', category: 'neutrality', list: 'certainty', message })
    const bare = patternFindings(article, { rule: 'unattributed-certainty', category: 'neutrality', pattern: DIPASTIKAN, message }).filter(
      (f) => !listed.some((g) => g.field === f.field && g.start < f.end && f.start < g.end),
    )
    return [...listed, ...bare]
  },
}
