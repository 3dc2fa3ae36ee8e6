import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '@/utilities/plainTextToLexical'
import { reviewFindingsFor } from '@/workflow/reviewFindingsFor'

const item = {
  title: 'Layanan Baru',
  lead: 'Pemerintah kota membuka layanan baru.',
  body: plainTextToLexical('Layanan ini mantap jiwa.') as never,
  publishedAt: '2022-05-31T03:00:00Z',
}

describe('reviewFindingsFor (the approval gate)', () => {
  const previous = process.env.REVIEW_LEXICON_FILE
  afterEach(() => {
    process.env.REVIEW_LEXICON_FILE = previous
  })

  it('applies the office lexicon the editor panel uses', () => {
    process.env.REVIEW_LEXICON_FILE = ''
    expect(reviewFindingsFor(item).map((f) => f.excerpt)).not.toContain('mantap jiwa')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warta-lexicon-')), 'leksikon.json')
    fs.writeFileSync(file, JSON.stringify({ puffery: ['mantap jiwa'] }))
    process.env.REVIEW_LEXICON_FILE = file
    expect(reviewFindingsFor(item).map((f) => f.excerpt)).toContain('mantap jiwa')
  })
})
