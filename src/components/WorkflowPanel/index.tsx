import type { UIFieldServerProps } from 'payload'

import type { AuditLog, News, User } from '@/payload-types'

import { WORKFLOW_STATES } from '@/collections/News/workflowStates'
import { CHECKLIST_ITEMS } from '@/fields/checklist'
import { auditActionLabel, stateChangeLabel } from '@/i18n/labels'
import { formatDateTime } from '@/utilities/formatDateTime'
import { availableActions } from '@/workflow/availableActions'

import { WorkflowActions } from './WorkflowActions.client'

const stateLabel = (state?: null | string): string => WORKFLOW_STATES.find(({ value }) => value === state)?.label ?? 'Draf'

const formatTime = (iso: string): string => formatDateTime(iso)

/**
 * Sidebar of the news edit view: state, the actions this user may take (buttons), checklist
 * progress and the item's history from the audit log. The review findings panel
 * (src/components/ReviewPanel) sits in the "Verifikasi" tab.
 */
export const WorkflowPanel = async ({ data, id, payload, req }: UIFieldServerProps) => {
  if (!id) return <p className="field-description">Simpan berita sebagai draf untuk memulai alur kerja.</p>
  const item = data as Partial<News>
  const user = req.user as null | User
  const actions = availableActions({ unit: item.unit as News['unit'], workflowState: item.workflowState }, user).map(
    ({ action, label }) => ({ action, label }),
  )
  const checklist = (item.checklist ?? {}) as Record<string, boolean | null | undefined>
  const ticked = CHECKLIST_ITEMS.filter(({ name }) => checklist[name] === true).length
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
      <p>
        Status: <strong>{stateLabel(item.workflowState)}</strong>
      </p>
      <p>
        Daftar periksa: {ticked}/{CHECKLIST_ITEMS.length}
      </p>
      <WorkflowActions actions={actions} id={String(id)} />
      {history.length > 0 && (
        <details>
          <summary>Riwayat ({history.length})</summary>
          <ol style={{ paddingLeft: '1.2em' }}>
            {history.map((entry) => (
              <li key={entry.id}>
                {formatTime(entry.createdAt)} — {typeof entry.actor === 'object' && entry.actor ? entry.actor.name : entry.actorEmail}:{' '}
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
