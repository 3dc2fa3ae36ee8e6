import { patternFindings } from '../patternFindings'
import type { PreparedField } from '../prepareArticle'
import type { Rule } from '../Rule'
import type { Finding } from '../types'
import { sentenceAt } from '../voiceAt'

const SCOPE =
  // Since round 22 a province by its short name is a scope like "Jawa Tengah" ("yang terbaik di DIY", "di Jateng").
  // "se-" needs its hyphen ("se-Jawa Tengah"), or "selama" would count. (No \p{Lu} here: with the
  // i flag it matches lower case too.)
  '(?:(?:dalam|sepanjang)\\s+(?:sejarah|masa)|se-\\s?\\p{L}+(?:\\s+(?:tengah|timur|barat|utara|selatan|tenggara|raya))?|di\\s+(?:indonesia|dunia|asia(?:\\s+(?:tenggara|pasifik))?|eropa|nusantara|tanah\\s+air|jawa(?:\\s+(?:tengah|timur|barat))?|diy|jateng|jatim|jabar|ntb|ntt|sumatra|sumatera|kalimantan|sulawesi|bali|papua|provinsi\\s+ini|negeri\\s+ini|kawasan\\s+ini|wilayah\\s+ini|dunia)|yang\\s+pernah\\s+(?:ada|dibangun|digelar|dimiliki)|di\\s+(?:daerah\\s+istimewa|pulau|provinsi|kabupaten|kota|pesisir|lereng|kawasan|wilayah|tanah)\\s+\\p{L}+|di\\s+seluruh\\s+\\p{L}+|di\\s+antara\\s+(?:\\d+|semua|seluruh)\\s+\\p{L}+|di\\s+antara\\s+\\p{L}+-\\p{L}+)'
/** Superlative adjectives with ter- (not "tersebar", "terdaftar", "tersedia", "terbaru": those are not claims). */
export const TER_ADJECTIVES = [
  'baik', 'besar', 'banyak', 'tinggi', 'luas', 'lengkap', 'megah', 'panjang', 'tua', 'indah', 'bersih', 'hebat', 'modern',
  'canggih', 'padat', 'kaya', 'murah', 'cepat', 'populer', 'aman', 'nyaman', 'maju', 'unggul', 'depan', 'favorit', 'sukses',
  'ramai', 'meriah', 'lama', 'kuat', 'mewah', 'dahsyat', 'keren', 'unik', 'elok', 'laris', 'akbar', 'kemuka', 'hijau',
  'ramah', 'lengkap', 'sejuk', 'asri', 'ideal', 'strategis', 'inovatif', 'kreatif', 'produktif', 'efektif', 'efisien',
]
/**
 * Since round 20 taste: no survey ranks it, so "terlezat di Yogyakarta" is the writer's claim even with a city for
 * scope, where "terbesar di Sleman" may be a measured fact and needs a wider scope.
 */
