import type { UIFieldServerProps } from 'payload'

import type { AuditLog, News, User } from '@/payload-types'

import { checkRole, userUnitIds } from '@/access/utilities'
import { auditActionLabel, stateChangeLabel } from '@/i18n/labels'
import { formatDateTime } from '@/utilities/formatDateTime'
import { TRANSITIONS } from '@/workflow/transitions'

import { WorkflowActions, type PermittedTransition } from './WorkflowActions.client'

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

/** Transitions this user may take on this item by role and OPD; the client filters them by the current state. */
const permittedTransitions = (item: Partial<News>, user: null | User): PermittedTransition[] => {
  if (!user) return []
  if (!checkRole(['admin', 'verifier'], user) && !userUnitIds(user).map(String).includes(idOf(item.unit))) return []
  return Object.values(TRANSITIONS)
    .filter((transition) => checkRole([...transition.roles], user))
    .map(({ action, label, from }) => ({ action, label, from }))
}

/**
 * Sidebar of the news edit view: status, checklist progress and the
 * actions (in-page dialogs), then the item's history from the audit log (desk only). The review
 * findings panel (src/components/ReviewPanel) sits in the "Verifikasi" tab.
 */
export const WorkflowPanel = async ({ data, id, payload, req }: UIFieldServerProps) => {
  if (!id) return <p className="field-description">Simpan berita sebagai draf untuk memulai alur kerja.</p>
  const item = data as Partial<News>
  const user = req.user as null | User
  const history = await payload
    .find({
      collection: 'audit-log',
      where: { news: { equals: id } },
      sort: '-createdAt',
      limit: 20,
      depth: 1,
      overrideAccess: false,
      user,
    })
    .then((result) => result.docs as AuditLog[])
    .catch(() => [] as AuditLog[])

  return (
    <div className="warta-workflow" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: 0 }}>Alur kerja</h4>
      <WorkflowActions id={String(id)} permitted={permittedTransitions(item, user)} />
      {history.length > 0 && (
        <details>
          <summary>Riwayat ({history.length})</summary>
          <ol style={{ paddingLeft: '1.2em' }}>
            {history.map((entry) => (
              <li key={entry.id}>
                {formatDateTime(entry.createdAt)} — {typeof entry.actor === 'object' && entry.actor ? entry.actor.name : entry.actorEmail}:{' '}
                {auditActionLabel(entry.action)}
                {stateChangeLabel(entry.fromState, entry.toState) ? ` (${stateChangeLabel(entry.fromState, entry.toState)})` : ''}
                {entry.comment ? <em> “{entry.comment}”</em> : null}
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  )
}
