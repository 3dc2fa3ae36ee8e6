import { patternFindings } from '../patternFindings'
import type { Rule } from '../Rule'

const OFFICIAL = '(?:wali\\s+kota|wakil\\s+wali\\s+kota|walikota|bupati|wakil\\s+bupati|gubernur|wakil\\s+gubernur|sekretaris\\s+daerah|sekda|kepala\\s+(?:dinas|daerah|badan|bagian)|camat|lurah|pimpinan|pemerintah\\s+kota|pemkot|bapak|ibu)'
const MERIT = '(?:kepemimpinan|tangan\\s+dingin|arahan|komitmen|kerja\\s+keras|perhatian|kepedulian|inisiatif|visi|dedikasi|gebrakan|terobosan|kebijakan|upaya)'

// "berkat kepemimpinan …", "berkat kerja keras Wali Kota", "di bawah kepemimpinan …",
// "tak lepas dari arahan …", "tidak terlepas dari peran Wali Kota".
const CREDIT = new RegExp(
  [
    `(?<![\\p{L}])berkat\\s+(?:${MERIT}(?:\\s+${OFFICIAL})?|${OFFICIAL})(?![\\p{L}])`,
    `(?<![\\p{L}])di\\s+bawah\\s+(?:kepemimpinan|komando|arahan)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:tak|tidak)\\s+(?:ter)?lepas\\s+dari\\s+(?:(?:${MERIT}|peran|sentuhan)(?:\\s+${OFFICIAL})?|${OFFICIAL})(?![\\p{L}])`,
    `(?<![\\p{L}])(?:atas|karena)\\s+(?:kepemimpinan|tangan\\s+dingin)(?![\\p{L}])`,
  ].join('|'),
  'giu',
)

/** Credit given to an official in the writer's own voice ("berkat kepemimpinan Wali Kota …"). */
export const writerCredit: Rule = {
  id: 'writer-credit',
  category: 'neutrality',
  run: (article) =>
    patternFindings(article, {
      rule: 'writer-credit',
      category: 'neutrality',
      pattern: CREDIT,
      message: (excerpt) =>
        `"${excerpt}" memberi pujian atau jasa kepada pejabat dengan suara penulis. Laporkan faktanya saja, atau kutip narasumber yang menyampaikan penilaian itu.`,
    }),
}
