import type { Payload } from 'payload'

import { afterAll, beforeAll, expect, it, vi } from 'vitest'

import type { User } from '@/payload-types'

import type { TestPayload } from '../helpers/startPayload'

import { createCategory, createUnit, createUser, newsData } from '../helpers/fixtures'
import { startPayload } from '../helpers/startPayload'
import { describeWithDatabase, testDatabaseKind } from '../helpers/testDatabase'

vi.mock('server-only', () => ({}))

const { portalQueries } = await import('@/data/portalQueries')
const { archiveSearch, ensureSearchIndex } = await import('@/search')
const { plainTextToLexical } = await import('@/utilities/plainTextToLexical')

const TRUSTED = { disableRevalidate: true, skipSyndication: true, trusted: true }

type Segments = { text: string; match: boolean }[]
const marked = (segments: Segments) => segments.filter((s) => s.match).map((s) => s.text)
const plain = (segments: Segments) => segments.map((s) => s.text).join('')

describeWithDatabase('archive search', () => {
  let t: TestPayload
  let payload: Payload
  let admin: User
  let unitId: number

  const publish = (title: string, lead: string, body: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'news',
      context: TRUSTED,
      user: admin,
      data: {
        ...newsData(unitId, title),
        lead,
        body: plainTextToLexical(body),
        workflowState: 'published',
        _status: 'published',
        publishedAt: new Date().toISOString(),
        ...extra,
      } as never,
    })
  const search = (q: string, page = 1, limit = 10) => portalQueries.search(payload, q, page, limit)
  const titles = async (q: string) => (await search(q)).docs.map((doc) => doc.title)

  beforeAll(async () => {
    t = await startPayload('archive-search')
    payload = t.payload
    unitId = (await createUnit(payload, 'Dinas Pencarian Uji')).id
    admin = await createUser(payload, ['admin'])
    await publish('Pasar Murah di Kecamatan Umbulharjo', 'Warga antre sejak pagi.', 'Harga beras dan minyak goreng lebih rendah.')
    await publish('Rapat Koordinasi Anggaran', 'Pembahasan anggaran tahun depan.', 'Salah satu usulan adalah pasar murah keliling setiap bulan.')
    await publish('Kafé Literasi Dibuka di Perpustakaan Kota', 'Ruang baca baru untuk pelajar.', 'Kafe ini buka setiap hari.')
    await publish('Banjir Surut, Warga Kembali ke Rumah', 'Petugas membersihkan lumpur.', 'Banjirnya mencapai satu meter pada Senin malam.')
    await publish('Pengumuman Internal Rapat Pegawai', 'Rapat pegawai hari Jumat.', 'Khusus pegawai pasar murah internal.', { visibility: 'internal' })
    await payload.create({
      collection: 'news',
      context: TRUSTED,
      user: admin,
      data: { ...newsData(unitId, 'Draf Pasar Murah Rahasia'), lead: 'Belum terbit.' } as never,
    })
    for (let i = 1; i <= 12; i++) await publish(`Posyandu Balita Kelurahan ${i}`, `Kegiatan posyandu ke-${i}.`, 'Imunisasi dan penimbangan.')
    const category = await createCategory(payload, 'Kesehatan Uji')
    await publish('Posyandu Lansia Berkategori', 'Kegiatan posyandu lansia.', 'Pemeriksaan tekanan darah.', { category: category.id })
  })

  afterAll(async () => {
    await t?.stop()
  })

  it('ranks a title match above a body-only match and marks the matched words', async () => {
    const result = await search('pasar murah')
    expect(result.docs.map((doc) => doc.title)).toEqual(['Pasar Murah di Kecamatan Umbulharjo', 'Rapat Koordinasi Anggaran'])
    const [first, second] = result.docs
    expect(marked(first!.highlight.title)).toEqual(['Pasar', 'Murah'])
    expect(plain(first!.highlight.title)).toBe('Pasar Murah di Kecamatan Umbulharjo')
    // The body-only hit shows the body passage around its match, not the unrelated lead.
    expect(plain(second!.highlight.snippet)).toContain('pasar murah keliling')
    expect(marked(second!.highlight.snippet)).toEqual(['pasar', 'murah'])
    // Hits carry what the list needs (OPD populated), and nothing staff-only.
    expect((first!.unit as { shortName?: string }).shortName).toBeTruthy()
    expect(JSON.stringify(result.docs)).not.toMatch(/checklist|reviewFindings|approval/)
  })

  it('ignores case and accents and matches word prefixes (Indonesian suffixes)', async () => {
    expect(await titles('KAFE')).toEqual(['Kafé Literasi Dibuka di Perpustakaan Kota'])
    expect(await titles('banjir')).toEqual(['Banjir Surut, Warga Kembali ke Rumah'])
    const hit = (await search('banjir')).docs[0]!
    expect(marked(hit.highlight.snippet)).toContain('Banjirnya')
    if (testDatabaseKind === 'sqlite') expect(await titles('perpus')).toEqual(['Kafé Literasi Dibuka di Perpustakaan Kota'])
  })

  it('pages through results and reports an out-of-range page as empty with the real totals', async () => {
    const first = await search('posyandu balita', 1, 5)
    expect(first.totalDocs).toBe(12)
    expect(first.totalPages).toBe(3)
    const last = await search('posyandu balita', 3, 5)
    expect(last.docs).toHaveLength(2)
    const seen = new Set([...first.docs, ...(await search('posyandu balita', 2, 5)).docs, ...last.docs].map((doc) => doc.id))
    expect(seen.size).toBe(12)
    const beyond = await search('posyandu balita', 4, 5)
    expect(beyond.docs).toHaveLength(0)
    expect(beyond.totalPages).toBe(3)
  })

  it("shows a hit's date, OPD and category exactly as the portal's public find reads them", async () => {
    const result = await search('posyandu', 1, 20)
    expect(result.docs).toHaveLength(13)
    const ids = result.docs.map((doc) => doc.id)
    const anonymous = await payload.find({
      collection: 'news',
      overrideAccess: false,
      draft: false,
      depth: 1,
      pagination: false,
      where: { id: { in: ids } },
      select: { title: true, slug: true, publishedAt: true, firstPublishedAt: true, unit: true, category: true },
      populate: { units: { shortName: true, slug: true }, categories: { name: true, slug: true } },
    })
    type Relation = { id: unknown; shortName?: unknown; name?: unknown; slug?: unknown } | null | undefined
    const relation = (value: unknown, label: 'shortName' | 'name') => {
      const r = value as Relation
      return r && typeof r === 'object' ? { id: r.id, [label]: r[label], slug: r.slug } : null
    }
    const shown = (doc: Record<string, unknown>) => ({
      id: doc.id,
      title: doc.title,
      slug: doc.slug,
      publishedAt: doc.publishedAt,
      firstPublishedAt: doc.firstPublishedAt ?? null,
      unit: relation(doc.unit, 'shortName'),
      category: relation(doc.category, 'name'),
    })
    const byId = new Map(anonymous.docs.map((doc) => [doc.id, shown(doc as unknown as Record<string, unknown>)]))
    expect(result.docs.map((doc) => shown(doc as unknown as Record<string, unknown>))).toEqual(ids.map((id) => byId.get(id)))
    expect(result.docs.filter((doc) => doc.category).map((doc) => doc.title)).toEqual(['Posyandu Lansia Berkategori'])
  })

  it('never finds internal items or drafts, and survives operator characters', async () => {
    expect(await titles('pegawai')).toEqual([])
    expect(await titles('rahasia')).toEqual([])
    for (const q of ['"', 'pasar OR', '* NEAR(', 'murah"*', '%', '-pasar', 'pasar AND NOT']) {
      await expect(search(q)).resolves.toBeTruthy()
    }
    expect((await search('%')).totalDocs).toBe(0)
  })

  it('follows the live document: a draft edit is not searchable, a correction is, a retraction removes the item', async () => {
    const item = (await payload.find({ collection: 'news', where: { title: { equals: 'Rapat Koordinasi Anggaran' } } })).docs[0]!
    await payload.update({ collection: 'news', id: item.id, draft: true, context: TRUSTED, user: admin, data: { title: 'Rapat Anggaran Draf Zebra' } as never })
    expect(await titles('zebra')).toEqual([])
    expect(await titles('koordinasi')).toEqual(['Rapat Koordinasi Anggaran'])
    // A correction republishes the main document.
    await payload.update({ collection: 'news', id: item.id, context: TRUSTED, user: admin, data: { title: 'Rapat Koordinasi Anggaran Terkoreksi', _status: 'published' } as never })
    expect(await titles('terkoreksi')).toEqual(['Rapat Koordinasi Anggaran Terkoreksi'])
    await payload.update({
      collection: 'news',
      id: item.id,
      context: TRUSTED,
      user: admin,
      data: { workflowState: 'retracted', retraction: { reason: 'Keliru.', retractedAt: new Date().toISOString() } } as never,
    })
    expect(await titles('koordinasi')).toEqual([])
    await payload.delete({ collection: 'news', where: { title: { like: 'Kafé Literasi' } }, context: TRUSTED })
    expect(await titles('kafe')).toEqual([])
  })

  it.skipIf(testDatabaseKind !== 'sqlite')('ranks in its worker thread exactly as on the main thread', async () => {
    const { createSqliteSearch } = await import('@/search/sqliteSearch')
    const warn = vi.spyOn(payload.logger, 'warn')
    process.env.ARCHIVE_SEARCH_WORKER = 'off'
    const mainThread = createSqliteSearch(payload)
    delete process.env.ARCHIVE_SEARCH_WORKER
    const worker = createSqliteSearch(payload)
    const queries: Array<[string[], number, number]> = [
      [['posyandu'], 1, 5],
      [['posyandu'], 3, 5],
      [['posyandu'], 4, 5],
      [['pasar', 'murah'], 1, 10],
      [['ban'], 1, 10],
      [['tidakadasamasekali'], 1, 10],
    ]
    for (const [terms, page, limit] of queries) {
      expect(await worker.search(terms, { page, limit }), terms.join(' ')).toEqual(await mainThread.search(terms, { page, limit }))
    }
    // The worker answered (a failed one would have said so and left the ranking to this thread).
    expect(warn.mock.calls.filter((call) => String(call[0]).includes('search worker'))).toEqual([])
    warn.mockRestore()
  })

  it.skipIf(testDatabaseKind !== 'sqlite')('rebuilds a missing or stale index at boot', async () => {
    const db = (payload.db as unknown as { drizzle: { run: (q: unknown) => Promise<unknown> } }).drizzle
    const { sql } = await import('@payloadcms/db-sqlite/drizzle')
    await db.run(sql.raw('DELETE FROM news_search'))
    expect(await titles('umbulharjo')).toEqual([])
    await ensureSearchIndex(payload)
    expect(await titles('umbulharjo')).toEqual(['Pasar Murah di Kecamatan Umbulharjo'])
    await db.run(sql.raw('DROP TABLE news_search'))
    expect((await archiveSearch(payload).ensure()).rebuilt).toBe(true)
    expect(await titles('umbulharjo')).toEqual(['Pasar Murah di Kecamatan Umbulharjo'])
  })
})
