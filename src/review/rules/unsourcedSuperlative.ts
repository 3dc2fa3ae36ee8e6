import { patternFindings } from '../patternFindings'
import type { Rule } from '../Rule'
import { sentenceAt } from '../voiceAt'

const SCOPE =
  // "se-" needs its hyphen ("se-Jawa Tengah"), or "selama" would count. (No \p{Lu} here: with the
  // i flag it matches lower case too.)
  '(?:sepanjang\\s+(?:sejarah|masa)|se-\\s?\\p{L}+(?:\\s+(?:tengah|timur|barat|utara|selatan|tenggara|raya))?|di\\s+(?:indonesia|dunia|asia(?:\\s+tenggara)?|tanah\\s+air|jawa(?:\\s+(?:tengah|timur|barat))?|provinsi\\s+ini|negeri\\s+ini)|yang\\s+pernah\\s+ada)'
/** Superlative adjectives with ter- (not "tersebar", "terdaftar", "tersedia": those are not claims). */
const TER =
  'ter(?:baik|besar|banyak|tinggi|luas|lengkap|megah|panjang|tua|indah|bersih|hebat|modern|canggih|padat|kaya|murah|cepat|populer|aman|nyaman|maju|unggul|depan|favorit|sukses|ramai|meriah|lama|kuat|mewah|dahsyat|keren)'
const SUPERLATIVE = new RegExp(
  [
    // terbaik sepanjang sejarah · terbesar se-Jawa Tengah · paling lengkap di Indonesia
    `(?<![\\p{L}])(?:${TER}|paling\\s+\\p{L}+)\\s+${SCOPE}(?![\\p{L}])`,
    // pertama di Indonesia · pertama kali di dunia · satu-satunya di Indonesia · nomor satu se-Asia
    `(?<![\\p{L}])(?:(?:yang\\s+)?pertama(?:\\s+kali)?|satu-satunya|nomor\\s+satu)\\s+${SCOPE}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:pecahkan|memecahkan|cetak|mencetak)\\s+rekor(?:\\s+(?:dunia|nasional|muri))?(?![\\p{L}])`,
  ].join('|'),
  'giu',
)
/** A named source in the sentence makes the claim checkable. */
const SOURCE = /(?<![\p{L}])(?:menurut|versi|berdasarkan|data|survei|laporan|peringkat|penilaian|dinilai|mencatat|dicatat|tercatat|dirilis|merilis|lembaga|museum rekor|muri)(?![\p{L}])/iu

/** Superlatives and firsts with no source ("terbaik sepanjang sejarah", "pertama di Indonesia"). */
export const unsourcedSuperlative: Rule = {
  id: 'unsourced-superlative',
  category: 'neutrality',
  run: (article) =>
    patternFindings(article, {
      rule: 'unsourced-superlative',
      category: 'neutrality',
      pattern: SUPERLATIVE,
      skip: (field, match) => {
        const sentence = sentenceAt(field, match.index ?? 0)
        return SOURCE.test(field.text.slice(sentence.start, sentence.end))
      },
      message: (excerpt) =>
        `Klaim "${excerpt}" tidak menyebut sumber. Sebutkan siapa yang menyatakan atau data/peringkat apa yang mendukungnya, atau hapus klaim itu.`,
    }),
}
