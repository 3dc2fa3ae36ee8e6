import { patternFindings } from '../patternFindings'
import type { Rule } from '../Rule'

const PEOPLE = '(?:warga|masyarakat|penduduk|orang|pihak|pedagang|pengunjung|peserta|pelajar|siswa|orang\\s+tua|pengguna|penumpang|wisatawan|rakyat|lapisan\\s+masyarakat|elemen\\s+masyarakat)'
const ATTITUDE =
  '(?:setuju|puas|mendukung|menyambut(?:\\s+(?:gembira|baik|antusias|positif|hangat))?|senang|gembira|bahagia|bangga|antusias|mengapresiasi|menikmati|merasakan\\s+manfaat(?:nya)?|berterima\\s+kasih|menyetujui|sepakat)'

// "semua warga setuju", "seluruh masyarakat puas", "Warga Puas" (a headline), "masyarakat
// menyambut gembira" — the writer speaking for every citizen.
const GENERALISATION = new RegExp(
  [
    `(?<![\\p{L}])(?:semua|seluruh|segenap|segala|setiap)\\s+${PEOPLE}(?:\\s+(?:kota|di\\s+kota\\s+ini|kita))?\\s+(?:(?:sangat|pun|juga|tentu|sudah|telah|benar-benar)\\s+)?${ATTITUDE}(?![\\p{L}])`,
    `(?<![\\p{L}\\s]\\s|[\\p{L}])(?:warga|masyarakat)\\s+(?:puas|senang|bahagia|setuju|bangga|menyambut\\s+(?:gembira|antusias))(?![\\p{L}])`,
  ].join('|'),
  'giu',
)

/** Generalisations about citizens in the writer's voice ("semua warga setuju", "seluruh masyarakat puas"). */
export const generalisation: Rule = {
  id: 'generalisation',
  category: 'neutrality',
  run: (article) =>
    patternFindings(article, {
      rule: 'generalisation',
      category: 'neutrality',
      pattern: GENERALISATION,
      message: (excerpt) =>
        `"${excerpt}" menggeneralisasi pendapat seluruh warga tanpa data. Sebutkan sumbernya (survei, jumlah, narasumber) atau tulis pendapat warga yang benar-benar diwawancarai.`,
    }),
}
