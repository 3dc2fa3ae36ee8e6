import { afterAll, beforeAll, expect, it } from 'vitest'

import type { TestPayload } from '../helpers/startPayload'

import { createUnit, createUser, newsData } from '../helpers/fixtures'
import { type RestAnswer, type RestCall, restClient, tokenFor } from '../helpers/rest'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase } from '../helpers/testDatabase'
import { createDraft } from '../helpers/workflow'

import { importOfficialNames } from '@/review/registry/importOfficialNames'
import { parseRegistryFile } from '@/review/registry/parseRegistryFile'
import { forgetRegistry } from '@/review/registry/registryFromPayload'
import { plainTextToLexical } from '@/utilities/plainTextToLexical'
import { reviewFindingsFor } from '@/workflow/reviewFindingsFor'

/** Long made-up words from a fixed seed: each costs the dictionary's suggestion search its most. */
const madeUpWords = (count: number, seed: number): string[] =>
  Array.from({ length: count }, () => {
    let word = ''
    for (let i = 0; i < 24; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648
      word += 'abdeghiklmnoprstuy'[seed % 18]
    }
    return word
  })

describeWithDatabase('official names registry', () => {
  let t: TestPayload
  let rest: RestCall
  beforeAll(async () => {
    // The budget test below needs a budget it can spend (vitest.setup.ts raises it for other suites):
    // a second of review time a minute is spent by one or two of its ~1 s word checks, where the
    // production default (5 s) took five or more, about a minute on a loaded CI machine.
    process.env.REVIEW_WORK_MS_PER_MINUTE = '1000'
    t = await startPayload('official-names')
    rest = await restClient()
  })
  afterAll(async () => {
    await t?.stop()
  })

  it('admins and verifiers edit, writers only read; every change is audited', async () => {
    const admin = await createUser(t.payload, ['admin'])
    const verifier = await createUser(t.payload, ['verifier'])
    const unit = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [unit.id])
    const [adminToken, verifierToken, writerToken] = await Promise.all([admin, verifier, writer].map((u) => tokenFor(t.payload, u)))
    const body = { name: 'Hendra Wijaya', kind: 'person', variants: [{ value: 'Hendra Wijoyo' }] }

    expect((await rest('POST', '/official-names', { token: writerToken, body })).status).toBe(403)
    expect((await rest('POST', '/official-names', { body })).status).toBe(403)
    const created = await rest('POST', '/official-names', { token: verifierToken, body })
    expect(created.status).toBe(201)
    const id = created.json.doc.id

    const read = await rest('GET', `/official-names/${id}`, { token: writerToken })
    expect(read.status).toBe(200)
    expect(read.json.variants.map((v: { value: string }) => v.value)).toEqual(['Hendra Wijoyo'])
    expect((await rest('GET', `/official-names/${id}`)).status).toBe(403)
    expect((await rest('PATCH', `/official-names/${id}`, { token: writerToken, body: { note: 'x' } })).status).toBe(403)
    expect((await rest('DELETE', `/official-names/${id}`, { token: writerToken })).status).toBe(403)
    const unchanged = await t.payload.findByID({ collection: 'official-names', id, depth: 0 })
    expect(unchanged.note ?? null).toBeNull()

    const sameAsName = await rest('PATCH', `/official-names/${id}`, { token: adminToken, body: { variants: [{ value: 'hendra wijaya' }] } })
    expect(sameAsName.status).toBe(400)
    expect((await rest('PATCH', `/official-names/${id}`, { token: adminToken, body: { note: 'Wali Kota' } })).status).toBe(200)
    expect((await rest('DELETE', `/official-names/${id}`, { token: adminToken })).status).toBe(200)

    const { docs } = await t.payload.find({ collection: 'audit-log', where: { action: { like: 'official_name' } }, depth: 0, sort: 'createdAt' })
    expect(docs.map((d) => [d.action, d.actor])).toEqual([
      ['official_name_created', verifier.id],
      ['official_name_updated', admin.id],
      ['official_name_deleted', admin.id],
    ])
  })

  it('imports a CSV (existing names gain variants) and the approval gate uses the registry at once', async () => {
    const csv = 'nama,jenis,varian,catatan\nDinas Kesehatan,OPD,Dinkes Kota|Dinas Kesehatan Kotamadya,\nCamat Umbulharjo,jabatan,Camat Umbul Harjo,\n'
    const first = await importOfficialNames(t.payload, parseRegistryFile(csv, 'csv'))
    expect(first).toEqual({ created: 2, updated: 0, unchanged: 0 })
    const again = await importOfficialNames(t.payload, parseRegistryFile('nama,varian\nDinas Kesehatan,Dinkes Kota;Dinas Kesehatan Kodya\n', 'csv'))
    expect(again).toEqual({ created: 0, updated: 1, unchanged: 0 })
    const health = (await t.payload.find({ collection: 'official-names', where: { name: { equals: 'Dinas Kesehatan' } }, depth: 0 })).docs[0]
    expect(health.variants?.map((v) => v.value)).toEqual(['Dinkes Kota', 'Dinas Kesehatan Kotamadya', 'Dinas Kesehatan Kodya'])

    forgetRegistry()
    const unit = await createUnit(t.payload)
    const item = { ...newsData(unit.id), body: plainTextToLexical('Dinas Kesehatan Kodya membuka layanan baru di Camat Umbul Harjo.') as never }
    const findings = (await reviewFindingsFor(item, t.payload)).filter((f) => f.rule === 'official-name')
    expect(findings.map((f) => [f.excerpt, f.suggestion])).toEqual([
      ['Dinas Kesehatan Kodya', 'Dinas Kesehatan'],
      ['Camat Umbul Harjo', 'Camat Umbulharjo'],
    ])
  })

  it('answers the panel’s word check for logged-in staff only', async () => {
    const unit = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [unit.id])
    const token = await tokenFor(t.payload, writer)
    expect((await rest('POST', '/official-names/check-words', { body: { words: ['masyrakat'] } })).status).toBe(401)
    expect((await rest('POST', '/official-names/check-words', { token, body: { nope: 1 } })).status).toBe(400)
    const answer = await rest('POST', '/official-names/check-words', { token, body: { words: ['masyrakat', 'masyarakat'] } })
    expect(answer.status).toBe(200)
    if (answer.json.dictionary) expect(answer.json.unknown).toEqual({ masyrakat: 'masyarakat' })
    else expect(answer.json.unknown).toEqual({})
  })

  it('answers a word check of 2,000 words, 1,999 of them long and made up, each unknown, within its dictionary budget', async () => {
    // Unbounded, each such word cost ~10^5 dictionary tests: this request held the server for minutes.
    const unit = await createUnit(t.payload)
    const writer = await createUser(t.payload, ['writer'], [unit.id])
    const token = await tokenFor(t.payload, writer)
    const words = madeUpWords(1999, 11)
    const answer = await rest('POST', '/official-names/check-words', { token, body: { words: ['masyrakat', ...words] } })
    expect(answer.status).toBe(200)
    if (!answer.json.dictionary) return expect(answer.json.unknown).toEqual({})
    // The real slip comes first and is still answered with its suggestion.
    expect(answer.json.unknown.masyrakat).toBe('masyarakat')
    expect(words.every((w) => w in answer.json.unknown)).toBe(true)
  }, 60_000)

  it('bounds one account’s review time: word checks and the approval gate answer 429 once it is spent, other accounts go on', async () => {
    // Each of these requests holds the event loop for about a second; a flood of them from one
    // logged-in account used to stall the whole instance.
    const unit = await createUnit(t.payload)
    const [flooder, colleague] = await Promise.all([createUser(t.payload, ['writer'], [unit.id]), createUser(t.payload, ['writer'], [unit.id])])
    const [flooderToken, colleagueToken] = await Promise.all([tokenFor(t.payload, flooder), tokenFor(t.payload, colleague)])
    const probe = await rest('POST', '/official-names/check-words', { token: flooderToken, body: { words: ['masyrakat'] } })
    expect(probe.json.dictionary, 'the word check needs hunspell-id (apt-get install hunspell-id)').toBe(true)

    // Written before the flood, so the refused submit follows the refusal at once: the bucket drains
    // while other requests run, and could fall back under its limit in between.
    const draft = await createDraft(t.payload, flooder, unit.id)
    let refused: RestAnswer | undefined
    let answered = 0
    for (let round = 0; round < 20 && !refused; round++) {
      const answer = await rest('POST', '/official-names/check-words', { token: flooderToken, body: { words: madeUpWords(1999, 100 + round) } })
      if (answer.status === 429) refused = answer
      else {
        expect(answer.status).toBe(200)
        answered++
      }
    }
    expect(refused, 'the flood was never refused').toBeDefined()
    expect(answered).toBeGreaterThanOrEqual(1)
    const retryAfter = Number(refused?.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(refused?.json.errors[0].message).toBe(`Terlalu banyak pemeriksaan naskah dari akun Anda dalam waktu singkat. Coba lagi dalam ${retryAfter} detik.`)

    // The gate shares the budget: the flooder's submit is refused and changes nothing.
    const submit = await rest('POST', `/news/${draft.id}/transition`, { token: flooderToken, body: { action: 'submit' } })
    expect(submit.status).toBe(429)
    expect(Number(submit.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    expect((await t.payload.findByID({ collection: 'news', id: draft.id, draft: true, depth: 0 })).workflowState).toBe('draft')
    expect((await t.payload.find({ collection: 'audit-log', where: { news: { equals: draft.id } }, depth: 0 })).totalDocs).toBe(0)

    // Another account of the same OPD is not affected.
    expect((await rest('POST', '/official-names/check-words', { token: colleagueToken, body: { words: ['masyrakat'] } })).status).toBe(200)
    const theirs = await createDraft(t.payload, colleague, unit.id)
    expect((await rest('POST', `/news/${theirs.id}/transition`, { token: colleagueToken, body: { action: 'submit' } })).status).toBe(200)
  }, 120_000)
})
