/**
 * Splits a plain-text article file: the first non-empty line is the title, the rest the body
 * (leading blank lines and trailing white space removed). A BOM is dropped and CRLF read as LF.
 */
export function parseArticleText(raw: string): { title: string; body: string } {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  const lines = text.split('\n')
  const titleIndex = lines.findIndex((line) => line.trim() !== '')
  if (titleIndex < 0) return { title: '', body: '' }
  const body = lines
    .slice(titleIndex + 1)
    .join('\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .trimEnd()
  return { title: lines[titleIndex].trim(), body }
}
