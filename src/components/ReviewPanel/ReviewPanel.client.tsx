'use client'

import { useForm, useFormFields } from '@payloadcms/ui'
import type { UIFieldClientProps } from 'payload'
import React, { useEffect, useId, useMemo, useState } from 'react'

import { analyzeArticle } from '@/review/analyzeArticle'
import { findingKey } from '@/review/findingKey'
import type { ArticleField, Finding, LexiconExtension, Severity } from '@/review/types'
import { lexicalToPlainText } from '@/utilities/lexicalToPlainText'

import { showInField } from './showInField'
import './showInField.css'
import { useOfficialNames, useServerSpellChecker } from './useReviewResources'

const ACK_PATH = 'reviewAcknowledgements'
const DEBOUNCE_MS = 300

const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Galat — menghalangi persetujuan sampai diperbaiki atau dikonfirmasi',
  warning: 'Peringatan',
  info: 'Catatan',
}
const SEVERITY_COLORS: Record<Severity, string> = {
  error: 'var(--theme-error-500)',
  warning: 'var(--theme-warning-500)',
  info: 'var(--theme-elevation-400)',
}
const FIELD_LABELS: Record<ArticleField, string> = { title: 'Judul', lead: 'Ringkasan', body: 'Isi berita' }

export type ReviewPanelProps = Partial<UIFieldClientProps> & {
  /** Office lexicon, passed from the server config through `admin.components.Field.clientProps`. */
  extraLexicon?: LexiconExtension
}

interface ArticleState {
  title: string
  lead: string
  body: string
  publishedAt: string | undefined
}

function toArticle(title: unknown, lead: unknown, body: unknown, publishedAt: unknown): ArticleState {
  return {
    title: typeof title === 'string' ? title : '',
    lead: typeof lead === 'string' ? lead : '',
    body: lexicalToPlainText(body),
    publishedAt: typeof publishedAt === 'string' && publishedAt ? publishedAt : undefined,
  }
}

function AcknowledgeForm({ onSave, onCancel }: { onSave: (reason: string) => void; onCancel: () => void }) {
  const [reason, setReason] = useState('')
  const id = useId()
  return (
    <div style={{ marginTop: 'calc(var(--base) / 2)' }}>
      <label htmlFor={id} style={{ display: 'block', marginBottom: 4 }}>
        Alasan temuan ini dibiarkan (wajib)
      </label>
      <textarea
        id={id}
        rows={2}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        style={{ width: '100%', font: 'inherit', padding: 6, background: 'var(--theme-input-bg)', color: 'var(--theme-text)', border: '1px solid var(--theme-elevation-250)', borderRadius: 'var(--style-radius-s)' }}
      />
      <div style={{ display: 'flex', gap: 8, marginTop: 4 }}>
        <button type="button" className="btn btn--style-primary btn--size-small" disabled={reason.trim() === ''} onClick={() => onSave(reason.trim())}>
          Simpan alasan
        </button>
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={onCancel}>
          Batal
        </button>
      </div>
    </div>
  )
}

/**
 * Review assistant panel for the news form (design.md §4): runs analyzeArticle on the live
 * title, lead, body and publication date, lists findings by severity, and records
 * acknowledgements (with a reason) as rows of the `reviewAcknowledgements` array field.
 */
