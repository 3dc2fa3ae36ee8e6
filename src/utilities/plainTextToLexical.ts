import type { News } from '@/payload-types'

/** Lexical editor state from plain text: paragraphs separated by blank lines (seeds, imports). */
export const plainTextToLexical = (text: string): News['body'] => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: text
      .split(/\n\s*\n/)
      .map((paragraph) => paragraph.trim())
      .filter(Boolean)
      .map((paragraph) => ({
        type: 'paragraph',
        format: '',
        indent: 0,
        version: 1,
        direction: 'ltr',
        textFormat: 0,
        textStyle: '',
        children: [{ type: 'text', text: paragraph, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
      })),
  },
})
