import { WORKFLOW_STATES } from '@/collections/News/workflowStates'

/**
 * Indonesian words for the codes the server stores (workflow states, audit actions, syndication
 * states, channels). Every screen an editor sees goes through these maps, so no raw code such as
 * `content_edit` or `succeeded` reaches the admin.
 */

export const WORKFLOW_STATE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  WORKFLOW_STATES.map(({ label, value }) => [value, label]),
)

export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  submit: 'Diajukan untuk ditinjau',
  request_changes: 'Diminta perubahan',
  approve: 'Disetujui',
  publish: 'Diterbitkan',
  schedule: 'Dijadwalkan terbit',
  unschedule: 'Jadwal dibatalkan',
  retract: 'Dicabut',
  restore: 'Dipulihkan ke tinjauan',
  content_edit: 'Isi diubah (kembali ke draf)',
  comment: 'Komentar diskusi',
  discussion: 'Komentar diskusi',
  login_unlocked: 'Akun dibuka kembali oleh admin',
  news_deleted: 'Berita dihapus',
  media_changed: 'Media diubah',
  channels_changed: 'Pengaturan kanal diubah',
  user_access_changed: 'Peran atau OPD pengguna diubah',
  login_locked: 'Akun dikunci (terlalu banyak percobaan masuk)',
  syndication_retry: 'Distribusi dicoba ulang',
}

export const SYNDICATION_STATE_LABELS: Readonly<Record<string, string>> = {
  queued: 'Dalam antrean',
  running: 'Sedang dikirim',
  succeeded: 'Berhasil',
  failed: 'Gagal',
  skipped: 'Dilewati',
}

export const SYNDICATION_OPERATION_LABELS: Readonly<Record<string, string>> = {
  publish: 'Terbitkan',
  update: 'Perbarui (koreksi)',
  remove: 'Hapus (pencabutan)',
}

export const CHANNEL_LABELS: Readonly<Record<string, string>> = {
  portal: 'Portal',
  instagram: 'Instagram',
  youtube: 'YouTube',
}

/** Falls back to a readable form of an unknown code ("foo_bar" → "foo bar"), never to nothing. */
const lookup = (map: Readonly<Record<string, string>>, code?: null | string): string => {
  if (!code) return '—'
  return Object.hasOwn(map, code) ? (map[code] as string) : code.replace(/_/g, ' ')
}

export const workflowStateLabel = (state?: null | string): string => lookup(WORKFLOW_STATE_LABELS, state)
export const auditActionLabel = (action?: null | string): string => lookup(AUDIT_ACTION_LABELS, action)
export const syndicationStateLabel = (state?: null | string): string => lookup(SYNDICATION_STATE_LABELS, state)
export const syndicationOperationLabel = (operation?: null | string): string =>
  lookup(SYNDICATION_OPERATION_LABELS, operation ?? 'publish')
export const channelLabel = (channel?: null | string): string => lookup(CHANNEL_LABELS, channel)

/** "Menunggu tinjauan → Disetujui"; one side only when the other is empty; '' when both are. */
export const stateChangeLabel = (from?: null | string, to?: null | string): string => {
  const isState = (value?: null | string): value is string => Boolean(value && Object.hasOwn(WORKFLOW_STATE_LABELS, value))
  if (isState(from) && isState(to)) return from === to ? workflowStateLabel(to) : `${workflowStateLabel(from)} → ${workflowStateLabel(to)}`
  if (isState(to)) return workflowStateLabel(to)
  if (isState(from)) return workflowStateLabel(from)
  return ''
}
