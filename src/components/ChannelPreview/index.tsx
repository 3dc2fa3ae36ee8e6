'use client'

import { useAllFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import type { ChannelPreview as Preview, PreviewCounter } from '@/syndication/channelPreview'

const PREVIEW_FIELDS = ['title', 'lead', 'slug', 'tags', 'youtubeVideoId', 'coverImage', 'gallery', 'channels'] as const
const formatNumber = (value: number) => value.toLocaleString('id-ID')

function Counters({ counters }: { counters: PreviewCounter[] }) {
  return (
    <ul className="channel-preview__counters" style={{ display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem', listStyle: 'none', padding: 0 }}>
      {counters.map((counter) => {
        const over = counter.value > counter.max
        return (
          <li data-over={over} key={counter.label} style={{ color: over ? 'var(--theme-error-500)' : undefined, fontWeight: over ? 600 : undefined }}>
            {counter.label}: {formatNumber(counter.value)} / {formatNumber(counter.max)}
            {over && ' — melebihi batas'}
          </li>
        )
      })}
    </ul>
  )
}

function Problems({ problems }: { problems: string[] }) {
  if (problems.length === 0) return <p>Siap dikirim: tidak ada masalah.</p>
  return (
    <ul role="list" style={{ color: 'var(--theme-error-500)' }}>
      {problems.map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  )
}

/**
 * Live preview of the Instagram post and the YouTube metadata this item would get, computed on
 * the server by the adapters' own caption builder and validators (POST /api/news/channel-preview).
 */
export function ChannelPreview() {
  const [fields] = useAllFormFields()
  const values = useMemo(() => {
    const all = reduceFieldsToValues(fields, true) as Record<string, unknown>
    return JSON.stringify(Object.fromEntries(PREVIEW_FIELDS.map((name) => [name, all[name] ?? null])))
  }, [fields])
  const [preview, setPreview] = useState<null | Preview>(null)
  const [error, setError] = useState<null | string>(null)

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const response = await fetch('/api/news/channel-preview', {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: values,
          signal: controller.signal,
        })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        setPreview((await response.json()) as Preview)
        setError(null)
      } catch (cause) {
        if (!controller.signal.aborted) setError(`Pratinjau tidak dapat dimuat (${(cause as Error).message}).`)
      }
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [values])

  if (error) return <p role="alert">{error}</p>
  if (!preview) return <p>Memuat pratinjau kanal…</p>
  return (
    <div className="channel-preview" data-testid="channel-preview" style={{ display: 'grid', gap: '1.5rem', marginBottom: '2rem' }}>
      <section aria-label="Pratinjau Instagram" data-testid="channel-preview-instagram">
        <h4>Pratinjau Instagram</h4>
        <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', border: '1px solid var(--theme-elevation-150)', padding: '0.75rem' }}>
          {preview.instagram.caption}
        </pre>
        <Counters counters={preview.instagram.counters} />
        <Problems problems={preview.instagram.problems} />
      </section>
      <section aria-label="Pratinjau YouTube" data-testid="channel-preview-youtube">
        <h4>Pratinjau metadata YouTube</h4>
        <p>
          <strong>{preview.youtube.title}</strong>
          {preview.youtube.videoId ? ` — video ${preview.youtube.videoId}` : ''}
        </p>
        <pre style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit', border: '1px solid var(--theme-elevation-150)', padding: '0.75rem' }}>
          {preview.youtube.appendsToCurrentDescription ? `… (deskripsi video saat ini)\n\n${preview.youtube.description}` : preview.youtube.description}
        </pre>
        <Counters counters={preview.youtube.counters} />
        <Problems problems={preview.youtube.problems} />
      </section>
    </div>
  )
}
