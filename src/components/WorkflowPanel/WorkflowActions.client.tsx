'use client'

import { Button } from '@payloadcms/ui'
import { useState } from 'react'

export interface WorkflowActionsProps {
  id: string
  actions: { action: string; label: string }[]
}

const NEEDS: Record<string, { field: 'comment' | 'note' | 'publishAt' | 'reason'; prompt: string }> = {
  request_changes: { field: 'comment', prompt: 'Apa yang perlu diubah penulis?' },
  retract: { field: 'reason', prompt: 'Alasan pencabutan (ditampilkan kepada publik):' },
  schedule: { field: 'publishAt', prompt: 'Waktu terbit (YYYY-MM-DD HH:mm, WIB):' },
}

const toIso = (local: string): string => {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(local.trim())
  return match ? new Date(`${match[1]}T${match[2]}:00+07:00`).toISOString() : local
}

/** Buttons for the allowed transitions; calls POST /api/news/:id/transition and shows every reason on failure. */
export function WorkflowActions({ id, actions }: WorkflowActionsProps) {
  const [errors, setErrors] = useState<string[]>([])
  const [busy, setBusy] = useState(false)

  const run = async (action: string) => {
    const body: Record<string, string> = { action }
    const need = NEEDS[action]
    if (need) {
      const answer = window.prompt(need.prompt)
      if (answer === null) return
      body[need.field] = need.field === 'publishAt' ? toIso(answer) : answer
    }
    if (action === 'publish' || action === 'schedule') {
      const note = window.prompt('Jika berita ini pernah terbit, tulis catatan koreksi publik (kosongkan bila belum pernah):')
      if (note) body.note = note
    }
    setBusy(true)
    setErrors([])
    try {
      const response = await fetch(`/api/news/${id}/transition`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      if (response.ok) {
        window.location.reload()
        return
      }
      const json = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      setErrors(json.errors?.map((e) => e.message) ?? [`Gagal (${response.status}).`])
    } finally {
      setBusy(false)
    }
  }

  if (actions.length === 0) return <p>Tidak ada tindakan yang dapat Anda lakukan pada status ini.</p>
  return (
    <div>
      {actions.map(({ action, label }) => (
        <Button buttonStyle="secondary" disabled={busy} key={action} onClick={() => void run(action)} size="small">
          {label}
        </Button>
      ))}
      {errors.length > 0 && (
        <ul role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}