const TASTE = '(?:lezat|enak|nikmat|sedap|gurih|legit|renyah|empuk)'
const TER = `ter(?:${[...new Set(TER_ADJECTIVES)].join('|')}|${TASTE.slice(3, -1)})`
const WORD = '[\\p{L}\\d-]+'
const ONE_SUPERLATIVE = `(?:${TER}|paling\\s+\\p{L}+)`
const SUPERLATIVE = new RegExp(
  [
    // terbaik sepanjang sejarah · terbesar se-Jawa Tengah · paling lengkap di Indonesia ·
    // terbesar dan termegah di Indonesia · tercanggih yang pernah dibangun di Asia Tenggara
    // Since round 19 coordinated superlatives share the scope: paling legendaris dan paling lezat di seluruh nusantara.
    `(?<![\\p{L}])${ONE_SUPERLATIVE}(?:(?:,\\s*|,?\\s+(?:dan|serta)\\s+)${ONE_SUPERLATIVE})*(?:\\s+${WORD}){0,2}?\\s+${SCOPE}(?![\\p{L}])`,
    // pertama di Indonesia · pertama kali digelar di dunia · satu-satunya di Indonesia · nomor satu se-Asia
    `(?<![\\p{L}])(?:(?:yang\\s+)?pertama(?:\\s+kali(?:nya)?)?(?:\\s+(?:di|ber|me|ter)\\p{L}+)?|satu-satunya|nomor\\s+satu)\\s+${SCOPE}(?![\\p{L}])`,
    // Since round 23 what is the only one may be named before the scope: "satu-satunya kampung wisata di Indonesia".
    `(?<![\\p{L}])satu-satunya(?:\\s+${WORD}){1,3}?\\s+${SCOPE}(?![\\p{L}])`,
    // No other one within the scope: belum ada satu pun kota lain di Indonesia · tidak ada daerah lain se-Jawa
    `(?<![\\p{L}])(?:belum|tidak|tak)\\s+ada\\s+(?:satu\\s*pun\\s+)?(?:${WORD}\\s+){1,3}?lain(?:nya)?\\s+${SCOPE}(?![\\p{L}])`,
    `(?<![\\p{L}])(?:pecahkan|memecahkan|dipecahkan|cetak|mencetak|torehkan|menorehkan)\\s+rekor(?:\\s+(?:baru|dunia|nasional|muri))?(?![\\p{L}])`,
    `(?<![\\p{L}])rekor\\s+(?:baru|tertinggi|terbanyak|terbesar)(?![\\p{L}])`,
    // Since round 20 a taste superlative scoped by a named place: "yang terlezat di Yogyakarta", "paling enak di Kotagede".
    `(?<![\\p{L}])(?:ter${TASTE}|paling\\s+${TASTE})\\s+di\\s+(?<place>\\p{L}+)(?![\\p{L}])`,
    // Claims of being unequalled need no scope: belum ada duanya · tiada tandingannya · tak tertandingi · nomor wahid
    `(?<![\\p{L}])(?:(?:belum|tidak|tak|tiada)\\s+(?:ada\\s+)?duanya|tiada\\s+(?:tanding|banding)(?:an(?:nya)?)?|(?:tak|tidak|belum)\\s+(?:ter)?tandingi|tanpa\\s+tandingan|nomor\\s+wahid|(?:belum|tidak|tak)\\s+pernah\\s+(?:terjadi|ada|dilakukan|digelar|dicapai|diraih|terlihat)\\s+sebelumnya)(?![\\p{L}])`,
  ].join('|'),
  'giu',
)
/** Nouns of a sequence: "pertama" after them is an ordinal ("tahap pertama di kawasan …", "hari pertama"), not a first. */
const SEQUENCE_NOUN = /(?<![\p{L}])(?:tahap|tahapan|fase|hari|pekan|minggu|bulan|tahun|triwulan|semester|gelombang|angkatan|kloter|rombongan|putaran|babak|sesi|termin|periode|edisi|seri|jilid|urutan|peringkat|juara|nomor|lantai|ruas|zona|paket|kelompok|regu|sif|shift)\s+$/iu
/** A local place as the scope of "pertama kali digelar di …": where something was first held, not a first. */
const LOCAL_SCOPE = /\sdi\s+(?:kota|kabupaten|kecamatan|kemantren|kelurahan|desa|kampung|kawasan|wilayah|pesisir|lereng|tanah)\s+\p{L}+$/iu

/** The competition or person a record belongs to: "rekor lomba", "rekor pribadi". */
const COMPETITION_RECORD = /^\s+(?:kejuaraan|lomba|turnamen|kompetisi|pertandingan|liga|pekan|porda|popda|pon|o2sn|sekolah|klub|pribadi|daerah|provinsi)(?![\p{L}])/iu
/**
 * Round 24: the set a "di antara" ranking runs over was surveyed, measured, tested or inspected ("tertinggi di antara 20
 * unit layanan yang disurvei"): the ranking reports that measurement. "yang dibina", "yang pernah ada" stay claims.
 */
const MEASURED_SET = /^(?:\s+[\p{L}\d-]+){0,3}?\s+yang\s+(?:telah\s+|sudah\s+)?di(?:survei|ukur|uji|periksa|pantau|data|nilai|evaluasi|amati|teliti|audit|inspeksi|sampel)(?![\p{L}])/iu
const CONTEST = /(?<![\p{L}])(?:juri|lomba|perlombaan|kejuaraan|kompetisi|turnamen|juara|pemenang|penilaian|dinilai)(?![\p{L}])/iu

