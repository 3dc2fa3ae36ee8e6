import { NUMBER_WORD, parseNumberWords } from '../numberWords'
import { parseNumber } from '../parseNumber'
import type { PreparedField } from '../prepareArticle'
import { APPROXIMATE, CAPTION, type Mention } from './countMentions'

const FIGURE = `(?:(?<num>\\d{1,3}(?:\\.\\d{3})+|\\d+)|(?<word>${NUMBER_WORD}))`
/** Words between the noun and its figure that do not narrow the set: this event's, the whole. */
const GAP = `(?:\\s+(?:tahun\\s+ini|kali\\s+ini|itu|tersebut|seluruhnya|keseluruhan|secara\\s+keseluruhan))?`
/** A verb or frame before the figure; approximate ones are kept so the mention can be skipped as approximate. */
const FRAME = `(?:\\s+(?<frame>sebanyak|berjumlah|ada|adalah|tercatat|mencapai|sekitar|hanya|kurang\\s+lebih|lebih\\s+dari|hampir))?`
/** A general classifier, or none, after the figure: the noun is the one named before it. */
const AFTER = `(?![.,]\\d)(?:\\s+(?:orang|unit|buah|ekor))?(?=\\s*(?:[.,;:!?)"”]|$)|\\s+(?:dan|yang|di|pada|dari|untuk|dengan|sejak|hingga|selama|saat|ketika|atau|serta|sesuai|menurut)(?![\\p{L}]))`
/** Pronouns and demonstratives before "berjumlah": no noun of their own. */
const NOT_A_NOUN = new Set(['ini', 'itu', 'tersebut', 'mereka', 'kami', 'kita', 'semuanya', 'seluruhnya', 'yang', 'nya', 'dan'])
/** "jumlah peserta (tahun ini) sebanyak 300 orang", "total kantong darah …" is not read (one noun word). */
const TOTAL_OF = new RegExp(`(?<![\\p{L}])(?:[Jj]umlah|[Tt]otal)\\s+(?<noun>\\p{Ll}[\\p{Ll}-]*)${GAP}${FRAME}\\s+${FIGURE}${AFTER}`, 'gu')
/** "Peserta (tahun ini) berjumlah 300 orang". */
const NUMBERING = new RegExp(`(?<![\\p{L}])(?<noun>\\p{L}[\\p{Ll}-]*)${GAP}\\s+berjumlah\\s+(?:(?<frame>sekitar|hanya|kurang\\s+lebih|lebih\\s+dari|hampir|mencapai)\\s+)?${FIGURE}${AFTER}`, 'gu')

/**
 * Round 16: counts that name their noun before the figure, as the subject of "jumlah"/"total" or
 * of "berjumlah", with a general classifier or none after the figure ("jumlah peserta tahun ini
 * sebanyak 300 orang", "Peserta berjumlah 300 orang"). Read as counts of that noun so that a
 * headline's or lead's "250 Peserta" is compared with them. A word between the noun and the
 * figure other than this event's or the whole ("jumlah peserta perempuan …", "peserta yang lolos
 * berjumlah …") narrows the set and is not read. Captions are left out. Before "berjumlah" a noun
 * of two words is read as such only when the headline or lead counts it with both (`earlier`).
 */
export function nounFirstCounts(field: PreparedField, earlier: Mention[] = []): Mention[] {
  const found: Mention[] = []
  for (const pattern of [TOTAL_OF, NUMBERING]) {
    for (const m of field.text.matchAll(pattern)) {
      const g = m.groups ?? {}
      if (NOT_A_NOUN.has(g.noun.toLowerCase())) continue
      const paragraph = field.paragraphs.find((p) => p.start <= m.index && m.index < p.end)
      if (paragraph && CAPTION.test(field.text.slice(paragraph.start, paragraph.end))) continue
      const value = g.num ? parseNumber(g.num) : parseNumberWords(g.word)
      if (!Number.isFinite(value)) continue
      // A two-word noun the headline or lead counts ("60 pelaku usaha" … "Pelaku usaha tersebut berjumlah 66 orang").
      const previous = /(\p{L}[\p{Ll}-]*)\s+$/u.exec(field.text.slice(Math.max(0, m.index - 30), m.index))?.[1].toLowerCase()
      const pair = pattern === NUMBERING && earlier.some((e) => e.noun === previous && e.second === g.noun.toLowerCase())
      found.push({
        field: field.field,
        noun: pair && previous ? previous : g.noun.toLowerCase(),
        value,
        approximate: (g.frame !== undefined && APPROXIMATE.test(`${g.frame} `.trimEnd())) || APPROXIMATE.test(field.text.slice(Math.max(0, m.index - 20), m.index)),
        coordinated: false,
        total: true,
        start: m.index,
        end: m.index + m[0].length,
        excerpt: m[0],
      })
    }
  }
  return found
}

/**
 * Since round 23 a headline count naming its noun before the figure: "Kasus DBD Capai 78 Sejak Awal Tahun", "Pengunjung
 * Sekaten Tembus 1.250", "Pengungsi Banjir Bertambah Jadi 96". The noun is the headline word before up to two more
 * capitalised words and a verb of reaching; the figure is followed by no noun of its own (a preposition, a comma or the
 * end), is no year, and nothing narrows the noun in between (`Kasus DBD di Umbulharjo Capai 78` is not read).
 */
const HEADLINE_NOUN_FIRST =
  /(?<![\p{L}])(?<noun>\p{Lu}\p{Ll}+)(?:\s+(?:\p{Lu}{2,}|\p{Lu}\p{Ll}+)){0,2}\s+(?:Capai|Mencapai|Tembus|Menembus|Berjumlah|(?:Bertambah\s+)?(?:Jadi|Menjadi))\s+(?<num>\d{1,3}(?:\.\d{3})+|\d+)(?![.,]?\d)(?=\s*$|\s*[,.:;!?]|\s+(?:sejak|di|pada|hingga|selama|dalam|dari|dan|tahun\s+ini)(?![\p{L}]))/giu
export function headlineNounFirst(title: PreparedField): Mention[] {
  return [...title.text.matchAll(HEADLINE_NOUN_FIRST)].flatMap((m) => {
    const num = m.groups?.num ?? ''
    if (/^(?:19|20)\d\d$/.test(num)) return []
    const noun = (m.groups?.noun ?? '').toLowerCase()
    return [{ field: title.field, noun, value: parseNumber(num), approximate: false, coordinated: false, total: true, start: m.index, end: m.index + m[0].length, excerpt: m[0] }]
  })
}
