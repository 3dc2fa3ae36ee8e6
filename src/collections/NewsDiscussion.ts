import type { Access, CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { APIError } from 'payload'

import type { News, NewsDiscussion as Message, User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'
import { nobody } from '@/access/nobody'
import { writeAuditEntry } from '@/workflow/writeAuditEntry'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

const isDesk = (user: unknown) => checkRole(['admin', 'verifier'], user as Partial<User>)

/** The desk reads every thread; a writer reads the threads of their OPDs' items. */
const readThread: Access = ({ req: { user } }) => {
  if (!user || user.collection !== 'users') return false
  if (isDesk(user)) return true
  return { unit: { in: userUnitIds(user as User) } }
}

const staff: Access = ({ req: { user } }) => Boolean(user && user.collection === 'users')

/** The item must exist and be in the writer's OPD (the desk may join any thread); author and unit come from the server. */
const bindToItem: CollectionBeforeChangeHook<Message> = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const user = req.user as null | User
  const item = (await req.payload
    .findByID({ collection: 'news', id: idOf(data.news), draft: true, depth: 0, overrideAccess: true, req, disableErrors: true })
    .catch(() => null)) as News | null
  if (!item) throw new APIError('Berita untuk diskusi ini tidak ditemukan.', 404, undefined, true)
  if (!isDesk(user) && !userUnitIds(user).map(String).includes(idOf(item.unit))) {
    throw new APIError('Berita ini milik OPD lain; Anda hanya dapat berdiskusi tentang berita OPD Anda.', 403, undefined, true)
  }
  const unit = typeof item.unit === 'object' && item.unit !== null ? item.unit.id : item.unit
  return { ...data, news: item.id, unit, author: user?.id ?? null }
}

/** Every message is audited and e-mailed: a writer's to the desk, the desk's to the item's authors. */
const auditAndNotify: CollectionAfterChangeHook<Message> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const user = req.user as null | User
  const newsId = idOf(doc.news)
  await writeAuditEntry(req, {
    actor: user?.id ?? null,
    actorEmail: user?.email ?? null,
    action: 'discussion',
    news: Number.isNaN(Number(newsId)) ? (newsId as unknown as number) : Number(newsId),
    comment: doc.body,
  })
  if (!req.context.skipNotifications) {
    await req.payload.jobs.queue({
      task: 'sendNotification',
      input: { newsId, action: 'discussion', audience: isDesk(user) ? 'authors' : 'verifiers', comment: doc.body },
      req,
    })
  }
  return doc
}

/**
 * Per-item discussion between the writer and the desk (issue 10): append-only messages,
 * scoped to the item's OPD plus verifiers, audited, with an Indonesian e-mail notification.
 */
export const NewsDiscussion: CollectionConfig = {
  slug: 'news-discussion',
  labels: { singular: 'Diskusi berita', plural: 'Diskusi berita' },
  admin: { hidden: true, useAsTitle: 'body', defaultColumns: ['createdAt', 'author', 'news', 'body'] },
  access: { read: readThread, create: staff, update: nobody, delete: nobody },
  hooks: { beforeChange: [bindToItem], afterChange: [auditAndNotify] },
  fields: [
    { name: 'news', label: 'Berita', type: 'relationship', relationTo: 'news', required: true, index: true },
    { name: 'body', label: 'Pesan', type: 'textarea', required: true, maxLength: 4000 },
    { name: 'unit', label: 'OPD', type: 'relationship', relationTo: 'units', index: true, admin: { readOnly: true } },
    { name: 'author', label: 'Penulis pesan', type: 'relationship', relationTo: 'users', admin: { readOnly: true } },
  ],
}
