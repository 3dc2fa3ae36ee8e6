import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { plainTextToLexical } from '@/utilities/plainTextToLexical'
import { forgetRegistry } from '@/review/registry/registryFromPayload'
import { reviewFindingsFor } from '@/workflow/reviewFindingsFor'

const item = {
  title: 'Layanan Baru',
  lead: 'Pemerintah kota membuka layanan baru.',
  body: plainTextToLexical('Layanan ini mantap jiwa.') as never,
  publishedAt: '2022-05-31T03:00:00Z',
}

/** A Payload stand-in whose official-names collection holds the given documents. */
const payloadWith = (docs: unknown[]) => ({ find: async () => ({ docs }) }) as unknown as Payload

describe('reviewFindingsFor (the approval gate)', () => {
  const previous = process.env.REVIEW_LEXICON_FILE
  beforeEach(() => forgetRegistry())
  afterEach(() => {
    // Assigning undefined to process.env would store the string "undefined" for later files.
    if (previous === undefined) delete process.env.REVIEW_LEXICON_FILE
    else process.env.REVIEW_LEXICON_FILE = previous
  })

  it('applies the office lexicon the editor panel uses', async () => {
    process.env.REVIEW_LEXICON_FILE = ''
    expect((await reviewFindingsFor(item, payloadWith([]))).map((f) => f.excerpt)).not.toContain('mantap jiwa')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'warta-lexicon-')), 'leksikon.json')
    fs.writeFileSync(file, JSON.stringify({ puffery: ['mantap jiwa'] }))
    process.env.REVIEW_LEXICON_FILE = file
    expect((await reviewFindingsFor(item, payloadWith([]))).map((f) => f.excerpt)).toContain('mantap jiwa')
  })

  it('applies the official names registry live', async () => {
    process.env.REVIEW_LEXICON_FILE = ''
    const walikota = { ...item, body: plainTextToLexical('Walikota membuka layanan baru di Balai Kota.') as never }
    const registry = [{ name: 'Wali Kota', kind: 'position', variants: [{ value: 'Walikota' }] }]
    const findings = await reviewFindingsFor(walikota, payloadWith(registry))
    expect(findings.some((f) => f.rule === 'preferred-spelling' || f.rule === 'official-name')).toBe(true)
    forgetRegistry()
    const layanan = { ...item, body: plainTextToLexical('Layanan Kominfo Kota dibuka.') as never }
    const custom = [{ name: 'Diskominfosan', kind: 'unit', variants: [{ value: 'Kominfo Kota' }] }]
    const found = (await reviewFindingsFor(layanan, payloadWith(custom))).filter((f) => f.rule === 'official-name')
    expect(found.map((f) => [f.excerpt, f.suggestion])).toEqual([['Kominfo Kota', 'Diskominfosan']])
  })
})
