'use client'

import type { DefaultCellComponentProps, TextFieldClientComponent } from 'payload'

import { DefaultCell, FieldLabel, useField } from '@payloadcms/ui'

import { auditActionLabel, workflowStateLabel } from '@/i18n/labels'

import { actorIsSystem } from './actorIsSystem'

const asCode = (value: unknown): null | string => (typeof value === 'string' && value ? value : null)

/** List cell: the Indonesian name of the audit action; the stored code stays in the tooltip. */
export function AuditActionCell({ cellData }: DefaultCellComponentProps) {
  const code = asCode(cellData)
  return <span title={code ?? undefined}>{auditActionLabel(code)}</span>
}

/** List cell for "Pelaku": entries with no user were written by the system (job queue, schedule). */
export function AuditActorCell(props: DefaultCellComponentProps) {
  if (actorIsSystem(props.cellData)) return <span data-testid="audit-actor-system">Sistem</span>
  return <DefaultCell {...props} />
}

/** List cell for the "Dari"/"Ke" columns: workflow states in Indonesian (lock-out rows hold a time). */
export function AuditStateCell({ cellData }: DefaultCellComponentProps) {
  const code = asCode(cellData)
  if (!code) return <span>—</span>
  if (/^\d{4}-\d{2}-\d{2}T/.test(code)) return <span>{new Date(code).toLocaleString('id-ID', { timeZone: 'Asia/Jakarta' })} WIB</span>
  return <span title={code}>{workflowStateLabel(code)}</span>
}

/** Edit view (read-only): the action in words instead of the stored code. */
export const AuditActionField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  return (
    <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      <p data-testid="audit-action" style={{ margin: 0 }}>
        <strong>{auditActionLabel(value)}</strong>
      </p>
    </div>
  )
}

/** Edit view (read-only): a workflow state in words. */
export const AuditStateField: TextFieldClientComponent = ({ field, path }) => {
  const { value } = useField<string>({ path: path ?? field.name })
  if (!value) return null
  return (
    <div className="field-type text" style={{ marginBottom: 'var(--base)' }}>
      <FieldLabel label={field.label} path={path} />
      <p style={{ margin: 0 }}>{/^\d{4}-\d{2}-\d{2}T/.test(value) ? value : workflowStateLabel(value)}</p>
    </div>
  )
}
