import type { ArticleField, Finding, Severity } from './types'

const FIELD_LABELS: Record<ArticleField, string> = { title: 'judul', lead: 'teras', body: 'isi' }
const SECTIONS: { severity: Severity; label: string }[] = [
  { severity: 'error', label: 'GALAT — wajib diperbaiki atau diberi alasan sebelum disetujui' },
  { severity: 'warning', label: 'PERINGATAN — sebaiknya diperbaiki' },
  { severity: 'info', label: 'CATATAN — untuk diperhatikan' },
]

function lineOf(text: string, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === '\n') line++
  return line
}

/** A readable Indonesian report of findings, as the CLI prints it. */
export function formatReport(
  findings: readonly Finding[],
  article: { title: string; lead?: string | null; body: string },
  publishedAt?: string,
): string {
  const lines: string[] = [`Pemeriksaan berita: "${article.title}"`]
  if (publishedAt) lines.push(`Tanggal terbit acuan: ${publishedAt}`)
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length
  if (findings.length === 0) {
    lines.push('', 'Tidak ada temuan.')
    return lines.join('\n') + '\n'
  }
  lines.push(`${count('error')} galat, ${count('warning')} peringatan, ${count('info')} catatan.`)
  for (const { severity, label } of SECTIONS) {
    const group = findings.filter((f) => f.severity === severity)
    if (group.length === 0) continue
    lines.push('', label)
    for (const f of group) {
      const text = f.field === 'title' ? article.title : f.field === 'lead' ? (article.lead ?? '') : article.body
      const where = f.field === 'title' ? 'judul' : `${FIELD_LABELS[f.field]}, baris ${lineOf(text, f.start)}`
      lines.push(`  • [${where}] ${f.rule} (${f.category === 'accuracy' ? 'akurasi' : 'netralitas'}): "${f.excerpt}"`)
      lines.push(`    ${f.message}`)
      if (f.suggestion) lines.push(`    Saran: "${f.suggestion}"`)
    }
  }
  return lines.join('\n') + '\n'
}
