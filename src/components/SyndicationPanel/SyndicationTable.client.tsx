'use client'

import { Button } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'

import { channelLabel } from '@/i18n/labels'
import { formatDateTime } from '@/utilities/formatDateTime'

import { describeRecord } from './describeRecord'

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

/**
 * The records of one item; refreshes while something is pending; "Coba lagi" on failed rows.
 * Each record is a summary row plus a full-width row saying what happened and what to do, so
 * the explanation never shrinks to a sliver beside the sidebar; below 40rem rows stack (CSS).
 */
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
    <div className="syndication-panel" data-testid="syndication-panel" id="distribusi">
      <h4>Status distribusi</h4>
      {message && <p role="alert">{message}</p>}
      <table className="warta-syndication">
        <thead>
          <tr>
            <th scope="col">Kanal dan operasi</th>
            <th scope="col">Status</th>
            <th scope="col">Dikirim</th>
            <th scope="col">Tautan</th>
          </tr>
        </thead>
        {rows.map((row) => {
          const description = describeRecord(row)
          const explained = description.problem || description.todo
          return (
            <tbody key={row.id}>
              <tr className="warta-syndication__row" data-channel={row.channel} data-state={row.state}>
                <th data-label="Kanal" scope="row">
                  {description.title}
                </th>
                <td data-label="Status">
                  <span className={`warta-syndication__state warta-syndication__state--${row.state}`}>{description.stateLabel}</span>
                  {description.canRetry && (
                    <Button buttonStyle="secondary" onClick={() => void retry(row.id)} size="small">
                      Coba lagi
                    </Button>
                  )}
                </td>
                <td data-label="Dikirim" data-testid="attempts">
                  {description.attemptsLabel}
                  <span className="warta-syndication__time">{formatDateTime(row.updatedAt)}</span>
                </td>
                <td data-label="Tautan">
                  {row.permalink ? (
                    <a href={row.permalink} rel="noreferrer" target="_blank" title={row.permalink}>
                      Buka di {channelLabel(row.channel)}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
              {explained ? (
                <tr className="warta-syndication__detail">
                  <td colSpan={4}>
                    {description.problem ? (
                      <p>
                        <strong>{row.state === 'failed' ? 'Galat: ' : 'Keterangan: '}</strong>
                        {description.problem}
                      </p>
                    ) : null}
                    {description.todo ? (
                      <p>
                        <strong>Yang perlu dilakukan: </strong>
                        {description.todo}
                      </p>
                    ) : null}
                  </td>
                </tr>
              ) : null}
            </tbody>
          )
        })}
      </table>
    </div>
  )
}
