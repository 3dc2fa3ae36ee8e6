import type { TransitionAction } from '@/workflow/transitions'

export interface NotificationMessage {
  subject: string
  text: string
}

type NotifiedAction = 'discussion' | TransitionAction

const INTRO: Partial<Record<NotifiedAction, string>> = {
  submit: 'Berita baru diajukan dan menunggu tinjauan Anda.',
  request_changes: 'Verifikator meminta perubahan pada berita Anda.',
  approve: 'Berita Anda telah disetujui verifikator.',
  publish: 'Berita Anda telah terbit di portal.',
  retract: 'Berita Anda dicabut dari portal.',
  restore: 'Berita yang dicabut dipulihkan dan menunggu tinjauan ulang.',
  discussion: 'Ada pesan baru di diskusi berita.',
}

const SUBJECT: Partial<Record<NotifiedAction, string>> = {
  submit: 'Perlu ditinjau',
  request_changes: 'Perlu perubahan',
  approve: 'Disetujui',
  publish: 'Terbit',
  retract: 'Dicabut',
  restore: 'Dipulihkan, perlu ditinjau',
  discussion: 'Pesan diskusi',
}

/** Indonesian subject and body of a workflow notification, with a link to the admin edit page. */
export const notificationMessage = ({
  action,
  title,
  editUrl,
  comment,
}: {
  action: NotifiedAction
  title: string
  editUrl: string
  comment?: string | null
}): NotificationMessage => ({
  subject: `[Warta] ${SUBJECT[action] ?? 'Pembaruan'}: ${title}`,
  text: [
    INTRO[action] ?? 'Status berita berubah.',
    '',
    `Judul: ${title}`,
    ...(comment ? ['', `Catatan: ${comment}`] : []),
    '',
    `Buka di panel admin: ${editUrl}`,
    '',
    '— Warta, sistem publikasi Humas',
  ].join('\n'),
})