export function ReviewPanel({ extraLexicon }: ReviewPanelProps) {
  const title = useFormFields(([fields]) => fields.title?.value)
  const lead = useFormFields(([fields]) => fields.lead?.value)
  const body = useFormFields(([fields]) => fields.body?.value)
  const publishedAt = useFormFields(([fields]) => fields.publishedAt?.value)
  // Acknowledged keys and reasons, as a string so the selector result is stable between renders.
  const acknowledgedJson = useFormFields(([fields]) => {
    const rows: [string, string][] = []
    for (const [path, state] of Object.entries(fields)) {
      const m = /^reviewAcknowledgements\.(\d+)\.key$/.exec(path)
      if (!m || typeof state?.value !== 'string') continue
      const reason = fields[`${ACK_PATH}.${m[1]}.reason`]?.value
      rows.push([state.value, typeof reason === 'string' ? reason : ''])
    }
    return JSON.stringify(rows)
  })
  const { addFieldRow } = useForm()

  // Analyse the saved values at once; later edits are debounced.
  const [article, setArticle] = useState<ArticleState>(() => toArticle(title, lead, body, publishedAt))
  const [open, setOpen] = useState<string | null>(null)
  const headingId = useId()

  useEffect(() => {
    const timer = setTimeout(() => setArticle(toArticle(title, lead, body, publishedAt)), DEBOUNCE_MS)
    return () => clearTimeout(timer)
  }, [title, lead, body, publishedAt])

  // The official names registry and the server's dictionary (typos), both live.
  const registry = useOfficialNames()
  const spellChecker = useServerSpellChecker([article.title, article.lead, article.body])
  const findings = useMemo(
    () =>
      analyzeArticle(
        { ...article, publishedAt: article.publishedAt ?? new Date() },
        { extraLexicon, registry, spellChecker },
      ),
    [article, extraLexicon, registry, spellChecker],
  )
  const acknowledged = useMemo(() => new Map(JSON.parse(acknowledgedJson) as [string, string][]), [acknowledgedJson])

  const acknowledge = (finding: Finding, key: string, reason: string) => {
    const value = (v: string) => ({ initialValue: v, value: v, valid: true })
    addFieldRow({
      path: ACK_PATH,
      schemaPath: ACK_PATH,
      subFieldState: {
        key: value(key),
        rule: value(finding.rule),
        excerpt: value(finding.excerpt),
        reason: value(reason),
      },
    })
    setOpen(null)
  }

  const counts = (severity: Severity) => findings.filter((f) => f.severity === severity).length
  const blocking = findings.filter((f) => f.severity === 'error' && !acknowledged.get(findingKey(f))?.trim()).length

  return (
    <section aria-labelledby={headingId} style={{ marginBottom: 'var(--base)', padding: 'var(--base)', border: '1px solid var(--theme-elevation-150)', borderRadius: 'var(--style-radius-m)', background: 'var(--theme-elevation-50)' }}>
      <h3 id={headingId} style={{ margin: 0 }}>
        Asisten pemeriksaan (akurasi dan netralitas)
      </h3>
      <p aria-live="polite" style={{ margin: '4px 0 0' }}>
        {findings.length === 0
          ? 'Tidak ada temuan.'
          : `${counts('error')} galat, ${counts('warning')} peringatan, ${counts('info')} catatan.` +
            (blocking > 0 ? ` ${blocking} galat belum diperbaiki atau dikonfirmasi.` : '')}
      </p>
      {(['error', 'warning', 'info'] as const).map((severity) => {
        const group = findings.filter((f) => f.severity === severity)
        if (group.length === 0) return null
        return (
          <div key={severity} style={{ marginTop: 'var(--base)' }}>
            <h4 style={{ margin: '0 0 4px', color: SEVERITY_COLORS[severity] }}>
              {SEVERITY_LABELS[severity]} ({group.length})
            </h4>
            <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {group.map((finding) => {
                const key = findingKey(finding)
                const id = `${key}@${finding.start}`
                const reason = acknowledged.get(key)
                return (
                  <li key={id} style={{ padding: '6px 0 6px 10px', borderLeft: `3px solid ${SEVERITY_COLORS[severity]}`, marginBottom: 6 }}>
                    <div>
                      <strong>{FIELD_LABELS[finding.field]}</strong>: <q>{finding.excerpt}</q>{' '}
                      <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: 0 }} onClick={() => void showInField(finding)} aria-label={`Lihat "${finding.excerpt}" di ${FIELD_LABELS[finding.field]}`}>
                        Lihat
                      </button>
                    </div>
                    <div style={{ color: 'var(--theme-elevation-800)' }}>{finding.message}</div>
                    {finding.suggestion ? (
                      <div>
                        Saran: <q>{finding.suggestion}</q>
                      </div>
                    ) : null}
                    <small style={{ color: 'var(--theme-elevation-500)' }}>{finding.rule}</small>
                    {reason !== undefined ? (
                      <div style={{ color: 'var(--theme-success-500)' }}>Dikonfirmasi: {reason || '(alasan belum diisi)'}</div>
                    ) : severity !== 'info' && open !== id ? (
                      <div>
                        <button type="button" className="btn btn--style-secondary btn--size-small" style={{ margin: '4px 0 0' }} onClick={() => setOpen(id)}>
                          Konfirmasi dengan alasan
                        </button>
                      </div>
                    ) : null}
                    {open === id && reason === undefined ? (
                      <AcknowledgeForm onSave={(r) => acknowledge(finding, key, r)} onCancel={() => setOpen(null)} />
                    ) : null}
                  </li>
                )
              })}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
