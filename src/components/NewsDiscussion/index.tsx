'use client'

import type { UIFieldClientProps } from 'payload'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useId, useState } from 'react'

import type { NewsDiscussion as Message, User } from '@/payload-types'

import { formatDateTime } from '@/utilities/formatDateTime'

const authorName = (message: Message): string =>
  typeof message.author === 'object' && message.author ? (message.author as User).name || (message.author as User).email : 'Pengguna'

/**
 * Discussion between the item's writer and the desk, in the news sidebar. Sending a message
 * does not touch the form (unsaved edits stay); the server scopes, audits and e-mails it.
 */
export function NewsDiscussion(_props: Partial<UIFieldClientProps>) {
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const ids = useId()
  const [messages, setMessages] = useState<Message[] | null>(null)
  const [text, setText] = useState('')
  const [error, setError] = useState<null | string>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(async () => {
    if (!id) return
    const query = new URLSearchParams({ 'where[news][equals]': String(id), sort: 'createdAt', depth: '1', limit: '200' })
    const response = await fetch(`${api}/news-discussion?${query.toString()}`, { credentials: 'include' })
    const json = (await response.json().catch(() => ({}))) as { docs?: Message[] }
    setMessages(response.ok ? (json.docs ?? []) : [])
  }, [api, id])

  useEffect(() => {
    // Fetching on mount is the point of this effect: the thread lives outside the form state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load()
  }, [load])

  if (!id) return null

  const send = async () => {
    if (!text.trim()) {
      setError('Tulis pesan terlebih dahulu.')
      return
    }
    setBusy(true)
    setError(null)
    const response = await fetch(`${api}/news-discussion`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ news: id, body: text.trim() }),
    })
    setBusy(false)
    if (!response.ok) {
      const json = (await response.json().catch(() => ({}))) as { errors?: { message: string }[] }
      setError(json.errors?.map((e) => e.message).join(' ') || `Pesan gagal dikirim (kode ${response.status}).`)
      return
    }
    setText('')
    await load()
  }

  return (
    <section aria-labelledby={`${ids}-heading`} className="warta-discussion">
      <h4 id={`${ids}-heading`} style={{ margin: 0 }}>
        Diskusi penulis dan verifikator
      </h4>
      {messages === null ? (
        <p>Memuat diskusi…</p>
      ) : messages.length === 0 ? (
        <p className="field-description">Belum ada pesan.</p>
      ) : (
        <ol aria-label="Pesan diskusi" style={{ listStyle: 'none', padding: 0, margin: '0.5rem 0', display: 'grid', gap: '0.5rem' }}>
          {messages.map((message) => (
            <li key={message.id} style={{ borderLeft: '3px solid var(--theme-elevation-250)', paddingLeft: '0.5rem' }}>
              <strong>{authorName(message)}</strong>{' '}
              <span style={{ color: 'var(--theme-elevation-600)', fontSize: '0.85em' }}>{formatDateTime(message.createdAt)}</span>
              <p style={{ margin: '0.2rem 0 0', whiteSpace: 'pre-wrap' }}>{message.body}</p>
            </li>
          ))}
        </ol>
      )}
      <label htmlFor={`${ids}-text`} style={{ display: 'block', fontWeight: 600 }}>
        Pesan baru
      </label>
      <textarea
        aria-describedby={`${ids}-hint`}
        id={`${ids}-text`}
        onChange={(event) => setText(event.target.value)}
        rows={3}
        style={{ width: '100%', font: 'inherit', padding: 6, background: 'var(--theme-input-bg)', color: 'var(--theme-text)', border: '1px solid var(--theme-elevation-250)', borderRadius: 'var(--style-radius-s)' }}
        value={text}
      />
      <p className="field-description" id={`${ids}-hint`} style={{ margin: 0 }}>
        Terlihat oleh penulis OPD berita ini dan verifikator; penerima mendapat e-mail.
      </p>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', margin: 0 }}>
          {error}
        </p>
      )}
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void send()} size="small">
        {busy ? 'Mengirim…' : 'Kirim pesan'}
      </Button>
    </section>
  )
}