/**
 * Round 21: a measured ranking hedged by "salah satu"/"termasuk" within a city or regency ("salah satu
 * kelurahan dengan jumlah nasabah terbanyak di Kota Yogyakarta", "termasuk wilayah dengan kasus DBD
 * tertinggi di Kabupaten Sleman") places a unit among the office's own figures; praise ("terindah") and
 * wider scopes ("di Indonesia") stay claims.
 */
const MEASURE_RANK = /^(?:ter(?:banyak|besar|tinggi|rendah|luas|padat|tua|panjang|lama)|paling\s+(?:banyak|besar|tinggi|rendah|luas|padat|tua|panjang|lama))\s(?:[\s\S]*\s)?di\s+(?:kota|kabupaten)\s+\p{L}+$/iu
/** The hedge governs the ranked noun phrase: no verb of its own between ("Salah satu warga mengatakan … terpanjang"). */
const HEDGE = /(?<![\p{L}])(?:salah\s+satu|termasuk)(?:\s+(?!me(?:ng|ny|m|n|r|l|w|y)\p{L}{3,}|kata|ujar|ucap|tutur)[\p{L}\d-]+){1,7}\s+$/iu
const hedgedLocalRank = (field: PreparedField, match: RegExpMatchArray): boolean =>
  MEASURE_RANK.test(match[0]) && HEDGE.test(field.text.slice(Math.max(0, (match.index ?? 0) - 90), match.index).split(/[.!?;,:\n]/).pop() ?? '')

/** A named source in the sentence makes the claim checkable. */
/** A speech verb in a headline, after its speaker: "Kurator Klaim …", "Dinas Sebut …", "Menurut BPS, …". */
const HEADLINE_SPEAKER = /(?<=\p{L}\s+)(?:sebut|klaim|ungkap|akui|katakan|tegaskan|nilai|yakini)(?![\p{L}])|^\s*menurut(?![\p{L}])/iu
const SOURCE = /(?<![\p{L}])(?:menurut|versi|berdasarkan|data|survei|laporan|peringkat|penilaian|dinilai|mencatat|dicatat|tercatat|dirilis|merilis|lembaga|museum rekor|muri)(?![\p{L}])/iu

/** A measured result: a time, a distance, a weight or a score ("1 menit 52,31 detik", "6,2 meter"). */
const MEASURED = /\d\s*(?:detik|menit|jam|meter|m|cm|km|kilogram|kg|poin|angka|skor)(?![\p{L}])/iu
const RECORD = /rekor/iu
/**
 * Round 22: who grants or measures a record. Elsewhere in the paragraph only such a source backs the record: "panitia
 * mencatat transaksi Rp3,8 miliar" reports the figure, not that it is "rekor baru sepanjang sejarah"; a source in the
 * record's own sentence still backs it.
 */
const RECORD_AUTHORITY = /(?<![\p{L}])(?:muri|museum\s+rekor|guinness|leprid|lembaga\s+prestasi|federasi|pb\s+\p{L}+|pengda|pengcab|wasit|juri|catatan\s+waktu|mencatat\s+waktu)(?![\p{L}])/iu
/**
 * A record backed in its paragraph by a source or the measured result (round 14): "memecahkan rekor
 * nasional … Ia mencatat waktu 1 menit 52,31 detik" reports a result the reader can check.
 */
const backedRecords = (field: PreparedField): boolean[] =>
  field.paragraphs.map((p) => {
    const text = field.text.slice(p.start, p.end)
    return RECORD.test(text) && (RECORD_AUTHORITY.test(text) || MEASURED.test(text))
  })

