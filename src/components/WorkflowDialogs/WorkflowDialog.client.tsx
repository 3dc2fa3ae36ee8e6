'use client'

import { Button, DatePicker, Modal, useModal } from '@payloadcms/ui'
import { useEffect, useId, useRef, useState } from 'react'

import { formatDateTime } from '@/utilities/formatDateTime'

import type { DialogSpec } from './dialogSpecs'

import { pickedAsWibIso, scheduleProblem } from './wibTime'

import './workflowDialog.css'

export interface DialogValues {
  comment?: string
  reason?: string
  note?: string
  publishAt?: string
}

export interface WorkflowDialogProps {
  slug: string
  spec: DialogSpec
  wasLive: boolean
  title: string
  publishAtLabel?: string
  /** Runs the action; resolves to the server's reasons when it was refused (the dialog stays open). */
  onConfirm: (values: DialogValues) => Promise<string[]>
}

const filled = (text: string): boolean => text.trim().length > 0

/**
 * One workflow action as an in-page dialog (Payload's modal: focus trapped inside, Escape and
 * "Batal" close it without doing anything). Required inputs are validated inline before the
 * request; the server's reasons appear inside the dialog.
 */
export function WorkflowDialog({ slug, spec, wasLive, title, publishAtLabel, onConfirm }: WorkflowDialogProps) {
  const { closeModal } = useModal()
  const ids = useId()
  const [text, setText] = useState('')
  const [note, setNote] = useState('')
  const [picked, setPicked] = useState<Date | null>(null)
  const [tried, setTried] = useState(false)
  const [busy, setBusy] = useState(false)
  const [serverErrors, setServerErrors] = useState<string[]>([])
  const pickerRef = useRef<HTMLDivElement>(null)

  // Payload's DatePicker puts the id on its wrapper: name the actual input for screen readers.
  useEffect(() => {
    const input = pickerRef.current?.querySelector('input')
    input?.setAttribute('aria-labelledby', `${ids}-publish-at-label`)
    input?.setAttribute('aria-describedby', `${ids}-publish-at-hint ${ids}-publish-at-error`)
  })

  const asksNote = Boolean(spec.correctionNote && wasLive)
  const publishAtIso = picked ? pickedAsWibIso(picked) : null
  const problems = {
    text: spec.text && !filled(text) ? `${spec.text.label.replace(/\s*\(.*\)$/, '')} wajib diisi.` : null,
    note: asksNote && !filled(note) ? 'Catatan koreksi wajib diisi karena berita ini pernah terbit.' : null,
    publishAt: spec.publishAt ? scheduleProblem(publishAtIso) : null,
  }
  const valid = !problems.text && !problems.note && !problems.publishAt

  const reset = () => {
    setText('')
    setNote('')
    setPicked(null)
    setTried(false)
    setBusy(false)
    setServerErrors([])
  }
  const cancel = () => {
    closeModal(slug)
    reset()
  }
  const submitDialog = async () => {
    setTried(true)
    if (!valid || busy) return
    setBusy(true)
    setServerErrors([])
    const values: DialogValues = {}
    if (spec.text) values[spec.text.field] = text.trim()
    if (asksNote) values.note = note.trim()
    if (publishAtIso) values.publishAt = publishAtIso
    const errors = await onConfirm(values)
    setBusy(false)
    setServerErrors(errors)
  }

  const headingId = `${ids}-heading`
  const explanationId = `${ids}-explanation`
  const fieldError = (id: string, message: null | string) =>
    tried && message ? (
      <p className="warta-dialog__error" id={id}>
        {message}
      </p>
    ) : null

  return (
    <Modal
      aria-describedby={explanationId}
      aria-labelledby={headingId}
      aria-modal="true"
      className="warta-dialog"
      closeOnBlur={false}
      onClose={reset}
      slug={slug}
    >
      <div className="warta-dialog__panel">
        <h2 id={headingId}>{spec.heading}</h2>
        <p id={explanationId}>{spec.explanation({ wasLive, publishAtLabel })}</p>

        {spec.text && (
          <div className="warta-dialog__field">
            <label htmlFor={`${ids}-text`}>
              {spec.text.label} <span aria-hidden="true">*</span>
            </label>
            <textarea
              aria-describedby={`${ids}-text-hint ${ids}-text-error`}
              aria-invalid={tried && Boolean(problems.text)}
              aria-required="true"
              id={`${ids}-text`}
              onChange={(event) => setText(event.target.value)}
              rows={6}
              value={text}
            />
            <p className="warta-dialog__hint" id={`${ids}-text-hint`}>
              {spec.text.hint}
            </p>
            {fieldError(`${ids}-text-error`, problems.text)}
          </div>
        )}

        {spec.publishAt && (
          <div className="warta-dialog__field">
            <label htmlFor={`${ids}-publish-at`} id={`${ids}-publish-at-label`}>
              Waktu terbit (WIB)
            </label>
            <div className="warta-dialog__picker" ref={pickerRef}>
              <DatePicker
                displayFormat="dd/MM/yyyy HH.mm"
                id={`${ids}-publish-at`}
                minDate={new Date()}
                onChange={(value) => setPicked(value ?? null)}
                pickerAppearance="dayAndTime"
                placeholder="tanggal/bulan/tahun jam.menit"
                timeFormat="HH.mm"
                timeIntervals={15}
                value={picked ?? undefined}
              />
            </div>
            <p aria-live="polite" className="warta-dialog__hint" id={`${ids}-publish-at-hint`}>
              {publishAtIso && !problems.publishAt
                ? `Akan terbit: ${formatDateTime(publishAtIso)}.`
                : 'Pilih di kalender atau ketik, misalnya 03/12/2026 08.00. Jam selalu WIB.'}
            </p>
            {fieldError(`${ids}-publish-at-error`, problems.publishAt)}
          </div>
        )}

        {asksNote && (
          <div className="warta-dialog__field">
            <label htmlFor={`${ids}-note`}>
              Catatan koreksi (ditampilkan di bawah berita) <span aria-hidden="true">*</span>
            </label>
            <textarea
              aria-describedby={`${ids}-note-error`}
              aria-invalid={tried && Boolean(problems.note)}
              aria-required="true"
              id={`${ids}-note`}
              onChange={(event) => setNote(event.target.value)}
              rows={4}
              value={note}
            />
            {fieldError(`${ids}-note-error`, problems.note)}
          </div>
        )}

        {spec.retractionPreview && (
          <section aria-label="Pratinjau pemberitahuan publik" className="warta-dialog__preview">
            <p className="warta-dialog__preview-label">Pratinjau pemberitahuan publik</p>
            <div className="warta-dialog__notice">
              <strong>Berita ini telah dicabut</strong>
              <p>Berita berjudul “{title}” telah dicabut oleh redaksi dan tidak lagi ditayangkan.</p>
              <strong>Alasan pencabutan</strong>
              <p>{filled(text) ? text.trim() : '(alasan yang Anda tulis tampil di sini)'}</p>
            </div>
          </section>
        )}

        {serverErrors.length > 0 && (
          <div className="warta-dialog__server-errors" role="alert">
            <p>Tindakan belum dapat dilakukan:</p>
            <ul>
              {serverErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        )}

        <div className="warta-dialog__controls">
          <Button buttonStyle="secondary" disabled={busy} onClick={cancel} size="medium" type="button">
            {spec.cancelLabel}
          </Button>
          <Button
            buttonStyle={spec.danger ? 'error' : 'primary'}
            disabled={busy}
            onClick={() => void submitDialog()}
            size="medium"
            type="button"
          >
            {busy ? 'Memproses…' : spec.confirmLabel}
          </Button>
        </div>
      </div>
    </Modal>
  )
}
