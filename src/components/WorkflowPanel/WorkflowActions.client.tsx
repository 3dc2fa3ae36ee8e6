'use client'

import { Button, useConfig, useForm, useFormFields, useFormModified, useModal } from '@payloadcms/ui'
import { useState } from 'react'

import type { TransitionAction } from '@/workflow/transitions'

import { DIALOGS } from '@/components/WorkflowDialogs/dialogSpecs'
import { WorkflowDialog, type DialogValues } from '@/components/WorkflowDialogs/WorkflowDialog.client'
import { CHECKLIST_ITEMS } from '@/fields/checklist'
import { formatDateTime } from '@/utilities/formatDateTime'

import { stateLabel } from './stateLabel'

export interface PermittedTransition {
  action: TransitionAction
  label: string
  from: readonly string[]
}

export interface WorkflowActionsProps {
  id: string
  /** Transitions this user may take on this item by role and OPD, in any state (filtered by the live state here). */
  permitted: PermittedTransition[]
}

const slugOf = (action: string) => `warta-workflow-${action}`

/**
 * Status, checklist progress and action buttons of the news sidebar. Reads the form itself, so
 * unsaved ticks count and the status matches the header and the sidebar field. Every action
 * first saves pending edits as a draft, then calls POST /api/news/:id/transition; success
 * reloads the page so every part of the screen shows the new state.
 */
export function WorkflowActions({ id, permitted }: WorkflowActionsProps) {
  const { openModal, closeModal } = useModal()
  const { submit } = useForm()
  const modified = useFormModified()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const state = useFormFields(([fields]) => fields.workflowState?.value) ?? 'draft'
  const title = useFormFields(([fields]) => fields.title?.value)
  const firstPublishedAt = useFormFields(([fields]) => fields.firstPublishedAt?.value)
  const publishAt = useFormFields(([fields]) => fields.publishAt?.value)
  const ticks = useFormFields(([fields]) => CHECKLIST_ITEMS.filter(({ name }) => fields[`checklist.${name}`]?.value === true).length)
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const actions = permitted.filter((transition) => transition.from.includes(String(state)))

  /** Saves pending edits (checklist ticks included) as a draft; returns the reason when it fails. */
  const savePending = async (): Promise<null | string> => {
    if (!modified) return null
    const result = await submit({
      action: `${api}/news/${id}?depth=0&draft=true`,
      method: 'PATCH',
      overrides: { _status: 'draft' },
      skipValidation: true,
      disableSuccessStatus: true,
    })
    return result && result.res.status < 400
      ? null
      : 'Perubahan di formulir belum dapat disimpan; perbaiki isian yang ditandai, lalu coba lagi.'
  }

  const run = async (action: TransitionAction, values: DialogValues = {}): Promise<string[]> => {
    const saveProblem = await savePending()
    if (saveProblem) return [saveProblem]
    const response = await fetch(`${api}/news/${id}/transition`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ action, ...values }),
    })
    if (response.ok) {
      closeModal(slugOf(action))
      window.location.reload()
      return []
    }
    const json = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
    return json.errors?.map((error) => error.message) ?? [`Tindakan gagal (kode ${response.status}).`]
  }

  const start = async (action: TransitionAction) => {
    setErrors([])
    if (DIALOGS[action]) {
      openModal(slugOf(action))
      return
    }
    setBusy(true)
    const problems = await run(action)
    setBusy(false)
    setErrors(problems)
  }

  return (
    <div className="warta-workflow__actions">
      <p>
        Status: <strong data-testid="workflow-state">{stateLabel(state)}</strong>
      </p>
      <p>
        Daftar periksa: {ticks}/{CHECKLIST_ITEMS.length}
        {modified ? ' (ada perubahan belum disimpan; disimpan otomatis saat Anda memilih tindakan)' : ''}
      </p>
      {state === 'scheduled' && typeof publishAt === 'string' && publishAt ? <p>Terbit otomatis: {formatDateTime(publishAt)}</p> : null}
      {actions.length === 0 ? (
        <p>Tidak ada tindakan yang dapat Anda lakukan pada status ini.</p>
      ) : (
        <div className="warta-workflow__buttons">
          {actions.map(({ action, label }) => (
            <Button buttonStyle="secondary" disabled={busy} key={action} onClick={() => void start(action)} size="small">
              {label}
            </Button>
          ))}
        </div>
      )}
      {errors.length > 0 && (
        <div role="alert" style={{ color: 'var(--theme-error-500)' }}>
          <p>Tindakan belum dapat dilakukan:</p>
          <ul>
            {errors.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
        </div>
      )}
      {actions.map(({ action }) => {
        const spec = DIALOGS[action]
        return spec ? (
          <WorkflowDialog
            key={action}
            onConfirm={(values) => run(action, values)}
            publishAtLabel={typeof publishAt === 'string' && publishAt ? formatDateTime(publishAt) : undefined}
            slug={slugOf(action)}
            spec={spec}
            title={typeof title === 'string' ? title : ''}
            wasLive={Boolean(firstPublishedAt)}
          />
        ) : null
      })}
    </div>
  )
}
