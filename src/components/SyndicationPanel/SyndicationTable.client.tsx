'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

export interface SyndicationRow {
  id: number | string
  channel: string
  operation?: null | string
  state: string
  attempts: number
  permalink: null | string
  lastError: null | string
  needsManualAction: boolean
  manualActionReason: null | string
  nextAttemptAt: null | string
  updatedAt: string
}

const CHANNEL: Record<string, string> = {
  portal: 'Portal',
  instagram: 'Instagram',
  youtube: 'YouTube',
}
const STATE: Record<string, string> = {
  queued: 'Dalam antrean',
  running: 'Sedang dikirim',
  succeeded: 'Berhasil',
  failed: 'Gagal',
  skipped: 'Dilewati',
}
const OPERATION: Record<string, string> = {
  publish: 'Terbitkan',
  update: 'Perbarui',
  remove: 'Hapus',
}

/** The records of one item; refreshes while something is pending; "Coba lagi" on failed rows. */
export function SyndicationTable({ initial, newsId }: { initial: SyndicationRow[]; newsId: string }) {
  const [rows, setRows] = useState(initial)
  const [message, setMessage] = useState<null | string>(null)

  const refresh = useCallback(async () => {
    const response = await fetch(`/api/syndications/by-news/${encodeURIComponent(newsId)}`, { credentials: 'include' })
    if (response.ok) setRows(((await response.json()) as { docs: SyndicationRow[] }).docs)
  }, [newsId])

  const pending = rows.some((row) => row.state === 'queued' || row.state === 'running')
  useEffect(() => {
    const timer = setInterval(() => void refresh(), pending ? 3000 : 15000)
    return () => clearInterval(timer)
  }, [pending, refresh])

  const retry = async (id: number | string) => {
    setMessage(null)
    const response = await fetch(`/api/syndications/${id}/retry`, {
      method: 'POST',
      credentials: 'include',
    })
    const body = (await response.json().catch(() => ({}))) as {
      errors?: { message: string }[]
    }
    if (!response.ok) setMessage(body.errors?.map((e) => e.message).join(' ') ?? `Gagal (${response.status}).`)
    await refresh()
  }

  if (rows.length === 0) {
    return <p className="field-description">Belum ada distribusi. Berita didistribusikan saat diterbitkan.</p>
  }
  return (
    <div className="syndication-panel" data-testid="syndication-panel">
      <h4>Status distribusi</h4>
      {message && <p role="alert">{message}</p>}
      {/* Scrolls inside the tab instead of running under the document sidebar. */}
      <div style={{ maxWidth: '100%', overflowX: 'auto' }}>
        <table className="table" style={{ tableLayout: 'auto', width: '100%' }}>
          <thead>
            <tr>
              <th>Kanal</th>
              <th>Operasi</th>
              <th>Status</th>
              <th>Percobaan</th>
              <th>Tautan</th>
              <th>Galat terakhir / tindakan</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr data-channel={row.channel} data-state={row.state} key={row.id}>
                <td>{CHANNEL[row.channel] ?? row.channel}</td>
                <td>{OPERATION[row.operation ?? 'publish'] ?? row.operation}</td>
                <td>
                  {STATE[row.state] ?? row.state}
                  {row.state === 'failed' && (
                    <Button buttonStyle="secondary" onClick={() => void retry(row.id)} size="small">
                      Coba lagi
                    </Button>
                  )}
                </td>
                <td>{row.attempts}</td>
                <td style={{ overflowWrap: 'anywhere' }}>
                  {row.permalink ? (
                    // A short label keeps the error column in view; the full URL is the link's title.
                    <a href={row.permalink} rel="noreferrer" target="_blank" title={row.permalink}>
                      Buka di {CHANNEL[row.channel] ?? row.channel}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
                <td style={{ overflowWrap: 'anywhere' }}>
                  {row.needsManualAction ? `Perlu tindakan manual: ${row.manualActionReason ?? ''}` : (row.lastError ?? '—')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
