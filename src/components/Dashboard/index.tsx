import type { ServerProps } from 'payload'

import type { User } from '@/payload-types'

import Link from 'next/link'

import { checkRole } from '@/access/utilities'
import { formatDateTime } from '@/utilities/formatDateTime'

import type { QueueCard } from './workQueue'

import { channelHealth, lockedAccounts } from './adminHealth'
import { QueueCardView } from './QueueCardView'
import { auditListHref } from './queueLinks'
import { failedSyndicationQueue, newsQueue, returnedQueue } from './workQueue'

const writerCards = (scope: { payload: ServerProps['payload']; user: User }): Promise<QueueCard>[] => [
  returnedQueue(scope),
  newsQueue(scope, { id: 'drafts', title: 'Draf', state: 'draft', sort: '-updatedAt', empty: 'Tidak ada draf.', timeField: 'updatedAt', timeKind: 'age' }),
  newsQueue(scope, { id: 'in-review', title: 'Sedang ditinjau', state: 'in_review', sort: 'updatedAt', empty: 'Tidak ada berita yang menunggu tinjauan.', timeField: 'updatedAt', timeKind: 'age' }),
  newsQueue(scope, { id: 'scheduled', title: 'Terjadwal', state: 'scheduled', sort: 'publishAt', empty: 'Tidak ada jadwal terbit.', timeField: 'publishAt', timeKind: 'at' }),
  newsQueue(scope, { id: 'published', title: 'Baru terbit', state: 'published', sort: '-publishedAt', empty: 'Belum ada berita yang terbit.', timeField: 'publishedAt', timeKind: 'at' }),
]

const deskCards = (scope: { payload: ServerProps['payload']; user: User }, isAdmin: boolean): Promise<QueueCard>[] => [
  newsQueue(scope, { id: 'in-review', title: 'Menunggu tinjauan (terlama dulu)', state: 'in_review', sort: 'updatedAt', empty: 'Tidak ada berita yang menunggu tinjauan.', timeField: 'updatedAt', timeKind: 'age' }),
  newsQueue(scope, { id: 'approved', title: 'Disetujui, belum terbit', state: 'approved', sort: 'updatedAt', empty: 'Tidak ada berita yang menunggu diterbitkan.', timeField: 'updatedAt', timeKind: 'age' }),
  newsQueue(scope, { id: 'scheduled', title: 'Jadwal terbit', state: 'scheduled', sort: 'publishAt', empty: 'Tidak ada jadwal terbit.', timeField: 'publishAt', timeKind: 'at' }),
  failedSyndicationQueue(scope, isAdmin),
]

/**
 * The admin home: each role's work queue (counts, the first rows, links into the filtered
 * lists) above Payload's collection cards. Writers see their OPD's items (their own access);
 * verifiers the review desk; admins the desk plus channel health and locked accounts.
 */
export async function WorkQueueDashboard({ payload, user }: ServerProps) {
  const me = user as null | undefined | User
  if (!me) return null
  const now = new Date()
  const isAdmin = checkRole(['admin'], me)
  const isDesk = checkRole(['admin', 'verifier'], me)
  const scope = { payload, user: me }
  const [cards, health, locked] = await Promise.all([
    Promise.all(isDesk ? deskCards(scope, isAdmin) : writerCards(scope)),
    isAdmin ? channelHealth(payload, me, now) : Promise.resolve(null),
    isAdmin ? lockedAccounts(payload, now) : Promise.resolve(null),
  ])
  const role = isAdmin ? 'admin' : isDesk ? 'verifikator' : 'penulis'
  return (
    <div className="warta-dashboard" data-role={role} data-testid="work-queue">
      <h2 className="warta-dashboard__title">Antrean kerja</h2>
      <p className="warta-dashboard__intro">
        Halo, {me.name}. {isDesk ? 'Berita yang menunggu tindakan meja redaksi.' : 'Berita OPD Anda yang perlu perhatian.'}{' '}
        <Link href="/admin/collections/news/create">Tulis berita baru</Link>
      </p>
      <div className="warta-dashboard__grid">
        {cards.map((card) => (
          <QueueCardView card={card} key={card.id} now={now} />
        ))}
      </div>
      {health ? (
        <section aria-labelledby="kesehatan-kanal" className="warta-dashboard__panel" data-testid="channel-health">
          <h3 id="kesehatan-kanal">Kesehatan kanal (7 hari terakhir)</h3>
          <div className="warta-table-scroll">
            <table className="warta-table">
              <thead>
                <tr>
                  <th scope="col">Kanal</th>
                  <th scope="col">Aktif</th>
                  <th scope="col">Berhasil</th>
                  <th scope="col">Gagal</th>
                  <th scope="col">Dalam antrean</th>
                  <th scope="col">Terakhir berhasil</th>
                </tr>
              </thead>
              <tbody>
                {health.map((row) => (
                  <tr data-channel={row.channel} key={row.channel}>
                    <th scope="row">{row.label}</th>
                    <td>{row.enabled ? 'Ya' : 'Tidak'}</td>
                    <td>{row.succeeded}</td>
                    <td>
                      {row.failed > 0 ? (
                        <Link href={`/admin/collections/syndications?where[channel][equals]=${row.channel}&where[state][equals]=failed&sort=-updatedAt`}>{row.failed}</Link>
                      ) : (
                        0
                      )}
                    </td>
                    <td>{row.pending}</td>
                    <td>{row.lastSuccessAt ? formatDateTime(row.lastSuccessAt) : '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <Link href="/admin/globals/channels">Pengaturan kanal</Link>
          </p>
        </section>
      ) : null}
      {locked ? (
        <section aria-labelledby="akun-terkunci" className="warta-dashboard__panel" data-testid="locked-accounts">
          <h3 id="akun-terkunci">Akun terkunci</h3>
          {locked.length === 0 ? (
            <p>Tidak ada akun yang terkunci.</p>
          ) : (
            <ul>
              {locked.map((account) => (
                <li key={account.id}>
                  <Link href={`/admin/collections/users/${account.id}`}>{account.name}</Link> ({account.email}) — terkunci sampai {formatDateTime(account.lockUntil)}
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link href={auditListHref('login_locked')}>Riwayat penguncian akun</Link>
          </p>
        </section>
      ) : null}
    </div>
  )
}
