import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

const text = (t: string) => ({ type: 'text', text: t, format: 0, version: 1 })

describe('lexicalToPlainText', () => {
  it('joins paragraphs, headings, quotes and list items with blank lines', () => {
    const state = {
      root: {
        type: 'root',
        children: [
          { type: 'heading', tag: 'h2', children: [text('Pasar Kranggan')] },
          { type: 'paragraph', children: [text('Pasar dibuka '), { type: 'text', text: 'Senin (30/5)', format: 1 }, text('.')] },
          { type: 'quote', children: [text('"Kami siap," kata Lurah.')] },
          {
            type: 'list',
            listType: 'bullet',
            children: [
              { type: 'listitem', children: [text('Los daging')] },
              {
                type: 'listitem',
                children: [text('Los sayur'), { type: 'list', children: [{ type: 'listitem', children: [text('Sayur organik')] }] }],
              },
            ],
          },
          { type: 'paragraph', children: [] },
          { type: 'upload', value: 1 },
          { type: 'paragraph', children: [text('Baris satu'), { type: 'linebreak' }, text('baris dua'), { type: 'link', children: [text(' tautan')] }] },
        ],
      },
    }
    expect(lexicalToPlainText(state)).toBe(
      'Pasar Kranggan\n\nPasar dibuka Senin (30/5).\n\n"Kami siap," kata Lurah.\n\nLos daging\n\nLos sayur\n\nSayur organik\n\nBaris satu\nbaris dua tautan',
    )
  })

  it('returns an empty string for empty or malformed input and passes strings through', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText(undefined)).toBe('')
    expect(lexicalToPlainText({ root: { children: 'x' } })).toBe('')
    expect(lexicalToPlainText(42)).toBe('')
    expect(lexicalToPlainText('teks biasa')).toBe('teks biasa')
  })
})
