import type { News, User } from '@/payload-types'
import type { Finding } from '@/review/types'

import { CHECKLIST_ITEMS } from '@/fields/checklist'

/** Everything a gate condition may look at; built once by the endpoint, no I/O inside the gate. */
export interface GateInput {
  /** The item as staff see it: the latest version (a draft when an edit is pending). */
  item: News
  user: Pick<User, 'id'>
  comment?: string
  note?: string
  reason?: string
  publishAt?: string
  now: Date
  /** `error` findings neither fixed nor acknowledged with a reason (recomputed by the endpoint). */
  blockingFindings: readonly Finding[]
  /** Whether the content approved (approval.versionId) is still the content of the latest version. */
  approvedVersionIsCurrent: boolean
}

/** A gate condition: `null` when met, otherwise the Indonesian reason it fails. */
export type GateCondition = (input: GateInput) => string | null

const idOf = (value: unknown): string =>
  String(typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : value)

const filled = (text: string | undefined): boolean => typeof text === 'string' && text.trim().length > 0

export const commentGiven: GateCondition = ({ comment }) =>
  filled(comment) ? null : 'Tuliskan komentar: apa yang perlu diubah penulis.'

export const reasonGiven: GateCondition = ({ reason }) =>
  filled(reason) ? null : 'Tuliskan alasan pencabutan; alasan ini ditampilkan kepada publik.'

export const notAnAuthor: GateCondition = ({ item, user }) =>
  (item.authors ?? []).some((author) => idOf(author) === String(user.id))
    ? 'Anda penulis berita ini; persetujuan harus diberikan oleh verifikator lain (prinsip empat mata).'
    : null

export const notTheLastEditor: GateCondition = ({ item, user }) =>
  item.lastContentEditBy !== undefined && item.lastContentEditBy !== null && idOf(item.lastContentEditBy) === String(user.id)
    ? 'Anda yang terakhir mengubah isi berita ini; persetujuan harus diberikan oleh verifikator lain (prinsip empat mata).'
    : null

export const checklistComplete: GateCondition = ({ item }) => {
  const checklist = (item.checklist ?? {}) as Record<string, boolean | null | undefined>
  const missing = CHECKLIST_ITEMS.filter(({ name }) => checklist[name] !== true).map(({ label }) => label)
  return missing.length === 0 ? null : `Daftar periksa akurasi belum lengkap: ${missing.join('; ')}.`
}

export const noBlockingFindings: GateCondition = ({ blockingFindings }) =>
  blockingFindings.length === 0
    ? null
    : `${blockingFindings.length} temuan tingkat galat belum diperbaiki atau dikonfirmasi dengan alasan: ${blockingFindings
        .map((finding) => `"${finding.excerpt}" (${finding.message})`)
        .join('; ')}.`

export const publishAtInFuture: GateCondition = ({ publishAt, now }) => {
  const time = publishAt ? Date.parse(publishAt) : Number.NaN
  if (Number.isNaN(time)) return 'Isi waktu terbit (publishAt) dalam format ISO-8601.'
  return time > now.getTime() ? null : 'Waktu terbit harus di masa depan.'
}

export const correctionNoteGiven: GateCondition = ({ item, note }) =>
  item.firstPublishedAt && !filled(note)
    ? 'Berita ini pernah terbit: tuliskan catatan koreksi (note) yang akan ditampilkan di bawah berita.'
    : null

export const approvedVersionIsCurrent: GateCondition = ({ approvedVersionIsCurrent: current }) =>
  current ? null : 'Isi berita berubah setelah disetujui; ajukan ulang untuk ditinjau.'

/** Runs every condition and returns the reasons of those that fail (empty: the gate is open). */
export const unmetConditions = (conditions: readonly GateCondition[], input: GateInput): string[] =>
  conditions.map((condition) => condition(input)).filter((reason): reason is string => reason !== null)
