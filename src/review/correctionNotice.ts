import type { PreparedArticle } from './prepareArticle'
import type { ArticleField, ArticleInput, Finding, RuleId } from './types'

/** A correction notice: "Ralat: …", "Koreksi: …" as the headline, or the body's "Yang benar, …" after "keliru". */
const CORRECTION_TITLE = /^\s*(?:ralat|koreksi|klarifikasi|pelurusan)\s*[:\-–—]/iu
const RIGHT_VERSION = /(?<![\p{L}])(?:yang\s+benar|yang\s+tepat|seharusnya)(?![\p{L}])/iu
const WRONG_WORD = /(?<![\p{L}])(?:keliru|kekeliruan|kesalahan|salah\s+(?:tulis|ketik|cetak))(?![\p{L}])/iu
/** A sentence that reports what the earlier article wrongly said ("di artikel itu tertulis …", "jabatannya disebut …"). */
const QUOTES_WRONG_VERSION = /(?<![\p{L}])(?:tertulis|ditulis|disebut(?:kan)?|tercantum|termuat|tercetak|dimuat)(?![\p{L}])/iu
/**
 * Since round 21 "tertulis" describing a noun (a written test, warning, request: "tes tertulis", "teguran tertulis",
 * "secara tertulis") says nothing about what an earlier text said.
 */
const WRITTEN_KIND =
  /(?<![\p{L}])(?:tes|ujian|seleksi|soal|izin|persetujuan|pernyataan|laporan|jawaban|keterangan|pemberitahuan|teguran|peringatan|permohonan|penawaran|pengaduan|aduan|tanggapan|rekomendasi|undangan|instruksi|perintah|kesepakatan|perjanjian|komitmen|jaminan|bukti|dokumen|aturan|peraturan|hukum|sumber|catatan|pesan|secara)\s+tertulis(?![\p{L}])/giu
/** Rules that compare one part of the article with another: the wrong version is no part of this one. */
export const COMPARING_RULES = new Set<RuleId>(['number-consistency', 'parts-total', 'date-consistency', 'name-consistency', 'money-consistency', 'percentage-sum'])

export interface WrongVersion {
  field: ArticleField
  start: number
  end: number
}

/**
 * Round 16: in a correction notice, the sentences that report the earlier, wrong version (the
 * sentences with "tertulis", "ditulis", "disebut" …, other than the one giving the right version).
 * They quote another text: no rule reports them, and the comparing rules do not read them.
 */
export function wrongVersions(article: PreparedArticle): WrongVersion[] {
  const title = article.fields.find((f) => f.field === 'title')?.text ?? ''
  const all = article.fields.map((f) => f.text).join('\n')
  if (!CORRECTION_TITLE.test(title) && !(RIGHT_VERSION.test(all) && WRONG_WORD.test(all))) return []
  const spans: WrongVersion[] = []
  for (const field of article.fields) {
    if (field.field === 'title') continue
    for (const s of field.sentences) {
      const text = field.text.slice(s.start, s.end)
      if (!QUOTES_WRONG_VERSION.test(text.replace(WRITTEN_KIND, '')) || RIGHT_VERSION.test(text)) continue
      // Since round 19 "… adalah X, bukan Y seperti yang tertulis …" gives the right version before "bukan": only the rest is the wrong one.
      const against = /,\s*bukan(?![\p{L}])/iu.exec(text)
      spans.push({ field: field.field, start: s.start + (against?.index ?? 0), end: s.end })
    }
  }
  return spans
}

/** The input with the wrong-version sentences blanked (same length, so offsets stay valid). */
export function blanked(input: ArticleInput, spans: WrongVersion[]): ArticleInput {
  const blank = (field: 'lead' | 'body', text: string) => {
    let out = text
    for (const s of spans) if (s.field === field) out = out.slice(0, s.start) + out.slice(s.start, s.end).replace(/[^\n]/g, ' ') + out.slice(s.end)
    return out
  }
  return { ...input, body: blank('body', input.body ?? ''), ...(input.lead ? { lead: blank('lead', input.lead) } : {}) }
}

export const insideWrongVersion = (f: Finding, spans: WrongVersion[]) => spans.some((s) => s.field === f.field && s.start <= f.start && f.end <= s.end)
