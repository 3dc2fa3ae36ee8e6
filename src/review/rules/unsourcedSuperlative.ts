import { patternFindings } from '../patternFindings'
import type { Rule } from '../Rule'
import { sentenceAt } from '../voiceAt'

const SCOPE =
  '(?:sepanjang\\s+(?:sejarah|masa)|se-?\\s?(?:indonesia|nusantara|asia(?:\\s+tenggara)?|dunia|jawa(?:\\s+(?:tengah|timur|barat))?|sumatra|sumatera|kalimantan|sulawesi|provinsi|nasional|\\p{Lu}\\p{L}+)|di\\s+(?:indonesia|dunia|asia(?:\\s+tenggara)?|tanah\\s+air|jawa(?:\\s+(?:tengah|timur|barat))?|provinsi\\s+ini|negeri\\s+ini)|yang\\s+pernah\\s+ada)'
const SUPERLATIVE = new RegExp(
  [
    // terbaik sepanjang sejarah · terbesar se-Jawa Tengah · paling lengkap di Indonesia
    `(?<![\\p{L}])(?:ter(?!lambat|masuk|sebut|kait|dapat|jadi|hadap|utama|akhir|catat|diri|letak)\\p{Ll}{3,}|paling\\s+\\p{Ll}+)\\s+${SCOPE}(?![\\p{L}])`,
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
