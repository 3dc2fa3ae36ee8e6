import type { DocumentViewServerProps } from 'payload'

import Link from 'next/link'

import type { AuditLog, News, User } from '@/payload-types'

import { auditActionLabel, workflowStateLabel } from '@/i18n/labels'
import { formatDateTime } from '@/utilities/formatDateTime'

import { lastReviewedBefore, type VersionStamp } from './lastReviewedBefore'

const LIMIT = 50
// A workflow action and the version it saves are written in the same request: within a few seconds.
const SAME_MOMENT_MS = 5000

const nameOf = (user: unknown): null | string => (typeof user === 'object' && user && 'name' in user ? String((user as User).name) : null)

/**
 * "Riwayat versi" of a news item: each version with its workflow state, who made it and which
 * workflow step it belongs to; "Bandingkan" opens Payload's comparison against the last version a
 * verifier reviewed (not merely the previous save). Replaces Payload's list of undifferentiated
 * "Draf" rows.
 */
export async function NewsVersions({ doc, payload, user }: DocumentViewServerProps) {
  const id = (doc as Partial<News> | undefined)?.id
  if (!id) return null
  const [versions, audit] = await Promise.all([
    payload.findVersions({
      collection: 'news',
      where: { parent: { equals: id } },
      sort: '-updatedAt',
      limit: LIMIT,
      depth: 1,
      overrideAccess: false,
      user,
      select: { updatedAt: true, version: { workflowState: true, lastContentEditBy: true, title: true } },
      populate: { users: { name: true } },
    }),
    payload.find({
      collection: 'audit-log',
      where: { news: { equals: id } },
      sort: '-createdAt',
      limit: 200,
      depth: 1,
      overrideAccess: true,
      select: { action: true, actor: true, actorEmail: true, createdAt: true, comment: true },
      populate: { users: { name: true } },
    }),
  ])
  const stamps: VersionStamp[] = versions.docs.map((version) => ({
    id: version.id,
    updatedAt: version.updatedAt,
    state: (version.version as Partial<News>).workflowState ?? null,
  }))
  const events = audit.docs as AuditLog[]
  const eventAt = (time: string): AuditLog | undefined =>
    events.find((entry) => Math.abs(new Date(entry.createdAt).getTime() - new Date(time).getTime()) <= SAME_MOMENT_MS)
  const base = `/admin/collections/news/${encodeURIComponent(String(id))}/versions`
  return (
    <div className="gutter--left gutter--right warta-versions" data-testid="news-versions">
      <h2>Riwayat versi</h2>
      <p>
        Setiap simpanan berita menjadi satu versi. “Bandingkan” menampilkan perubahan sejak versi terakhir yang ditinjau verifikator
        (isi lebih dulu).
      </p>
      {versions.totalDocs > LIMIT ? (
        <p className="field-description">
          Menampilkan {LIMIT} versi terbaru dari {versions.totalDocs}.
        </p>
      ) : null}
      <div className="warta-table-scroll">
        <table className="warta-table">
          <thead>
            <tr>
              <th scope="col">Waktu</th>
              <th scope="col">Status</th>
              <th scope="col">Oleh</th>
              <th scope="col">Peristiwa</th>
              <th scope="col">Bandingkan</th>
            </tr>
          </thead>
          <tbody>
            {versions.docs.map((version, index) => {
              const content = version.version as Partial<News>
              const event = eventAt(version.updatedAt)
              const author = nameOf(event?.actor) ?? event?.actorEmail ?? nameOf(content.lastContentEditBy) ?? '—'
              const from = lastReviewedBefore(stamps, index)
              const href = `${base}/${encodeURIComponent(String(version.id))}${from ? `?versionFrom=${encodeURIComponent(String(from.id))}` : ''}`
              return (
                <tr data-state={content.workflowState ?? ''} key={version.id}>
                  <td>{formatDateTime(version.updatedAt)}</td>
                  <td>
                    <strong>{workflowStateLabel(content.workflowState ?? 'draft')}</strong>
                    {index === 0 ? ' (terbaru)' : null}
                  </td>
                  <td>{author}</td>
                  <td>
                    {event ? auditActionLabel(event.action) : 'Disimpan'}
                    {event?.comment ? <em> “{event.comment}”</em> : null}
                  </td>
                  <td>
                    <Link href={href}>
                      {from ? `Bandingkan dengan ${formatDateTime(from.updatedAt)} (${workflowStateLabel(from.state ?? 'draft')})` : 'Lihat versi'}
                    </Link>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
    </div>
  )
}
