import type { Payload, Where } from 'payload'

import type { AuditLog, News, Syndication, Unit, User } from '@/payload-types'

import { newsItemHref, newsListHref } from './queueLinks'

/** One line of a queue card: the item, a short meta line, and where it leads. */
export interface QueueRow {
  id: number | string
  title: string
  href: string
  meta: string[]
  /** ISO time the line is about (waiting since, scheduled for, published at). */
  at?: null | string
  note?: null | string
}

export interface QueueCard {
  id: string
  title: string
  count: number
  /** Where "Lihat semua" leads; absent when the rows are the whole story. */
  href?: string
  empty: string
  rows: QueueRow[]
  /** How `at` reads: waiting age, a future time, or a past time. */
  timeKind: 'age' | 'at'
  tone?: 'alert' | 'normal'
}

const ROWS = 5
const unitName = (unit: News['unit']): null | string =>
  typeof unit === 'object' && unit ? ((unit as Unit).shortName ?? (unit as Unit).name ?? null) : null

interface Scope {
  payload: Payload
  user: User
}

/** A queue of news items in one workflow state, read with the user's own access (writers: their OPD). */
export const newsQueue = async (
  { payload, user }: Scope,
  options: { id: string; title: string; state: string; sort: string; empty: string; timeField: keyof News; timeKind: 'age' | 'at'; where?: Where },
): Promise<QueueCard> => {
  const where: Where = { and: [{ workflowState: { equals: options.state } }, ...(options.where ? [options.where] : [])] }
  const result = await payload.find({
    collection: 'news',
    where,
    sort: options.sort,
    limit: ROWS,
    depth: 1,
    draft: true,
    overrideAccess: false,
    user,
    select: { title: true, unit: true, updatedAt: true, publishAt: true, publishedAt: true, workflowState: true },
    populate: { units: { shortName: true, name: true } },
  })
  return {
    id: options.id,
    title: options.title,
    count: result.totalDocs,
    href: newsListHref(options.state, options.sort),
    empty: options.empty,
    timeKind: options.timeKind,
    rows: (result.docs as News[]).map((doc) => ({
      id: doc.id,
      title: doc.title || '(tanpa judul)',
      href: newsItemHref(doc.id),
      meta: [unitName(doc.unit)].filter((value): value is string => Boolean(value)),
      at: (doc[options.timeField] as null | string | undefined) ?? null,
    })),
  }
}

/**
 * Drafts sent back by a verifier: the latest "Minta perubahan" per item the user may read, while
 * the item is still a draft. Writers cannot read the audit log, so the entries are read with
 * override but only for items the user's own access returned.
 */
export const returnedQueue = async ({ payload, user }: Scope): Promise<QueueCard> => {
  const drafts = await payload.find({
    collection: 'news',
    where: { workflowState: { equals: 'draft' } },
    sort: '-updatedAt',
    limit: 200,
    depth: 1,
    draft: true,
    overrideAccess: false,
    user,
    pagination: false,
    select: { title: true, unit: true, updatedAt: true },
    populate: { units: { shortName: true, name: true } },
  })
  const byId = new Map((drafts.docs as News[]).map((doc) => [String(doc.id), doc]))
  const rows: QueueRow[] = []
  if (byId.size > 0) {
    const entries = await payload.find({
      collection: 'audit-log',
      where: { and: [{ news: { in: [...byId.keys()] } }, { action: { in: ['request_changes', 'submit'] } }] },
      sort: '-createdAt',
      limit: 400,
      depth: 1,
      overrideAccess: true,
      pagination: false,
      select: { news: true, action: true, comment: true, actor: true, createdAt: true },
      populate: { users: { name: true } },
    })
    const seen = new Set<string>()
    for (const entry of entries.docs as AuditLog[]) {
      const newsId = String(typeof entry.news === 'object' && entry.news ? entry.news.id : entry.news)
      if (seen.has(newsId)) continue
      seen.add(newsId)
      const doc = byId.get(newsId)
      // A later submission means the request was answered (the item went back to review since).
      if (!doc || entry.action !== 'request_changes') continue
      const actor = typeof entry.actor === 'object' && entry.actor ? entry.actor.name : null
      rows.push({
        id: doc.id,
        title: doc.title || '(tanpa judul)',
        href: newsItemHref(doc.id),
        meta: [unitName(doc.unit), actor ? `diminta oleh ${actor}` : null].filter((value): value is string => Boolean(value)),
        at: entry.createdAt,
        note: entry.comment ?? null,
      })
    }
  }
  return {
    id: 'returned',
    title: 'Dikembalikan dengan catatan',
    count: rows.length,
    empty: 'Tidak ada berita yang dikembalikan.',
    timeKind: 'age',
    tone: rows.length > 0 ? 'alert' : 'normal',
    rows: rows.slice(0, ROWS),
  }
}

/** Failed or stuck syndications (any channel); verifiers reach them through the item's Distribusi tab. */
export const failedSyndicationQueue = async ({ payload }: Scope, isAdmin: boolean): Promise<QueueCard> => {
  const where: Where = { or: [{ state: { equals: 'failed' } }, { needsManualAction: { equals: true } }] }
  const result = await payload.find({
    collection: 'syndications',
    where,
    sort: '-updatedAt',
    limit: ROWS,
    depth: 1,
    overrideAccess: true,
    select: { news: true, channel: true, state: true, lastError: true, manualActionReason: true, updatedAt: true },
    populate: { news: { title: true } },
  })
  const channelNames: Record<string, string> = { portal: 'Portal', instagram: 'Instagram', youtube: 'YouTube' }
  return {
    id: 'failed-syndications',
    title: 'Distribusi gagal',
    count: result.totalDocs,
    href: isAdmin ? '/admin/collections/syndications?where[state][equals]=failed&sort=-updatedAt' : undefined,
    empty: 'Semua distribusi berjalan baik.',
    timeKind: 'age',
    tone: result.totalDocs > 0 ? 'alert' : 'normal',
    rows: (result.docs as Syndication[]).map((doc) => {
      const news = typeof doc.news === 'object' && doc.news ? doc.news : null
      const newsId = news ? news.id : doc.news
      return {
        id: doc.id,
        title: news?.title ?? `Berita #${String(newsId)}`,
        href: `${newsItemHref(newsId as number | string)}#distribusi`,
        meta: [channelNames[doc.channel] ?? doc.channel],
        at: doc.updatedAt,
        note: doc.manualActionReason || doc.lastError || null,
      }
    }),
  }
}