/** Superlatives and firsts with no source ("terbaik sepanjang sejarah", "pertama di Indonesia"). */
export const unsourcedSuperlative: Rule = {
  id: 'unsourced-superlative',
  category: 'neutrality',
  run: (article) => {
    const body = article.fields.find((f) => f.field === 'body')
    const bodyBacked = body ? backedRecords(body) : []
    // Since round 15 a claim right after another, set off by a comma only ("paling renyah di seluruh dunia, tak
    // tertandingi …"), restates it: one warning, the restatement info. Two claims joined by "dan" stay two.
    let last: Finding | undefined
    return patternFindings(article, {
      rule: 'unsourced-superlative',
      category: 'neutrality',
      pattern: SUPERLATIVE,
      skip: (field, match) => {
        // "di seluruh …" is a scope when a named region follows ("di seluruh Jawa Tengah"), not
        // "di seluruh kelurahan".
        const whole = /di\s+seluruh\s+(\p{L}+)$/iu.exec(match[0])
        // Since round 15 also a country or the world in lower case ("di seluruh dunia").
        // The i flag makes \p{Lu} match lower case too: the place's capital is checked here ("terlezat di warung itu" is no scope).
        if (match.groups?.place !== undefined && !/^\p{Lu}/u.test(match.groups.place)) return true
        if (whole && !/^\p{Lu}/u.test(whole[1]) && !/^(?:nusantara|indonesia|dunia|negeri|jagat)$/iu.test(whole[1])) return true
        if (/^(?:yang\s+)?pertama/iu.test(match[0])) {
          // An ordinal: "tahap pertama di kawasan Malioboro", "hari pertama di Kabupaten Sleman".
          if (SEQUENCE_NOUN.test(field.text.slice(Math.max(0, (match.index ?? 0) - 20), match.index))) return true
          // Where it first happened: "pertama kali digelar di Kota Yogyakarta" (the claim of a first
          // needs a wider scope: "pertama kali diterapkan di Indonesia").
          if (/^(?:yang\s+)?pertama\s+kali(?:nya)?\s+\p{L}+\s+di\s/iu.test(match[0]) && LOCAL_SCOPE.test(match[0])) return true
        }
        if (hedgedLocalRank(field, match)) return true
        const sentence = sentenceAt(field, match.index ?? 0)
        const text = field.text.slice(sentence.start, sentence.end)
        // Since round 13: a record of a named competition ("memecahkan rekor lomba", "rekor pribadi") is a result, not a claim,
        // and a superlative among the entrants of a contest ("terbaik di antara 20 peserta lomba") is its judging.
        const end = (match.index ?? 0) + match[0].length
        if (/rekor$/iu.test(match[0]) && COMPETITION_RECORD.test(field.text.slice(end, end + 30))) return true
        if (RECORD.test(match[0])) {
          // The headline's record is the one the body backs; in the body, the record's own paragraph.
          if (field.field === 'title' && bodyBacked.some(Boolean)) return true
          const paragraph = field.paragraphs.findIndex((p) => p.start <= (match.index ?? 0) && (match.index ?? 0) < p.end)
          if (field === body && bodyBacked[paragraph]) return true
        }
        if (/di\s+antara\s/iu.test(match[0]) && (CONTEST.test(text) || MEASURED_SET.test(field.text.slice(end, end + 80)))) return true
        // Round 16: a headline that gives the claim to a speaker before it ("Kurator Klaim Pameran Ini Terbesar di …").
        if (field.field === 'title' && HEADLINE_SPEAKER.test(field.text.slice(0, match.index ?? 0))) return true
        return SOURCE.test(text)
      },
      message: (excerpt) =>
        `Klaim "${excerpt}" tidak menyebut sumber. Sebutkan siapa yang menyatakan atau data/peringkat apa yang mendukungnya, atau hapus klaim itu.`,
    }).map((f) => {
      const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
      const restates = last !== undefined && last.field === f.field && last.end <= f.start && /^\s*,\s*$/u.test(text.slice(last.end, f.start))
      last = f
      // Kept as info: it still hides the praise word it overlaps (puffery).
      return restates ? { ...f, severity: 'info' as const } : f
    }).reduce<Finding[]>((out, f) => {
      // Round 21: a record and the superlative saying what it is, in one clause ("rekor baru sebagai senam lansia
      // dengan peserta terbanyak di Indonesia"), are one claim: one finding over both.
      const prev = out.at(-1)
      const text = article.fields.find((x) => x.field === f.field)?.text ?? ''
      const between = prev && prev.field === f.field && prev.end <= f.start ? text.slice(prev.end, f.start) : undefined
      if (prev && between !== undefined && RECORD.test(prev.excerpt) && between.length <= 80 && /^[\s\p{L}\d-]*$/u.test(between)) {
        const excerpt = text.slice(prev.start, f.end)
        out[out.length - 1] = { ...prev, end: f.end, excerpt, message: prev.message.replace(prev.excerpt, excerpt) }
      } else out.push(f)
      return out
    }, [])
  },
}
